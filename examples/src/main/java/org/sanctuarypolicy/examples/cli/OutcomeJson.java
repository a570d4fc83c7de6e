package org.sanctuarypolicy.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordInputException;

/**
 * The body of {@code POST /v1/outcomes}, read as strictly as a request (an unknown or repeated
 * field, a wrong type or an unknown name is an error): {@code
 * {"seq":17,"outcome":"TRANSFERRED","to":"STATE_OR_LOCAL_AGENCY","agency":"COOK-COUNTY-SHERIFF",
 * "occurredAt":"2026-03-02T18:40:00.000Z"}}, with {@code to}, {@code agency} and {@code occurredAt}
 * optional. An unknown or repeated field, a wrong type, {@code null} or an unknown name is an error
 * naming the field, the bad value and what is allowed.
 */
final class OutcomeJson {
  /** The fields, in the order the error messages list them. */
  static final ImmutableList<String> FIELDS =
      ImmutableList.of("seq", "outcome", "to", "agency", "occurredAt");

  /** What the body is, for errors about the body as a whole. */
  static final String ALLOWED_BODY =
      "one JSON object {\"seq\":N,\"outcome\":NAME} with, for TRANSFERRED, \"to\" and \"agency\","
          + " and optionally \"occurredAt\"";

  private static final String SEQ_ALLOWED = "the seq of a DECISION entry, a whole number from 1";
  private static final String AT_ALLOWED =
      "an ISO-8601 instant as a string, such as \"2026-03-02T18:40:00.000Z\"";
  private static final String AGENCY_ALLOWED =
      "a code of 1 to 64 characters of A-Z, 0-9 and -, as a string";
  private static final int SHOWN_CHARS = 64;
  private static final CharMatcher SIMPLE_NAME =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("_-"));

  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(PolicyJson.MAX_NESTING_DEPTH)
                  .maxNumberLength(PolicyJson.MAX_NUMBER_LENGTH)
                  .maxStringLength(PolicyJson.MAX_STRING_LENGTH)
                  .maxNameLength(PolicyJson.MAX_NAME_LENGTH)
                  .build())
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .build();

  /** Why a body is no outcome: a field's error, or JSON that is not well-formed. */
  static final class InvalidOutcomeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final @Nullable String field;
    private final String value;
    private final String allowed;

    private InvalidOutcomeException(
        @Nullable String field, String value, String allowed, String message) {
      super(message);
      this.field = field;
      this.value = value;
      this.allowed = allowed;
    }

    static InvalidOutcomeException field(String field, String value, String allowed) {
      return new InvalidOutcomeException(
          field, value, allowed, field + ": " + value + " is not allowed; allowed: " + allowed);
    }

    static InvalidOutcomeException malformed(String message) {
      return new InvalidOutcomeException(null, "", "", message);
    }

    /**
     * The field that is wrong.
     *
     * @return the field, or empty for malformed JSON
     */
    Optional<String> field() {
      return Optional.ofNullable(field);
    }

    /**
     * The bad value, as JSON text.
     *
     * @return the value
     */
    String value() {
      return value;
    }

    /**
     * What the field accepts.
     *
     * @return the allowed values
     */
    String allowed() {
      return allowed;
    }
  }

  private OutcomeJson() {}

  /**
   * Reads an outcome.
   *
   * @param text the body, decoded
   * @return the outcome
   * @throws InvalidOutcomeException when the body is no outcome; {@link
   *     InvalidOutcomeException#field()} is empty for malformed JSON
   */
  static Outcome parse(String text) throws InvalidOutcomeException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return read(parser);
    } catch (StreamConstraintsException e) {
      // Jackson's words name its own classes; say the limits instead.
      throw InvalidOutcomeException.malformed(
          "malformed JSON: a value beyond the limits; allowed: strings of at most "
              + PolicyJson.MAX_STRING_LENGTH
              + " characters, field names of at most "
              + PolicyJson.MAX_NAME_LENGTH
              + " characters, numbers of at most "
              + PolicyJson.MAX_NUMBER_LENGTH
              + " characters and "
              + PolicyJson.MAX_NESTING_DEPTH
              + " levels of nesting");
    } catch (JsonProcessingException e) {
      throw InvalidOutcomeException.malformed(
          "malformed JSON: "
              + CharMatcher.javaIsoControl().trimAndCollapseFrom(e.getOriginalMessage(), ' ')
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (IOException e) {
      throw InvalidOutcomeException.malformed("malformed JSON: " + Main.reason(e));
    }
  }

  private static Outcome read(JsonParser parser) throws IOException, InvalidOutcomeException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_OBJECT) {
      throw InvalidOutcomeException.field("outcome", shown(parser, token), ALLOWED_BODY);
    }
    Set<String> seen = new HashSet<>();
    long seq = 0;
    @Nullable OutcomeType type = null;
    @Nullable Counterparty to = null;
    @Nullable String agency = null;
    @Nullable Instant at = null;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      if (!FIELDS.contains(name)) {
        throw InvalidOutcomeException.field(
            SIMPLE_NAME.matchesAllOf(name) && !name.isEmpty() && name.length() <= SHOWN_CHARS
                ? name
                : quote(name),
            "an unknown field",
            "the fields " + String.join(", ", FIELDS));
      }
      if (!seen.add(name)) {
        throw InvalidOutcomeException.field(name, "a second value", "each field at most once");
      }
      token = parser.nextToken();
      switch (name) {
        case "seq":
          seq = seq(parser, token);
          break;
        case "outcome":
          type = named(parser, token, "outcome", OutcomeType.values());
          break;
        case "to":
          to = named(parser, token, "to", Counterparty.values());
          break;
        case "agency":
          agency = string(parser, token, "agency", AGENCY_ALLOWED);
          break;
        default:
          at = instant(parser, token);
          break;
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw InvalidOutcomeException.malformed("malformed JSON: the object does not end");
    }
    if (parser.nextToken() != null) {
      throw InvalidOutcomeException.malformed(
          "malformed JSON: content after the object at line "
              + parser.currentLocation().getLineNr());
    }
    if (!seen.contains("seq")) {
      throw InvalidOutcomeException.field("seq", "missing", SEQ_ALLOWED);
    }
    if (type == null) {
      throw InvalidOutcomeException.field(
          "outcome", "missing", RecordCommand.names(OutcomeType.values()));
    }
    try {
      return Outcome.of(
          seq, type, Optional.ofNullable(to), Optional.ofNullable(agency), Optional.ofNullable(at));
    } catch (RecordInputException e) {
      throw InvalidOutcomeException.field(
          e.field(), e.value().equals("missing") ? "missing" : quote(e.value()), e.allowed());
    }
  }

  private static long seq(JsonParser parser, JsonToken token)
      throws IOException, InvalidOutcomeException {
    if (token != JsonToken.VALUE_NUMBER_INT
        || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
        || parser.getLongValue() < 1) {
      throw InvalidOutcomeException.field("seq", shown(parser, token), SEQ_ALLOWED);
    }
    return parser.getLongValue();
  }

  private static <E extends Enum<E>> E named(
      JsonParser parser, JsonToken token, String field, E[] values)
      throws IOException, InvalidOutcomeException {
    String allowed = RecordCommand.names(values);
    String name = string(parser, token, field, allowed);
    for (E value : values) {
      if (value.name().equals(name)) {
        return value;
      }
    }
    throw InvalidOutcomeException.field(field, quote(name), allowed);
  }

  private static Instant instant(JsonParser parser, JsonToken token)
      throws IOException, InvalidOutcomeException {
    String text = string(parser, token, "occurredAt", AT_ALLOWED);
    try {
      return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeException e) {
      throw InvalidOutcomeException.field("occurredAt", quote(text), AT_ALLOWED);
    }
  }

  private static String string(JsonParser parser, JsonToken token, String field, String allowed)
      throws IOException, InvalidOutcomeException {
    if (token != JsonToken.VALUE_STRING) {
      throw InvalidOutcomeException.field(field, shown(parser, token), allowed);
    }
    return parser.getText();
  }

  /** A value as the error shows it: a string quoted, a number or literal as written. */
  private static String shown(JsonParser parser, @Nullable JsonToken token) throws IOException {
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return quote(parser.getText());
      default:
        String text = parser.getText();
        return text.length() <= SHOWN_CHARS ? text : text.substring(0, SHOWN_CHARS) + "...";
    }
  }

  /**
   * The JSON string literal of {@code text}, cut after 64 characters, control characters escaped.
   */
  private static String quote(String text) {
    boolean cut = text.length() > SHOWN_CHARS;
    int end =
        cut && Character.isHighSurrogate(text.charAt(SHOWN_CHARS - 1))
            ? SHOWN_CHARS - 1
            : SHOWN_CHARS;
    String shown = cut ? text.substring(0, end) : text;
    String literal = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(shown)) + "\"";
    return cut ? literal + "... (" + text.length() + " characters)" : literal;
  }
}
