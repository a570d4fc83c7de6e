package org.sanctuarypolicy.api;

/**
 * A policy that decides requests. Implementations are immutable and thread-safe; {@code evaluate}
 * is a pure function of the request and never throws for a request that could be built.
 */
public interface Policy {
  /**
   * Decides a request.
   *
   * @param request the request
   * @return the decision, with every finding that made it
   */
  Decision evaluate(Request request);

  /**
   * The enforcement nexus of a request under this policy's catalog: the nexus of the first nexus
   * rule that holds, or {@link Nexus#NONE} when none does. A compliance record keeps it beside each
   * decision, so that reports can tell enforcement requests from the rest.
   *
   * @param request the request
   * @return its nexus
   */
  Nexus nexus(Request request);

  /**
   * The clause catalog the policy applies.
   *
   * @return the catalog
   */
  ClauseCatalog catalog();

  /**
   * The policy's id, version and fingerprint, as echoed in every decision.
   *
   * @return the policy's identity
   */
  PolicyInfo info();
}
