package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.InvalidRequestException.Problem;

/**
 * JSON input that cannot be read: malformed JSON, a decision or catalog with a bad field, or one
 * bad item of a stream of requests.
 *
 * <p>The message names what is wrong in plain words: for a field, the field, the bad value and what
 * is allowed ({@code action: "FOO" is not allowed; allowed: DISCLOSE_INFORMATION, ...}); for
 * malformed JSON, the line and column. An error from {@link PolicyJson#readRequests} starts with
 * the item's position and line ({@code input 3 (line 3): ...}). The same facts are available as
 * data: {@link #problems()} lists every bad field of a request, and {@link #field()}, {@link
 * #value()} and {@link #allowed()} are the first one's, as in {@link InvalidRequestException}. When
 * the error is one of a request's fields, the {@linkplain #getCause() cause} is the {@link
 * InvalidRequestException}.
 */
public final class PolicyJsonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line:");

  /** The parts of a non-blocking parser's message that say nothing to a reader of the input. */
  private static final Pattern ASYNC_DETAIL =
      Pattern.compile(
          " ?\\((start marker at \\[Source: [^\\]]*byte offset[^\\]]*\\]|internal state: \\d+)\\)");

  /** Bytes that are not UTF-8, in the words of every reader of this project. */
  static final String NOT_UTF8 = "the bytes are not valid UTF-8; allowed: JSON text in UTF-8";

  /** What a malformed input was meant to be, for {@link #field()}. */
  private static final String MALFORMED = "malformed JSON";

  /** The bad fields, in the order they appear; empty for malformed JSON. */
  private final ImmutableList<Problem> problems;

  /** What was being read when the JSON was malformed ({@code request}, {@code decision}...). */
  private final String subject;

  /** The 1-based position of the item in a stream, 0 for a single document. */
  private final long position;

  /** The 1-based line of the item or of the malformed JSON, 0 when unknown. */
  private final long line;

  private PolicyJsonException(
      String message,
      ImmutableList<Problem> problems,
      String subject,
      long position,
      long line,
      @Nullable Throwable cause) {
    super(message, cause);
    this.problems = problems;
    this.subject = subject;
    this.position = position;
    this.line = line;
  }

  /** A field of a single document that is wrong. */
  static PolicyJsonException badField(String field, String value, String allowed) {
    Problem problem = new Problem(field, value, allowed);
    return new PolicyJsonException(problem.message(), ImmutableList.of(problem), field, 0, 0, null);
  }

  /**
   * A place in a catalog document, named by a JSON pointer, that breaks a rule: the message is the
   * pointer, the statement of what is wrong and what is allowed.
   */
  static PolicyJsonException atPointer(
      String pointer, String value, String statement, String allowed) {
    return new PolicyJsonException(
        pointer + ": " + statement + "; allowed: " + allowed,
        ImmutableList.of(new Problem(pointer, value, allowed)),
        pointer,
        0,
        0,
        null);
  }

  /**
   * A document, or the item at {@code position} of a stream, that is not well-formed JSON or breaks
   * one of Jackson's outer limits.
   *
   * @param subject what was being read: {@code request}, {@code decision} or {@code catalog}
   * @param itemLine the line where the item starts, 0 for a document
   * @param firstLine the line of the input on which the parser started, for its line numbers
   * @param where the parser's location, for errors that carry none
   */
  static PolicyJsonException syntax(
      String subject,
      long position,
      long itemLine,
      long firstLine,
      JsonProcessingException e,
      @Nullable JsonLocation where) {
    JsonLocation location = e.getLocation() != null ? e.getLocation() : where;
    long parserLine = location == null ? 0 : Math.max(0, location.getLineNr());
    long line = parserLine > 0 ? firstLine + parserLine - 1 : 0;
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String at = line > 0 ? " at line " + line + ", column " + column : "";
    return format(
        subject,
        position,
        itemLine > 0 ? itemLine : line,
        MALFORMED + at + ": " + reason(subject, e),
        e);
  }

  /**
   * An item of a stream that is not well-formed JSON, at a line the reader counted.
   *
   * @param itemLine the line where the item starts, or of the error when no token of it was read
   * @param line the line of the error
   * @param column the column of the error on its line, in bytes; 0 when unknown
   * @param reason what is wrong and what is allowed
   */
  static PolicyJsonException malformedAt(
      String subject,
      long position,
      long itemLine,
      long line,
      long column,
      String reason,
      @Nullable Throwable cause) {
    String at = " at line " + line + (column > 0 ? ", column " + column : "");
    return format(subject, position, itemLine, MALFORMED + at + ": " + reason, cause);
  }

  /**
   * What is wrong, in the words of this library rather than of Jackson's internals: the end of the
   * input inside the item, bytes that are not UTF-8, a value beyond the parser's outer limits;
   * other messages without the parts that name Jackson's source and state.
   */
  static String reason(String subject, JsonProcessingException e) {
    String what = e.getOriginalMessage() == null ? "unreadable input" : e.getOriginalMessage();
    if (e instanceof JsonEOFException) {
      return "the input ends inside the " + subject + "; allowed: a complete JSON " + subject;
    }
    if (e instanceof StreamConstraintsException) {
      // Beyond these outer limits the value is not read to its end, so its real size is unknown.
      if (what.startsWith("String value length")) {
        return beyond("a string", Wire.OUTER_TEXT_LIMIT, "strings", PolicyJson.MAX_STRING_LENGTH);
      }
      if (what.startsWith("Name length")) {
        return beyond(
            "a field name", Wire.OUTER_TEXT_LIMIT, "field names", PolicyJson.MAX_NAME_LENGTH);
      }
      if (what.startsWith("Number value length") || what.startsWith("Number length")) {
        return beyond("a number", Wire.OUTER_NUMBER_LIMIT, "numbers", PolicyJson.MAX_NUMBER_LENGTH);
      }
      if (what.contains("nesting depth")) {
        return "arrays and objects nested more than "
            + Wire.OUTER_NESTING_LIMIT
            + " deep; allowed: at most "
            + PolicyJson.MAX_NESTING_DEPTH
            + " levels of nesting";
      }
      return "the " + subject + " is too large to read; allowed: the limits of PolicyJson";
    }
    // Jackson names the source it was told not to include, and the state of its non-blocking
    // parser: keep only a line and column.
    String plain = SOURCE.matcher(Wire.oneLine(what)).replaceAll("[line:");
    return ASYNC_DETAIL.matcher(plain).replaceAll("");
  }

  /** A value beyond one of the parser's outer limits, named with that limit and ours. */
  private static String beyond(String value, int outer, String kind, int limit) {
    return value
        + " of more than "
        + outer
        + " characters; allowed: "
        + kind
        + " of at most "
        + limit
        + " characters";
  }

  /** Input that breaks a rule of the wire format itself (empty input, trailing content). */
  static PolicyJsonException format(
      String subject, long position, long line, String message, @Nullable Throwable cause) {
    return new PolicyJsonException(
        prefix(position, line) + message, ImmutableList.of(), subject, position, line, cause);
  }

  /** The item at {@code position} of a stream, starting on {@code line}, is a bad request. */
  static PolicyJsonException atInput(long position, long line, InvalidRequestException e) {
    return new PolicyJsonException(
        prefix(position, line) + e.getMessage(), e.problems(), "request", position, line, e);
  }

  private static String prefix(long position, long line) {
    if (position <= 0) {
      return "";
    }
    return line > 0 ? "input " + position + " (line " + line + "): " : "input " + position + ": ";
  }

  /**
   * Every bad field, in the order they appear: for a request, all of them; for a decision or a
   * catalog, the first.
   *
   * @return the problems, or an empty list when the JSON is malformed
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The error in lines for a person: one per problem, each with the item's position and line in a
   * stream ({@code input 3 (line 3): action: "FOO" is not allowed; allowed: ...}); for malformed
   * JSON or a single problem, the message alone.
   *
   * @return one or more lines, without line breaks
   */
  public ImmutableList<String> messages() {
    if (problems.size() <= 1) {
      return ImmutableList.of(Objects.requireNonNull(getMessage()));
    }
    String prefix = prefix(position, line);
    return problems.stream()
        .map(problem -> prefix + problem.message())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The field of the first problem, as named on the wire; nested fields are joined with dots, for
   * example {@code reasons[0].effect}. In a catalog it is a JSON pointer, for example {@code
   * /clauses/3/exceptions/1/condition/kind}. When the JSON is malformed, it is what was being read:
   * {@code request}, {@code decision} or {@code catalog}.
   *
   * @return the field
   */
  public String field() {
    return problems.isEmpty() ? subject : problems.get(0).field();
  }

  /**
   * The bad value of the first problem as text, quoted and shortened for a string.
   *
   * @return the value ({@code "missing"} when there is none), or {@code "malformed JSON"}
   */
  public String value() {
    return problems.isEmpty() ? MALFORMED : problems.get(0).value();
  }

  /**
   * What the field of the first problem accepts, in plain words.
   *
   * @return the allowed values, or, when the JSON is malformed, well-formed JSON
   */
  public String allowed() {
    return problems.isEmpty()
        ? "well-formed JSON (RFC 8259) in UTF-8, within the limits of PolicyJson"
        : problems.get(0).allowed();
  }

  /**
   * Whether the input is not well-formed JSON, or beyond an outer limit of the parser; in a
   * sequence of requests the next line is read after such an error, in an array it ends the stream.
   * A request beyond a limit of {@link PolicyJson} is a bad field, named with its size.
   *
   * @return true for malformed JSON, false for a bad field
   */
  public boolean malformed() {
    return problems.isEmpty();
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
   * The 1-based line where the bad item starts, or where malformed JSON was found in a document.
   *
   * @return the line, or 0 when unknown
   */
  public long line() {
    return line;
  }
}
