package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * What a certification compares a product with: the scenarios with their expected decisions, the
 * catalog whose clauses the report quotes, and the identity of the policy that made the decisions.
 */
record Expectations(ImmutableList<Scenario> scenarios, ClauseCatalog catalog, PolicyInfo policy) {
  /** The shipped scenarios, which expect the built-in order's decisions: the default. */
  static Expectations builtIn() {
    return new Expectations(
        ConformanceCatalog.load(),
        SanctuaryPolicy.chicago().catalog(),
        ConformanceCatalog.policy());
  }

  /** The scenarios expecting the decisions of {@code policy}, whose catalog the report quotes. */
  static Expectations of(Policy policy) {
    ImmutableList<Scenario> scenarios = ConformanceCatalog.load(policy);
    return new Expectations(scenarios, policy.catalog(), policy.info());
  }
}
