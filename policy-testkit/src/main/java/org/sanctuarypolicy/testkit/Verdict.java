package org.sanctuarypolicy.testkit;

/** The outcome of a certification. */
public enum Verdict {
  /** Every scenario of the conformance catalog passed. */
  CERTIFIED("CERTIFIED"),

  /** At least one scenario failed or was not observed. */
  NOT_CERTIFIED("NOT CERTIFIED");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /**
   * The verdict as a report prints it.
   *
   * @return {@code CERTIFIED} or {@code NOT CERTIFIED}
   */
  public String label() {
    return label;
  }
}
