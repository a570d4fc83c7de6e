package org.sanctuarypolicy.core;

import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The entry point: the Chicago order as a {@link Policy}, and the few helpers that explain it.
 *
 * <p>{@code SanctuaryPolicy.chicago().evaluate(request)} is the one call a city system makes before
 * it acts. The returned policy is thread-safe and shared; its only state is a cache of decisions
 * already built, which never changes an answer.
 */
public final class SanctuaryPolicy {
  private static final CatalogPolicy CHICAGO = CatalogPolicy.compiled(ChicagoOrder.catalog());
  private static final CatalogPolicy CHICAGO_REFERENCE =
      CatalogPolicy.reference(ChicagoOrder.catalog());

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
   * The same order decided by the plain evaluator, which interprets the clause catalog clause by
   * clause on every call. It gives exactly the decisions of {@link #chicago()}, only slower: use it
   * to check another implementation, never in production.
   *
   * @return the reference policy, shared and thread-safe
   */
  public static Policy reference() {
    return CHICAGO_REFERENCE;
  }

  /**
   * The enforcement nexus of a request under the Chicago order (DESIGN §4).
   *
   * @param request the request
   * @return its nexus
   */
  public static Nexus nexus(Request request) {
    return CHICAGO_REFERENCE.reference().nexus(request);
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
