package org.sanctuarypolicy.core;

import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/** A policy that decides with the plain evaluator over its catalog and logs each decision. */
final class CatalogPolicy implements Policy {
  private final ClauseCatalog catalog;
  private final PolicyInfo info;
  private final ReferenceEvaluator evaluator;

  CatalogPolicy(ClauseCatalog catalog) {
    this.catalog = catalog;
    this.info = PolicyInfo.of(catalog.id(), catalog.version(), Fingerprint.of(catalog));
    this.evaluator = new ReferenceEvaluator(catalog, info);
  }

  ReferenceEvaluator evaluator() {
    return evaluator;
  }

  @Override
  public Decision evaluate(Request request) {
    Decision decision = evaluator.decide(request);
    DecisionLog.log(request, decision);
    return decision;
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
