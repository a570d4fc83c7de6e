package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds the tree of one JSON value from Jackson's token stream, checking what a tree of Jackson
 * does not: a field given twice, and the size of one item.
 *
 * <p>It always consumes the whole value, also after such an error, and throws the first error only
 * then; so a stream of requests can go on with the next item. Duplicate fields are checked here,
 * not with Jackson's {@code STRICT_DUPLICATE_DETECTION}, because that feature fails inside the
 * tokenizer and leaves the parser unable to skip to the next item. Once an item exceeds {@link
 * PolicyJson#MAX_ITEM_VALUES} values or {@link PolicyJson#MAX_ITEM_CHARS} characters, the rest of
 * it is skipped without being held in memory. Malformed JSON is thrown as Jackson's {@link
 * JsonProcessingException}, after which the parser cannot go on.
 *
 * <p>{@link RequestParser}, which reads a request without a tree, makes the same checks with one:
 * it counts values and characters here, and reads a value of an unexpected shape as a tree.
 */
final class TreeReader {
  private final JsonParser parser;
  private final String root;
  private final Wire.Failure failure;
  private int values;
  private long chars;
  private @Nullable RuntimeException error;

  TreeReader(JsonParser parser, String root, Wire.Failure failure) {
    this.parser = parser;
    this.root = root;
    this.failure = failure;
  }

  /**
   * Reads the value whose first token is the parser's current token.
   *
   * @param root what the value is, for messages: {@code request} or {@code decision}
   */
  static JsonNode read(JsonParser parser, String root, Wire.Failure failure) throws IOException {
    TreeReader reader = new TreeReader(parser, root, failure);
    JsonNode node = reader.value("");
    reader.throwIfFailed();
    return node;
  }

  /**
   * Reads one item of a document or a stream at the parser's current token. Errors of the JSON
   * itself and of the tree (a duplicate field, an item too large) are thrown at once; what it
   * returns finishes the item (checks its fields and builds it), which a document does only once it
   * has checked that nothing follows.
   */
  @FunctionalInterface
  interface ItemReading<T> {
    Supplier<T> read(JsonParser parser) throws IOException;
  }

  /** Reads a single JSON document: one value and nothing after it. */
  static JsonNode readDocument(String json, String root, Wire.Failure failure) {
    return readDocument(
        json,
        root,
        parser -> {
          JsonNode node = read(parser, root, failure);
          return () -> node;
        });
  }

