package org.sanctuarypolicy.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds the tree of one JSON item (a request or a decision) from Jackson's tokens, pushed one at a
 * time, so that a blocking parser over a document and a non-blocking one fed line by line read
 * items the same way; and checks what a tree of Jackson does not: a field given twice, and the
 * limits of {@link PolicyJson}, each named with the real size.
 *
 * <p>The fields of the item's top object are also kept in input order with their repeats ({@link
 * #topFields()}), so that a codec can report a repeated field among its other problems, where it
 * appears. A field repeated in a nested object, and any limit, is the item's one error, thrown by
 * {@link #item()}; after it, the rest of the item is read without being held in memory, only
 * counted.
 */
final class ItemTree {
  /**
   * A container being read: its node (null for the top object, whose fields are kept as a list, and
   * once the item is in error), whether it is an object, where it is (made into a path only for a
   * message) and its next field.
   */
  private static final class Frame {
    final @Nullable JsonNode node;
    final boolean object;
    final @Nullable Frame parent;
    final @Nullable String field;
    final int element;
    @Nullable String name;
    int index;

    Frame(@Nullable JsonNode node, boolean object, @Nullable Frame parent) {
      this.node = node;
      this.object = object;
      this.parent = parent;
      this.field = parent == null ? null : parent.name;
      this.element = parent == null ? 0 : parent.index;
    }
  }

  private final String root;
  private final Wire.Failure failure;
  private final Deque<Frame> open = new ArrayDeque<>();
  private final List<Map.Entry<String, JsonNode>> topFields = new ArrayList<>();
  private @Nullable JsonNode item;
  private boolean topObject;
  private @Nullable RuntimeException error;
  private boolean complete;

  private int values;
  private long chars;
  private int deepest;

  /** A limit of the whole item is exceeded: the rest is counted, not held, and named at the end. */
  private boolean overLimit;

  /**
   * @param root what the item is, for messages: {@code request} or {@code decision}
   * @param failure makes the error of a field
   */
  ItemTree(String root, Wire.Failure failure) {
    this.root = root;
    this.failure = failure;
  }

  /**
   * Reads a single JSON document: one item and nothing after it.
   *
   * @param root what the item is, for messages: {@code request} or {@code decision}
   * @throws PolicyJsonException when the text is empty, malformed, or has content after the item
   */
  static ItemTree readDocument(String json, String root, Wire.Failure failure) {
    try (JsonParser parser = Wire.FACTORY.createParser(json)) {
      try {
        if (parser.nextToken() == null) {
          throw PolicyJsonException.format(
              root,
              0,
              0,
              "malformed JSON: the input is empty; allowed: one JSON " + root + " object",
              null);
        }
        ItemTree tree = new ItemTree(root, failure);
        while (!tree.accept(parser)) {
          parser.nextToken();
        }
        if (parser.nextToken() != null) {
          throw new JsonParseException(
              parser,
              "content after the "
                  + root
                  + " is not allowed; allowed: one JSON value and nothing after it",
              parser.currentTokenLocation());
        }
        return tree;
      } catch (JsonProcessingException e) {
        throw PolicyJsonException.syntax(root, 0, 0, 1, e, parser.currentLocation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Takes the parser's current token, a token of this item.
   *
   * @return true when the token ends the item
   */
  boolean accept(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null || token == JsonToken.NOT_AVAILABLE || complete) {
      throw new IllegalStateException("no token of the item: " + token);
    }
    switch (token) {
      case FIELD_NAME:
        name(parser.currentName());
        return false;
      case START_OBJECT:
      case START_ARRAY:
        open(token == JsonToken.START_OBJECT);
        return false;
      case END_OBJECT:
      case END_ARRAY:
        Frame closed = open.pop();
        topObject = closed.object && open.isEmpty();
        return add(closed.node == null ? Wire.NODES.nullNode() : closed.node);
      default:
        return add(scalar(parser, token));
    }
  }

  /**
   * Throws the item's error, if it has one.
   *
   * @throws RuntimeException the item's error, made by the failure
   */
  void check() {
    RuntimeException e = error;
    if (e != null) {
      throw e;
    }
    if (!complete) {
      throw new IllegalStateException("the item is not read to its end");
    }
  }

  /** Whether the item is a JSON object: its fields are {@link #topFields()}. */
  boolean isObject() {
    return topObject;
  }

  /**
   * The item's tree, with the first value of a repeated field; the top object is made here, from
   * {@link #topFields()}, for a caller that needs it as a node.
   *
   * @throws RuntimeException the item's error, made by the failure, if it has one
   */
  JsonNode item() {
    check();
    if (topObject) {
      ObjectNode object = Wire.NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : topFields) {
        object.putIfAbsent(field.getKey(), field.getValue());
      }
      return object;
    }
    return requireNonNull(item);
  }

  /** The fields of the item's top object in input order, repeats included; empty for another. */
  List<Map.Entry<String, JsonNode>> topFields() {
    return topFields;
  }

  private void name(String name) {
    count(name.length());
    Frame frame = open.element();
    if (name.length() > PolicyJson.MAX_NAME_LENGTH) {
      fail(
          failure.of(
              place(path(frame)),
              "a field name of " + name.length() + " characters",
              "field names of at most " + PolicyJson.MAX_NAME_LENGTH + " characters"));
    }
    frame.name = name;
  }

  private void open(boolean object) {
    countValue();
    deepest = Math.max(deepest, open.size() + 1);
    if (deepest > PolicyJson.MAX_NESTING_DEPTH) {
      overLimit = true;
    }
    JsonNode node = null;
    if (building() && !(object && open.isEmpty())) {
      node = object ? Wire.NODES.objectNode() : Wire.NODES.arrayNode();
    }
    open.push(new Frame(node, object, open.peek()));
  }

  private JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
    countValue();
    switch (token) {
      case VALUE_STRING:
        String text = parser.getText();
        count(text.length());
        if (text.length() > PolicyJson.MAX_STRING_LENGTH) {
          fail(
              failure.of(
                  place(childPath()),
                  "a string of " + text.length() + " characters",
                  "strings of at most " + PolicyJson.MAX_STRING_LENGTH + " characters"));
        }
        return building() ? Wire.NODES.textNode(text) : Wire.NODES.nullNode();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        int length = parser.getTextLength();
        if (length > PolicyJson.MAX_NUMBER_LENGTH) {
          fail(
              failure.of(
                  place(childPath()),
                  "a number of " + length + " characters",
                  "numbers of at most " + PolicyJson.MAX_NUMBER_LENGTH + " characters"));
        }
        if (!building()) {
          return Wire.NODES.nullNode();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
          return decimal(parser);
        }
        switch (parser.getNumberType()) {
          case INT:
            return Wire.NODES.numberNode(parser.getIntValue());
          case LONG:
            return Wire.NODES.numberNode(parser.getLongValue());
          default:
            return Wire.NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_TRUE:
        return Wire.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Wire.NODES.booleanNode(false);
      case VALUE_NULL:
        return Wire.NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token);
    }
  }

  /**
   * A float as a decimal, not a double, so that a message shows 1E+400 rather than Infinity; as a
   * double (Infinity or 0.0) only when its exponent is beyond what a decimal holds.
   */
  private static JsonNode decimal(JsonParser parser) throws IOException {
    try {
      return Wire.NODES.numberNode(parser.getDecimalValue());
    } catch (NumberFormatException e) {
      return Wire.NODES.numberNode(parser.getDoubleValue());
    }
  }

  /** Adds a finished value to its container, or ends the item with it. */
  private boolean add(JsonNode value) {
    Frame parent = open.peek();
    if (parent == null) {
      item = value;
      complete = true;
      if (error == null && overLimit) {
        fail(limitError());
      }
      return true;
    }
    JsonNode container = parent.node;
    String name = parent.name;
    if (parent.object && open.size() == 1 && name != null) {
      if (building()) {
        topFields.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
      }
    } else if (container instanceof ObjectNode object && name != null) {
      if (object.has(name)) {
        fail(
            failure.of(
                childPath(path(parent), name, parent.index),
                "a second value",
                "each field at most once"));
      } else {
        object.set(name, value);
      }
    } else if (container instanceof ArrayNode array) {
      array.add(value);
    }
    parent.name = null;
    parent.index++;
    return false;
  }

  /** The error of a limit of the whole item, named with the item's real size once it is read. */
  private RuntimeException limitError() {
    if (deepest > PolicyJson.MAX_NESTING_DEPTH) {
      return failure.of(
          root,
          "arrays and objects nested " + deepest + " deep",
          "at most " + PolicyJson.MAX_NESTING_DEPTH + " levels of nesting");
    }
    if (values > PolicyJson.MAX_ITEM_VALUES) {
      return failure.of(
          root,
          "a " + root + " of " + values + " JSON values",
          "at most " + PolicyJson.MAX_ITEM_VALUES + " JSON values in one " + root);
    }
    return failure.of(
        root,
        "a " + root + " of " + chars + " characters of strings and field names",
        "at most "
            + PolicyJson.MAX_ITEM_CHARS
            + " characters of strings and field names in one "
            + root);
  }

  /** Whether the values read are still held: the item has no error and is within its limits. */
  private boolean building() {
    return error == null && !overLimit;
  }

  /** The path of the value being read: the item itself, a field, or an element. */
  private String childPath() {
    Frame frame = open.peek();
    return frame == null ? "" : childPath(path(frame), frame.name, frame.index);
  }

  /** The path of a container, made when a message needs it. */
  private String path(Frame frame) {
    Frame parent = frame.parent;
    return parent == null ? "" : childPath(path(parent), frame.field, frame.element);
  }

  /** The path of a field or element of the container at {@code path} ({@code request[1]}...). */
  private String childPath(String path, @Nullable String field, int element) {
    return field != null ? Wire.path(path, Wire.name(field)) : Wire.element(place(path), element);
  }

  /** A path for messages: the root's name for the item itself. */
  private String place(String path) {
    return path.isEmpty() ? root : path;
  }

  private void countValue() {
    if (++values > PolicyJson.MAX_ITEM_VALUES) {
      overLimit = true;
    }
  }

  private void count(int length) {
    chars += length;
    if (chars > PolicyJson.MAX_ITEM_CHARS) {
      overLimit = true;
    }
  }

  private void fail(RuntimeException e) {
    if (error == null) {
      error = e;
      item = null;
    }
  }
}
