package org.sanctuarypolicy.testkit;

/**
 * The laws of DESIGN §8 that hold over the entire request space, in the design's order. {@link
 * PolicyLaws} checks them against any {@link org.sanctuarypolicy.api.Policy}.
 */
public enum Law {
  /** Law 1: every well-formed request gets a decision, for its own request id. */
  EVERY_REQUEST_DECIDED(1, "Every well-formed request gets a decision; evaluate never throws."),

  /** Law 2: the same request gets the same decision, whatever order its sets were given in. */
  DETERMINISTIC(2, "Deterministic, and independent of the order in which sets were given."),

  /** Law 3: a DENY or ESCALATE cites a finding with that effect. */
  DENY_AND_ESCALATE_CITED(
      3, "Every DENY or ESCALATE cites at least one clause whose finding has that effect."),

  /** Law 4: judicial process, a statute or a consent never makes a decision less permissive. */
  MORE_AUTHORITY_NEVER_LESS_PERMISSIVE(
      4,
      "Adding a judicial process, statutory requirement or written consent never makes a decision"
          + " less permissive (DENY < ESCALATE < PERMIT)."),

  /** Law 5: a non-judicial instrument never makes a decision more permissive. */
  NON_JUDICIAL_NEVER_MORE_PERMISSIVE(
      5, "Adding a non-judicial instrument never makes a decision more permissive."),

  /** Law 6: no unredacted status to an immigration authority without judicial process. */
  NO_STATUS_TO_IMMIGRATION_AUTHORITIES(
      6,
      "A bound actor never gets a PERMIT to disclose status information to an immigration"
          + " authority without judicial process, unless the status categories are redacted."),

  /** Law 7: remedies are what the policy decides with the instrument added. */
  REMEDIES_MATCH_REEVALUATION(
      7, "Remedies are exactly what re-evaluation with the added instrument yields."),

  /** Law 8: the policy decides every request as the reference does. */
  AGREES_WITH_REFERENCE(
      8, "The compiled fast path and the plain clause-by-clause evaluator agree on every request.");

  private final int number;
  private final String statement;

  Law(int number, String statement) {
    this.number = number;
    this.statement = statement;
  }

  /**
   * The law's number in DESIGN §8.
   *
   * @return 1 to 8
   */
  public int number() {
    return number;
  }

  /**
   * The law as DESIGN §8 states it.
   *
   * @return one sentence
   */
  public String statement() {
    return statement;
  }
}