  /** Reads a single JSON document with {@code reading}: one value and nothing after it. */
  static <T> T readDocument(String json, String root, ItemReading<T> reading) {
    JsonParser parser;
    try {
      parser = Wire.FACTORY.createParser(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Supplier<T> item;
    try (parser) {
      try {
        item = readDocument(parser, root, reading);
      } catch (JsonProcessingException e) {
        throw PolicyJsonException.syntax(0, e, parser.currentLocation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return item.get();
  }

  private static <T> Supplier<T> readDocument(
      JsonParser parser, String root, ItemReading<T> reading) throws IOException {
    if (parser.nextToken() == null) {
      throw PolicyJsonException.format(
          0, 0, "malformed JSON: the input is empty; allowed: one JSON " + root + " object", null);
    }
    Supplier<T> item = reading.read(parser);
    if (parser.nextToken() != null) {
      long line = parser.currentTokenLocation().getLineNr();
      long column = parser.currentTokenLocation().getColumnNr();
      throw PolicyJsonException.format(
          0,
          line,
          "malformed JSON at line "
              + line
              + ", column "
              + column
              + ": content after the "
              + root
              + " is not allowed; allowed: one JSON value and nothing after it",
          null);
    }
    return item;
  }

  /**
   * Reads the value whose first token is the parser's current token, counting it toward the item's
   * limits; after the first error, skips it and returns a placeholder.
   */
  JsonNode value(String path) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonParseException(parser, "unexpected end of input");
    }
    if (error != null) {
      parser.skipChildren();
      return NullNode.getInstance();
    }
    if (!countValue()) {
      parser.skipChildren();
      return NullNode.getInstance();
    }
    switch (token) {
      case START_OBJECT:
        return object(path);
      case START_ARRAY:
        return array(path);
      case VALUE_STRING:
        String text = parser.getText();
        count(text.length());
        return Wire.NODES.textNode(text);
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return Wire.NODES.numberNode(parser.getIntValue());
          case LONG:
            return Wire.NODES.numberNode(parser.getLongValue());
          default:
            return Wire.NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        // As a decimal, not a double, so that a message shows 1E+400 rather than Infinity.
        return Wire.NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return Wire.NODES.booleanNode(true);
      case VALUE_FALSE:
        return Wire.NODES.booleanNode(false);
      case VALUE_NULL:
        return Wire.NODES.nullNode();
      default:
        throw new JsonParseException(parser, "unexpected token " + token);
    }
  }

  /**
   * Moves from a field of an object (or its start) to the value of the next field and returns that
   * field's name, counted toward the item's limit; null at the end of the object.
   */
  @Nullable String nextField() throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    if (token != JsonToken.FIELD_NAME) {
      throw new JsonParseException(parser, "expected a field name, found " + token);
    }
    String name = parser.currentName();
    count(name.length());
    parser.nextToken();
    return name;
  }

  private JsonNode object(String path) throws IOException {
    ObjectNode object = Wire.NODES.objectNode();
    for (String name = nextField(); name != null; name = nextField()) {
      String fieldPath = Wire.path(path, Wire.name(name));
      JsonNode value = value(fieldPath);
      if (error == null) {
        if (object.has(name)) {
          error = duplicate(fieldPath);
        } else {
          object.set(name, value);
        }
      }
    }
    return object;
  }

  private JsonNode array(String path) throws IOException {
    ArrayNode array = Wire.NODES.arrayNode();
    String prefix = path.isEmpty() ? root : path;
    int index = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      JsonNode value = value(element(prefix, index++));
      if (error == null) {
        array.add(value);
      }
    }
    return array;
  }

  /** The path of the element at {@code index} of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  /**
   * Counts one more value of the item, as {@link #value} does before reading it.
   *
   * @return false when the item has now too many values: the error is recorded and the value must
   *     be skipped
   */
  boolean countValue() {
    if (++values > PolicyJson.MAX_ITEM_VALUES) {
      tooLarge();
      return false;
    }
    return true;
  }

  /** The error for a field given a second time in one object. */
  RuntimeException duplicate(String fieldPath) {
    return failure.of(fieldPath, "a second value", "each field at most once");
  }

  /** Whether an error was recorded: the rest of the item is to be skipped. */
  boolean failed() {
    return error != null;
  }

  /** Records {@code e} as the item's error unless an earlier one was recorded. */
  void fail(RuntimeException e) {
    if (error == null) {
      error = e;
    }
  }

  /** Throws the item's error, if one was recorded. */
  void throwIfFailed() {
    RuntimeException e = error;
    if (e != null) {
      throw e;
    }
  }

  /** Counts {@code length} characters of a string or field name toward the item's limit. */
  void count(int length) {
    chars += length;
    if (chars > PolicyJson.MAX_ITEM_CHARS && error == null) {
      tooLarge();
    }
  }

  private void tooLarge() {
    if (error == null) {
      error =
          failure.of(
              root,
              "more than "
                  + PolicyJson.MAX_ITEM_VALUES
                  + " values or "
                  + PolicyJson.MAX_ITEM_CHARS
                  + " characters",
              "at most "
                  + PolicyJson.MAX_ITEM_VALUES
                  + " JSON values and "
                  + PolicyJson.MAX_ITEM_CHARS
                  + " characters of strings and field names in one "
                  + root);
    }
  }
}
