package org.sanctuarypolicy.api;

/** The effect of a finding or a decision, from least to most permissive: DENY, ESCALATE, PERMIT. */
public enum Effect {
  /** The city must not act. */
  DENY,

  /**
   * The city must hold and refer the request to the Law Department; a caller that cannot escalate
   * treats it as DENY.
   */
  ESCALATE,

  /** The city may act, carrying out the obligations. */
  PERMIT
}
