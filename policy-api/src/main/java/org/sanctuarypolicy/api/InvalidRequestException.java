package org.sanctuarypolicy.api;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * A request that breaks one or more rules of the vocabulary and so cannot be built. It lists every
 * problem found, in the order of the request's fields (on the wire: the order they appear), each
 * naming the field, the bad value and what is allowed in plain words; {@link #field()}, {@link
 * #value()} and {@link #allowed()} are those of the first.
 *
 * <p>The message of one problem reads {@code action: "FOO" is not allowed; allowed: ...}; of
 * several, {@code 3 problems: (1) ...; (2) ...; (3) ...}.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, at least one. */
  private final ImmutableList<Problem> problems;

  /**
   * One field that is wrong.
   *
   * @param field the request field, as named on the wire ({@code request} for the whole request)
   * @param value the bad value, as text: {@code missing} when the field is absent
   * @param allowed what the field accepts, in plain words
   */
  public record Problem(String field, String value, String allowed) {
    /**
     * Checks that no part is null.
     *
     * @param field the request field, as named on the wire
     * @param value the bad value, as text
     * @param allowed what the field accepts
     */
    public Problem {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(allowed, "allowed");
    }

    /**
     * The problem in words: {@code field: value is not allowed; allowed: allowed}.
     *
     * @return the message
     */
    public String message() {
      return field + ": " + value + " is not allowed; allowed: " + allowed;
    }
  }

  private InvalidRequestException(ImmutableList<Problem> problems) {
    super(message(problems));
    this.problems = problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).message();
    }
    StringBuilder message = new StringBuilder().append(problems.size()).append(" problems: ");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        message.append("; ");
      }
      message.append('(').append(i + 1).append(") ").append(problems.get(i).message());
    }
    return message.toString();
  }

  /**
   * Creates the exception for one {@code field}, whose {@code value} is not allowed; {@code
   * allowed} says what is.
   *
   * @param field the request field, as named on the wire
   * @param value the bad value, as text ({@code "missing"} when there is none)
   * @param allowed what the field accepts, in plain words
   * @return the exception, to be thrown
   */
  public static InvalidRequestException of(String field, String value, String allowed) {
    return new InvalidRequestException(ImmutableList.of(new Problem(field, value, allowed)));
  }

  /**
   * Creates the exception for several problems, kept in the order given.
   *
   * @param problems one or more problems
   * @return the exception, to be thrown
   * @throws IllegalArgumentException when {@code problems} is empty
   */
  public static InvalidRequestException of(List<Problem> problems) {
    ImmutableList<Problem> list = ImmutableList.copyOf(problems);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("an invalid request has at least one problem");
    }
    return new InvalidRequestException(list);
  }

  /**
   * Every problem found, in the order of the request's fields; at least one.
   *
   * @return the problems
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The field of the first problem, as named on the wire.
   *
   * @return the field name
   */
  public String field() {
    return problems.get(0).field();
  }

  /**
   * The bad value of the first problem, as text.
   *
   * @return the value, or {@code "missing"}
   */
  public String value() {
    return problems.get(0).value();
  }

  /**
   * What the field of the first problem accepts, in plain words.
   *
   * @return the allowed values
   */
  public String allowed() {
    return problems.get(0).allowed();
  }
}
