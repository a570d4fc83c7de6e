package org.sanctuarypolicy.record;

/** What happened after a recorded decision. */
public enum OutcomeType {
  /** The city declined the request. */
  DECLINED,
  /** The request went to the Law Department. */
  REFERRED,
  /** The city complied with a verified instrument, within its scope. */
  ACTED_WITHIN_AUTHORITY,
  /** The person posted criminal bail. */
  BAIL_POSTED,
  /** The person was released under ordinary process, not held for anyone. */
  RELEASED,
  /**
   * The person was transferred to another agency's custody (with {@code to} and {@code agency}).
   */
  TRANSFERRED
}
