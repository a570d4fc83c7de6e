package org.sanctuarypolicy.api;

/** The effect a clause in scope gives when none of its exceptions holds. */
public enum BaseEffect {
  /** The clause forbids the action. */
  DENY,

  /** The clause sends the request to the Law Department. */
  ESCALATE,

  /**
   * The status categories must be withheld: PERMIT with a REDACT obligation when other categories
   * remain, DENY otherwise.
   */
  REDACT,

  /** The clause allows the action: a finding that permits unless an exception says otherwise. */
  PERMIT
}
