package org.sanctuarypolicy.core;

import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The entry point: the Chicago order as a {@link Policy}, and the few helpers that explain it.
 *
 * <p>{@code SanctuaryPolicy.chicago().evaluate(request)} is the one call a city system makes before
 * it acts. The returned policy is immutable, thread-safe and shared; it holds no global mutable
 * state.
 */
public final class SanctuaryPolicy {
  private static final CatalogPolicy CHICAGO = new CatalogPolicy(ChicagoOrder.catalog());

  private SanctuaryPolicy() {}

  /**
   * The Chicago executive order against cooperation with federal civil immigration enforcement.
   *
   * @return the policy, shared and thread-safe
   */
  public static Policy chicago() {
    return CHICAGO;
  }

  /**
   * The enforcement nexus of a request under the Chicago order (DESIGN §4).
   *
   * @param request the request
   * @return its nexus
   */
  public static Nexus nexus(Request request) {
    return CHICAGO.evaluator().nexus(request);
  }

  /**
   * The whole clause catalog of a policy as Markdown: ids, titles, texts, scopes, exceptions,
   * obligations, sources and the fingerprint.
   *
   * @param policy the policy
   * @return the Markdown text
   */
  public static String explain(Policy policy) {
    return CatalogMarkdown.write(policy.catalog(), policy.info());
  }

  /**
   * A condition in plain words, for example {@code "the action is HOLD_ON_DETAINER"}.
   *
   * @param condition the condition
   * @return the description
   */
  public static String describe(Condition condition) {
    return Conditions.describe(condition);
  }
}
