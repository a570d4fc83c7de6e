package org.sanctuarypolicy.api;

/** The effect a clause in scope gives when none of its exceptions holds. */
public enum BaseEffect {
  /** The clause forbids the action. */
  DENY,

  /** The clause sends the request to the Law Department. */
  ESCALATE,

  /**
   * The status categories must be withheld: PERMIT with a REDACT obligation listing the requested
   * status categories when other categories remain, DENY when nothing else remains (status
   * information only, or no information at all); PERMIT without REDACT when the request names other
   * categories and no status category, since there is nothing to withhold.
   */
  REDACT,

  /** The clause allows the action: a finding that permits unless an exception says otherwise. */
  PERMIT
}
