package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.InvalidRequestException;

/**
 * JSON input that cannot be read: malformed JSON, input beyond the limits of {@link PolicyJson}, a
 * decision with a bad field, or one bad item of a stream of requests.
 *
 * <p>The message names what is wrong in plain words: for a field, the field, the bad value and what
 * is allowed ({@code action: "FOO" is not allowed; allowed: DISCLOSE_INFORMATION, ...}); for
 * malformed JSON, the line and column. An error from {@link PolicyJson#readRequests} starts with
 * the item's position and line ({@code input 3 (line 3): ...}). The same facts are available as
 * data. When the field error is one of a request, the {@linkplain #getCause() cause} is the {@link
 * InvalidRequestException}.
 */
public final class PolicyJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line:");

  /** The wrong field, null for malformed JSON. */
  private final @Nullable String field;

  /** The bad value as text, null for malformed JSON. */
  private final @Nullable String value;

  /** What the field accepts, null for malformed JSON. */
  private final @Nullable String allowed;

  /** The 1-based position of the item in a stream, 0 for a single document. */
  private final long position;

  /** The 1-based line of the item or of the malformed JSON, 0 when unknown. */
  private final long line;

  private PolicyJsonException(
      String message,
      @Nullable String field,
      @Nullable String value,
      @Nullable String allowed,
      long position,
      long line,
      @Nullable Throwable cause) {
    super(message, cause);
    this.field = field;
    this.value = value;
    this.allowed = allowed;
    this.position = position;
    this.line = line;
  }

  /** A field of a single document that is wrong. */
  static PolicyJsonException badField(String field, String value, String allowed) {
    return new PolicyJsonException(
        field + ": " + value + " is not allowed; allowed: " + allowed,
        field,
        value,
        allowed,
        0,
        0,
        null);
  }

  /**
   * A place in a catalog document, named by a JSON pointer, that breaks a rule: the message is the
   * pointer, the statement of what is wrong and what is allowed.
   */
  static PolicyJsonException atPointer(
      String pointer, String value, String statement, String allowed) {
    return new PolicyJsonException(
        pointer + ": " + statement + "; allowed: " + allowed, pointer, value, allowed, 0, 0, null);
  }

  /**
   * A document, or the item at {@code position} of a stream, that is not well-formed JSON or breaks
   * a limit; {@code where} is the parser's location, for errors that carry none.
   */
  static PolicyJsonException syntax(
      long position, JsonProcessingException e, @Nullable JsonLocation where) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : where;
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String at = line > 0 ? " at line " + line + ", column " + column : "";
    String what = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
    // Jackson names the source it was told not to include; keep only the line and column.
    what = SOURCE.matcher(Wire.oneLine(what)).replaceAll("[line:");
    return format(position, line, "malformed JSON" + at + ": " + what, e);
  }

  /** Input that breaks a rule of the wire format itself (empty input, trailing content). */
  static PolicyJsonException format(
      long position, long line, String message, @Nullable Throwable cause) {
    return new PolicyJsonException(
        prefix(position, line) + message, null, null, null, position, line, cause);
  }

  /** The item at {@code position} of a stream, starting on {@code line}, is a bad request. */
  static PolicyJsonException atInput(long position, long line, InvalidRequestException e) {
    return new PolicyJsonException(
        prefix(position, line) + e.getMessage(),
        e.field(),
        e.value(),
        e.allowed(),
        position,
        line,
        e);
  }

  private static String prefix(long position, long line) {
    if (position <= 0) {
      return "";
    }
    return line > 0 ? "input " + position + " (line " + line + "): " : "input " + position + ": ";
  }

  /**
   * The field that is wrong, as named on the wire; nested fields are joined with dots, for example
   * {@code reasons[0].effect}. In a catalog it is a JSON pointer, for example {@code
   * /clauses/3/exceptions/1/condition/kind}.
   *
   * @return the field, or empty when the JSON is malformed
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * The bad value as text, quoted and shortened for a string.
   *
   * @return the value ({@code "missing"} when there is none), or empty when the JSON is malformed
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * What the field accepts, in plain words.
   *
   * @return the allowed values, or empty when the JSON is malformed
   */
  public Optional<String> allowed() {
    return Optional.ofNullable(allowed);
  }

  /**
   * Whether the input is not well-formed JSON or breaks a limit; a stream of requests ends after
   * such an error, while it goes on after an item with a bad field.
   *
   * @return true for malformed JSON, false for a bad field
   */
  public boolean malformed() {
    return field == null;
  }

  /**
   * The 1-based position of the bad item in a stream read by {@link PolicyJson#readRequests}.
   *
   * @return the position, or 0 for a single document
   */
  public long position() {
    return position;
  }

  /**
   * The 1-based line where the bad item starts, or where malformed JSON was found.
   *
   * @return the line, or 0 when unknown
   */
  public long line() {
    return line;
  }
}
