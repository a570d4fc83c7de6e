package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Request;

/**
 * Reads one request object from Jackson's token stream straight into a {@link Request.Builder},
 * without building a tree, and fails on every input exactly as {@link TreeReader} followed by
 * {@link RequestCodec#fromTree} does, with the same error.
 *
 * <p>How it keeps to that: the checks of the tree (a field given twice, the size of the item) are
 * made by a {@link TreeReader} as the tokens come, and its first error wins, as when the whole tree
 * is built before any field is read; the first field error in input order is kept and thrown only
 * once the whole item is read; and a value of another shape than the common one (a string for the
 * id or an enum, an array of distinct known names for a set) is read as a tree by the same {@code
 * TreeReader} and checked by {@link RequestCodec#setField}, so that its message is the tree's own.
 * A request that is not an object is read as a tree and rejected with the tree codec's error.
 */
final class RequestParser {
  private static final int REQUEST_ID = 0;
  private static final int ACTOR = 1;
  private static final int ACTION = 2;
  private static final int COUNTERPARTY = 3;
  private static final int PURPOSE = 4;
  private static final int AUTHORITIES = 5;
  private static final int INFORMATION = 6;
  private static final int FACILITY_AREA = 7;

  private final JsonParser parser;
  private final TreeReader tree;
  private final Request.Builder builder = Request.builder();

  /** The first field error in input order, thrown when the item has no error of the tree. */
  private @Nullable RuntimeException fieldError;

  private boolean informationGiven;

  /** The known fields read so far, one bit each. */
  private int seen;

  /** The unknown field names read so far, made at the first one. */
  private @Nullable Set<String> unknown;

  private RequestParser(JsonParser parser) {
    this.parser = parser;
    this.tree = new TreeReader(parser, "request", InvalidRequestException::of);
  }

  /**
   * Reads the request whose first token is the parser's current token, as a {@link
   * TreeReader.ItemReading}: throws malformed JSON as Jackson's exception and an error of the tree
   * as an {@link InvalidRequestException}, both once the item is read; the supplier returned builds
   * the request or throws its field error.
   */
  static Supplier<Request> read(JsonParser parser) throws IOException {
    RequestParser reader = new RequestParser(parser);
    reader.readItem();
    return reader::request;
  }

