package org.sanctuarypolicy.core;

import java.util.Objects;
import org.sanctuarypolicy.api.ClauseCatalog;
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
   * Any clause catalog as a policy, with the guarantees of {@link #chicago()}: each decision is
   * looked up in a table built from the catalog and shared, and equals what {@link
   * #reference(ClauseCatalog)} gives for the same catalog. Building the policy reads the catalog
   * once; decisions are built on first use.
   *
   * @param catalog the catalog, for example read from JSON
   * @return the compiled policy, thread-safe
   */
  public static Policy compile(ClauseCatalog catalog) {
    return CatalogPolicy.compiled(catalog);
  }

  /**
   * Any clause catalog decided by the plain evaluator, which interprets it clause by clause on
   * every call: the reference that {@link #compile(ClauseCatalog)} equals, only slower.
   *
   * @param catalog the catalog
   * @return the reference policy, thread-safe
   */
  public static Policy reference(ClauseCatalog catalog) {
    return CatalogPolicy.reference(catalog);
  }

  /**
   * The same policy without the decision log, for work that is not a city's decision: checking
   * laws, certifying a product, comparing catalogs. It shares the policy's table and gives the same
   * decisions; only the log is silent, whatever the application's logging configuration says. A
   * policy this class did not make is returned as it is: its logging is its own.
   *
   * @param policy a policy from this class, or any other
   * @return the policy without the decision log
   */
  public static Policy unlogged(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return policy instanceof CatalogPolicy ours ? ours.unlogged() : policy;
  }

  /**
   * The enforcement nexus of a request under the Chicago order: whether, by its nexus rules, the
   * cooperation would serve civil immigration enforcement, the first rule that holds deciding.
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
   * A condition of a catalog in plain words, for example {@code "the action is HOLD_ON_DETAINER"};
   * a condition that is one of the catalog's terms is called by the term's name.
   *
   * @param condition the condition
   * @param catalog the catalog whose terms name conditions
   * @return the description
   */
  public static String describe(Condition condition, ClauseCatalog catalog) {
    return Conditions.describe(condition, catalog.terms());
  }
}
