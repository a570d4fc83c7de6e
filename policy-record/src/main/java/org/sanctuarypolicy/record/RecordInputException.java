package org.sanctuarypolicy.record;

/**
 * Input to the record that breaks a rule: a bad unit or agency code, an outcome that names no
 * decision, a malformed period, an unreadable key. The message names the field, the bad value and
 * what is allowed, in plain words; the same three are available as data. Nothing was written.
 */
public final class RecordInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The input field that is wrong. */
  private final String field;

  /** The bad value, as text. */
  private final String value;

  /** What the field accepts. */
  private final String allowed;

  private RecordInputException(String field, String value, String allowed) {
    super(field + ": " + value + " is not allowed; allowed: " + allowed);
    this.field = field;
    this.value = value;
    this.allowed = allowed;
  }

  static RecordInputException of(String field, String value, String allowed) {
    return new RecordInputException(field, value, allowed);
  }

  /**
   * The input field that is wrong, as the command line and the wire name it.
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
