package org.sanctuarypolicy.api;

/** How a request relates to civil immigration enforcement; computed once per request. */
public enum Nexus {
  /** The stated purpose is civil immigration enforcement, whoever the counterparty is. */
  CONFIRMED,

  /** A watched counterparty states no purpose. */
  PRESUMED,

  /**
   * A watched counterparty states another purpose, which needs verification before the city acts on
   * it.
   */
  CLAIMED,

  /** Without a stated purpose, the city cannot tell. */
  UNDETERMINED,

  /** No enforcement nexus. */
  NONE
}
