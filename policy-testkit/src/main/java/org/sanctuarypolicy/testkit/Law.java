package org.sanctuarypolicy.testkit;

/**
 * The laws every policy of the order must obey over the entire request space, numbered 1 to 8.
 * {@link PolicyLaws} checks them against any {@link org.sanctuarypolicy.api.Policy}.
 */
public enum Law {
  /** Law 1: every well-formed request gets a decision, for its own request id. */
  EVERY_REQUEST_DECIDED("Every well-formed request gets a decision; evaluate never throws."),

  /** Law 2: the same request gets the same decision, whatever order its sets were given in. */
  DETERMINISTIC("Deterministic, and independent of the order in which sets were given."),

  /** Law 3: a DENY or ESCALATE cites a finding with that effect. */
  DENY_AND_ESCALATE_CITED(
      "Every DENY or ESCALATE cites at least one clause whose finding has that effect."),

  /** Law 4: judicial process, a statute or a consent never makes a decision less permissive. */
  MORE_AUTHORITY_NEVER_LESS_PERMISSIVE(
      "Adding a judicial process, statutory requirement or written consent never makes a decision"
          + " less permissive (DENY < ESCALATE < PERMIT)."),

  /** Law 5: a non-judicial instrument never makes a decision more permissive. */
  NON_JUDICIAL_NEVER_MORE_PERMISSIVE(
      "Adding a non-judicial instrument never makes a decision more permissive."),

  /** Law 6: no unredacted status to an immigration authority without judicial process. */
  NO_STATUS_TO_IMMIGRATION_AUTHORITIES(
      "A bound actor never gets a PERMIT to disclose status information to an immigration"
          + " authority without judicial process, unless the status categories are redacted."),

  /** Law 7: remedies are what the policy decides with the instrument added. */
  REMEDIES_MATCH_REEVALUATION(
      "Remedies are exactly what re-evaluation with the added instrument yields."),

  /** Law 8: the policy decides every request as the reference does. */
  AGREES_WITH_REFERENCE(
      "The compiled fast path and the plain clause-by-clause evaluator agree on every request.");

  private final String statement;

  Law(String statement) {
    this.statement = statement;
  }

  /**
   * The law's number, as reports and messages cite it: the laws are declared in that order.
   *
   * @return 1 to 8
   */
  public int number() {
    return ordinal() + 1;
  }

  /**
   * The law in one sentence.
   *
   * @return one sentence
   */
  public String statement() {
    return statement;
  }
}
