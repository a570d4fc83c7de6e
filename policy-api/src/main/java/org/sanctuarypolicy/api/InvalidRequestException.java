package org.sanctuarypolicy.api;

/**
 * A request that breaks a rule of the vocabulary and so cannot be built. The message names the
 * field, the bad value and what is allowed, in plain words; the same three are available as data.
 */
public final class InvalidRequestException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The request field that is wrong. */
  private final String field;

  /** The bad value, as text. */
  private final String value;

  /** What the field accepts. */
  private final String allowed;

  private InvalidRequestException(String field, String value, String allowed) {
    super(field + ": " + value + " is not allowed; allowed: " + allowed);
    this.field = field;
    this.value = value;
    this.allowed = allowed;
  }

  /**
   * Creates the exception for {@code field}, whose {@code value} is not allowed; {@code allowed}
   * says what is.
   *
   * @param field the request field, as named on the wire
   * @param value the bad value, as text ({@code "missing"} when there is none)
   * @param allowed what the field accepts, in plain words
   * @return the exception, to be thrown
   */
  public static InvalidRequestException of(String field, String value, String allowed) {
    return new InvalidRequestException(field, value, allowed);
  }

  /**
   * The request field that is wrong, as named on the wire.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The bad value as text.
   *
   * @return the value, or {@code "missing"}
   */
  public String value() {
    return value;
  }

  /**
   * What the field accepts, in plain words.
   *
   * @return the allowed values
   */
  public String allowed() {
    return allowed;
  }
}