  private void readItem() throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      JsonNode node = tree.value("");
      tree.throwIfFailed();
      fieldError = RequestCodec.notAnObject(node);
      return;
    }
    tree.countValue(); // the object itself, the first value of the item
    for (String name = tree.nextField(); name != null; name = tree.nextField()) {
      int field = field(name);
      if (field < 0) {
        unknownField(name);
      } else {
        knownField(field, name);
      }
    }
    tree.throwIfFailed();
  }

  private Request request() {
    RuntimeException error = fieldError;
    if (error != null) {
      throw error;
    }
    return RequestCodec.build(builder, informationGiven);
  }

  private static int field(String name) {
    switch (name) {
      case "requestId":
        return REQUEST_ID;
      case "actor":
        return ACTOR;
      case "action":
        return ACTION;
      case "counterparty":
        return COUNTERPARTY;
      case "purpose":
        return PURPOSE;
      case "authorities":
        return AUTHORITIES;
      case "information":
        return INFORMATION;
      case "facilityArea":
        return FACILITY_AREA;
      default:
        return -1;
    }
  }

  private void unknownField(String name) throws IOException {
    String path = Wire.name(name);
    tree.value(path);
    if (tree.failed()) {
      return;
    }
    Set<String> names = unknown;
    if (names == null) {
      names = new HashSet<>();
      unknown = names;
    }
    if (!names.add(name)) {
      tree.fail(tree.duplicate(path));
    } else if (fieldError == null) {
      fieldError = RequestCodec.unknownField(name);
    }
  }

  private void knownField(int field, String name) throws IOException {
    if (tree.failed() || fieldError != null) {
      // Only the checks of the tree are left to make on this item.
      tree.value(name);
    } else {
      readField(field, name);
    }
    if (tree.failed()) {
      return;
    }
    int bit = 1 << field;
    if ((seen & bit) != 0) {
      tree.fail(tree.duplicate(name));
    }
    seen |= bit;
  }

  private void readField(int field, String name) throws IOException {
    switch (field) {
      case REQUEST_ID:
        set(string(name), Request.Builder::requestId);
        break;
      case ACTOR:
        set(enumValue(name, RequestCodec.ACTORS), Request.Builder::actor);
        break;
      case ACTION:
        set(enumValue(name, RequestCodec.ACTIONS), Request.Builder::action);
        break;
      case COUNTERPARTY:
        set(enumValue(name, RequestCodec.COUNTERPARTIES), Request.Builder::counterparty);
        break;
      case PURPOSE:
        set(enumValue(name, RequestCodec.PURPOSES), Request.Builder::purpose);
        break;
      case AUTHORITIES:
        set(enumSet(name, RequestCodec.AUTHORITIES, Authority.class), Request.Builder::authorities);
        break;
      case INFORMATION:
        informationGiven = true;
        set(
            enumSet(name, RequestCodec.CATEGORIES, InformationCategory.class),
            Request.Builder::information);
        break;
      default:
        set(enumValue(name, RequestCodec.AREAS), Request.Builder::facilityArea);
        break;
    }
  }

  /** Sets a value read on the builder; null stands for a value in error, already recorded. */
  private <T> void set(@Nullable T value, BiConsumer<Request.Builder, T> setter) {
    if (value != null) {
      setter.accept(builder, value);
    }
  }

  /**
   * The current string, counted toward the item's limits, or null when the value is not a string
   * (then the error, if any, is recorded) or the item has too many values.
   */
  private @Nullable String string(String name) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      check(name, tree.value(name));
      return null;
    }
    if (!tree.countValue()) {
      return null;
    }
    String text = parser.getText();
    tree.count(text.length());
    return text;
  }

  /**
   * The enum constant named by the current string, or null when the value is not one: then the
   * error, if any, is recorded.
   */
  private <E extends Enum<E>> @Nullable E enumValue(String name, EnumNames<E> names)
      throws IOException {
    String text = string(name);
    if (text == null) {
      return null;
    }
    E value = names.find(text);
    if (value == null) {
      check(name, Wire.NODES.textNode(text));
    }
    return value;
  }

  /**
   * The set of enum constants named by the current array, or null when the value is not an array
   * of distinct names: then the error, if any, is recorded. The builder copies the set.
   */
  private <E extends Enum<E>> @Nullable Set<E> enumSet(
      String name, EnumNames<E> names, Class<E> type) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      check(name, tree.value(name));
      return null;
    }
    if (!tree.countValue()) {
      parser.skipChildren();
      return null;
    }
    Set<E> values = EnumSet.noneOf(type);
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == JsonToken.VALUE_STRING && !tree.failed()) {
        if (!tree.countValue()) {
          continue;
        }
        String text = parser.getText();
        E value = names.find(text);
        tree.count(text.length());
        if (value != null && values.add(value)) {
          continue;
        }
        // An unknown or repeated name: the codec names it, with its position.
        check(name, Wire.names(values).add(text));
      } else {
        // Another kind of value, or the rest of an item already in error: read as a tree.
        check(name, Wire.names(values).add(tree.value(TreeReader.element(name, values.size()))));
      }
      // The codec's error is about this element; the rest is read for the checks of the tree.
      for (int index = values.size() + 1; parser.nextToken() != JsonToken.END_ARRAY; index++) {
        tree.value(TreeReader.element(name, index));
      }
      return null;
    }
    return values;
  }

  /**
   * Checks a value read as a tree with the codec, unless the item is already in error, and records
   * the codec's error as the field error; the value, when right, is set on the builder.
   */
  private void check(String name, JsonNode value) {
    if (tree.failed()) {
      return;
    }
    try {
      RequestCodec.setField(builder, name, value);
    } catch (InvalidRequestException e) {
      fieldError = e;
    }
  }
}
