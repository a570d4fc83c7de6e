package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.CharMatcher;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The Jackson configuration and the small helpers shared by the codecs: strict reading, compact
 * writing, and the description of bad values in error messages.
 */
final class Wire {
  /** The longest string or field name the parser reads whole: one item's characters. */
  static final int OUTER_TEXT_LIMIT = PolicyJson.MAX_ITEM_CHARS;

  /** The longest number the parser reads whole. */
  static final int OUTER_NUMBER_LIMIT = 1_000;

  /** The deepest nesting the parser follows. */
  static final int OUTER_NESTING_LIMIT = 1_000;

  /** The factory for every parser and generator: strict JSON, bounded input, no source closing. */
  static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
          .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          // Duplicate fields are detected while each item's tree is built (see ItemTree), so
          // that a duplicate in one request of a stream does not end the stream.
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          // A generator writing UTF-8 bytes (DecisionWriter) writes a character outside the Basic
          // Multilingual Plane as its four bytes, as the text of PolicyJson.write encodes to,
          // rather than as two escapes.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          // A long stream of requests must not grow a symbol table of field names.
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          // Outer limits, above those of PolicyJson: ItemTree checks those, naming the real size,
          // and these only bound what one value may take before it is seen whole.
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(OUTER_NESTING_LIMIT)
                  .maxStringLength(OUTER_TEXT_LIMIT)
                  .maxNameLength(OUTER_TEXT_LIMIT)
                  .maxNumberLength(OUTER_NUMBER_LIMIT)
                  .build())
          .build();

  static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();

  static final ObjectWriter WRITER = MAPPER.writer();

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** How many characters of a bad string value an error message shows. */
  private static final int SHOWN_CHARS = 64;

  private static final CharMatcher PLAIN_NAME_CHARS =
      CharMatcher.inRange('A', 'Z')
          .or(CharMatcher.inRange('a', 'z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("_-."))
          .precomputed();

  private Wire() {}

  /** Makes the exception a codec throws for a field that is wrong. */
  @FunctionalInterface
  interface Failure {
    RuntimeException of(String field, String value, String allowed);
  }

  /** Makes a JSON text by writing it with a generator. */
  @FunctionalInterface
  interface Writing {
    void writeTo(JsonGenerator generator) throws IOException;
  }

  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // A tree of strings, arrays and objects built by this package always serializes.
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * The compact JSON text that {@code writing} writes, through {@link #WRITER} as a tree is
   * written: the same generator and recycled buffers, so the same text.
   */
  static String write(Writing writing) {
    try {
      return WRITER.writeValueAsString(new Written(writing));
    } catch (JsonProcessingException e) {
      // A writing of this package writes strings, arrays and objects, which always serialize.
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** A value that databind serializes by handing its generator to a {@link Writing}. */
  private static final class Written extends JsonSerializable.Base {
    private final Writing writing;

    Written(Writing writing) {
      this.writing = writing;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
      writing.writeTo(generator);
    }

    @Override
    public void serializeWithType(
        JsonGenerator generator, SerializerProvider provider, TypeSerializer typeSerializer)
        throws IOException {
      writing.writeTo(generator);
    }
  }

  /** Every name of {@code type}, in declaration order, separated by {@code ", "}. */
  static <E extends Enum<E>> String names(Class<E> type) {
    return EnumNames.of(type).allowed();
  }

  static String join(Iterable<String> names) {
    return Joiner.on(", ").join(names);
  }

  /** Describes a bad value without echoing control characters or unbounded text. */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return quote(node.textValue());
      case NUMBER:
        return shorten(node.asText());
      case BOOLEAN:
        return node.booleanValue() ? "true" : "false";
      case NULL:
        return "null";
      case ARRAY:
        return node.isEmpty() ? "an empty array" : "an array";
      case OBJECT:
        return node.isEmpty() ? "an empty object" : "an object";
      default:
        return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
    }
  }

  /** Shows a field name as it is when it is plain, quoted and escaped otherwise. */
  static String name(String name) {
    if (!name.isEmpty() && name.length() <= SHOWN_CHARS && PLAIN_NAME_CHARS.matchesAllOf(name)) {
      return name;
    }
    return quote(name);
  }

  /** The JSON string literal of {@code text}, cut after {@value #SHOWN_CHARS} characters. */
  static String quote(String text) {
    String shown = text;
    boolean cut = text.length() > SHOWN_CHARS;
    if (cut) {
      int end = SHOWN_CHARS;
      if (Character.isHighSurrogate(text.charAt(end - 1))) {
        end--;
      }
      shown = text.substring(0, end);
    }
    String literal = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + "\"";
    return cut ? literal + "... (" + text.length() + " characters)" : literal;
  }

  private static String shorten(String text) {
    String plain = CharMatcher.javaIsoControl().replaceFrom(text, '?');
    return plain.length() <= SHOWN_CHARS
        ? plain
        : plain.substring(0, SHOWN_CHARS) + "... (" + plain.length() + " characters)";
  }

  /** Removes line breaks and other control characters from a message taken from Jackson. */
  static String oneLine(String message) {
    return CharMatcher.javaIsoControl().trimAndCollapseFrom(message, ' ');
  }

  // ---- reading fields ----------------------------------------------------------------------

  /** Rejects any field of {@code object} not among {@code allowed}. */
  static void onlyFields(
      JsonNode object, String path, ImmutableList<String> allowed, Failure failure) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (!allowed.contains(field.getKey())) {
        throw failure.of(
            path(path, name(field.getKey())), "an unknown field", "the fields " + join(allowed));
      }
    }
  }

  /** The value of a field that must be present. */
  static JsonNode required(JsonNode object, String path, String field, String allowed, Failure f) {
    JsonNode value = object.get(field);
    if (value == null) {
      throw f.of(path(path, field), "missing", allowed);
    }
    return value;
  }

  /** The path of the element at {@code index} of the array at {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }

  static String path(String parent, String field) {
    return parent.isEmpty() ? field : parent + "." + field;
  }

  /** Rejects a node that is not a JSON object. */
  static void object(JsonNode node, String path, String allowed, Failure failure) {
    if (!node.isObject()) {
      throw failure.of(path, describe(node), allowed);
    }
  }

  static String text(JsonNode node, String path, String allowed, Failure failure) {
    if (!node.isTextual()) {
      throw failure.of(path, describe(node), allowed);
    }
    return node.textValue();
  }

  static <E extends Enum<E>> E enumValue(
      JsonNode node, String path, Class<E> type, Failure failure) {
    if (node.isTextual()) {
      E constant = EnumNames.of(type).find(node.textValue());
      if (constant != null) {
        return constant;
      }
    }
    throw failure.of(path, describe(node), names(type));
  }

  /**
   * A set of enum constants from a JSON array of names. A name given twice is an error: a repeated
   * entry is more likely a mistake (a copied line, a wrong name) than an intention.
   */
  static <E extends Enum<E>> ImmutableSet<E> enumSet(
      JsonNode node, String path, Class<E> type, Failure failure) {
    if (!node.isArray()) {
      throw failure.of(path, describe(node), "an array of " + names(type));
    }
    Set<E> values = EnumSet.noneOf(type);
    int index = 0;
    for (JsonNode element : node) {
      int item = ++index;
      E value =
          enumValue(
              element,
              path,
              type,
              (field, bad, allowed) -> failure.of(field, bad + " (item " + item + ")", allowed));
      if (!values.add(value)) {
        throw failure.of(
            path,
            "\"" + value.name() + "\" again (item " + item + ")",
            "each of " + names(type) + " at most once");
      }
    }
    return Sets.immutableEnumSet(values);
  }

  static <E extends Enum<E>> ArrayNode names(Iterable<E> values) {
    ArrayNode array = NODES.arrayNode();
    for (E value : values) {
      array.add(value.name());
    }
    return array;
  }

  /** Writes {@code values} as a JSON array of their names, as {@link #names(Iterable)} makes it. */
  static <E extends Enum<E>> void writeNames(
      Iterable<E> values, EnumNames<E> names, JsonGenerator generator) throws IOException {
    generator.writeStartArray();
    for (E value : values) {
      generator.writeString(names.serialized(value));
    }
    generator.writeEndArray();
  }

  static ArrayNode strings(Iterable<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  static ObjectNode objectNode() {
    return NODES.objectNode();
  }
}
