package org.sanctuarypolicy.testkit;

import java.util.List;
import java.util.function.UnaryOperator;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.json.PolicyJson;

/** Catalogs other than the built-in order, made from it with the api builders. */
final class AmendedCatalogs {
  /**
   * The first release, kept as data: fixed, so that what these amendments break stays what the
   * tests derived, whatever the catalog in force becomes.
   */
  static final ClauseCatalog CHICAGO = PolicyJson.releasedCatalog("chicago-1.0.0");

  /**
   * The title {@link #statusPermitted()} gives EO-1, so that a report shows whose clauses it
   * quotes.
   */
  static final String PERMITTING_TITLE = "Cooperation permitted by default";

  private AmendedCatalogs() {}

  /**
   * The order with EO-1 and EO-2.1 permitting by default: status information reaches immigration
   * enforcement unredacted, which breaks law 6.
   */
  static ClauseCatalog statusPermitted() {
    return catalog(
        "chicago-status-permitted",
        "1.1.0",
        CHICAGO.remedyCandidates(),
        clause -> {
          if (clause.id().equals("EO-1")) {
            return copy(clause, PERMITTING_TITLE, BaseEffect.PERMIT);
          }
          if (clause.id().equals("EO-2.1")) {
            return copy(clause, clause.title(), BaseEffect.PERMIT);
          }
          return clause;
        });
  }

  /**
   * The order with its remedy candidates in another order and without the judicial warrant:
   * decisions list fewer remedies, in that order.
   */
  static ClauseCatalog remediesReordered() {
    return catalog(
        "chicago-remedies-reordered",
        "1.0.1",
        List.of(Authority.WRITTEN_CONSENT, Authority.STATUTORY_REQUIREMENT, Authority.COURT_ORDER),
        clause -> clause);
  }

  /**
   * The order with one clause only, EO-5.1 (no detainer holds): most scenarios are not governed.
   */
  static ClauseCatalog detainersOnly() {
    ClauseCatalog.Builder builder = base("detainers-only", "0.1.0", CHICAGO.remedyCandidates());
    builder.addClauses(CHICAGO.clause("EO-5.1").orElseThrow());
    return builder.build();
  }

  /** The built-in order with another id and version, its clauses changed by {@code change}. */
  static ClauseCatalog catalog(
      String id, String version, List<Authority> candidates, UnaryOperator<Clause> change) {
    ClauseCatalog.Builder builder = base(id, version, candidates);
    CHICAGO.clauses().forEach(clause -> builder.addClauses(change.apply(clause)));
    return builder.build();
  }

  private static ClauseCatalog.Builder base(String id, String version, List<Authority> candidates) {
    ClauseCatalog.Builder builder = ClauseCatalog.builder();
    builder
        .id(id)
        .version(version)
        .title(CHICAGO.title())
        .addAllNexusRules(CHICAGO.nexusRules())
        .addAllPhysicalActions(CHICAGO.physicalActions())
        .addAllRemedyCandidates(candidates)
        .addAllTerms(CHICAGO.terms());
    return builder;
  }

  /** The clause with another title and base effect (the builders are strict: each field once). */
  static Clause copy(Clause clause, String title, BaseEffect baseEffect) {
    return Clause.builder()
        .id(clause.id())
        .title(title)
        .text(clause.text())
        .addAllSources(clause.sources())
        .addAllBinds(clause.binds())
        .scope(clause.scope())
        .baseEffect(baseEffect)
        .addAllBaseObligations(clause.baseObligations())
        .addAllExceptions(clause.exceptions())
        .build();
  }
}
