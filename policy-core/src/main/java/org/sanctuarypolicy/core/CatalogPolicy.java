package org.sanctuarypolicy.core;

import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/**
 * A policy over a clause catalog that logs each decision. The reference form interprets the catalog
 * clause by clause on every call; the compiled form looks the decision up in a {@link
 * DecisionTable}.
 */
final class CatalogPolicy implements Policy {
  private final ClauseCatalog catalog;
  private final PolicyInfo info;
  private final ReferenceEvaluator reference;
  private final @Nullable DecisionTable table;
  private final boolean logged;

  private CatalogPolicy(ClauseCatalog catalog, boolean compiled) {
    this.catalog = catalog;
    this.info = PolicyInfo.of(catalog.id(), catalog.version(), catalog.fingerprint());
    this.reference = new ReferenceEvaluator(catalog, info);
    this.table = compiled ? new DecisionTable(catalog, reference) : null;
    this.logged = true;
  }

  private CatalogPolicy(CatalogPolicy logged) {
    this.catalog = logged.catalog;
    this.info = logged.info;
    this.reference = logged.reference;
    this.table = logged.table;
    this.logged = false;
  }

  /** The same policy, sharing its table, that never writes the decision log. */
  CatalogPolicy unlogged() {
    return logged ? new CatalogPolicy(this) : this;
  }

  static CatalogPolicy reference(ClauseCatalog catalog) {
    return new CatalogPolicy(catalog, false);
  }

  static CatalogPolicy compiled(ClauseCatalog catalog) {
    return new CatalogPolicy(catalog, true);
  }

  ReferenceEvaluator reference() {
    return reference;
  }

  @Override
  public Decision evaluate(Request request) {
    Decision decision = table == null ? reference.decide(request) : table.decide(request);
    if (logged) {
      DecisionLog.log(request, decision);
    }
    return decision;
  }

  @Override
  public Nexus nexus(Request request) {
    return reference.nexus(request);
  }

  @Override
  public ClauseCatalog catalog() {
    return catalog;
  }

  @Override
  public PolicyInfo info() {
    return info;
  }

  @Override
  public String toString() {
    return "Policy{" + info.id() + " " + info.version() + " " + info.fingerprint() + "}";
  }
}
