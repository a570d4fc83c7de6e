package org.sanctuarypolicy.testkit;

import java.util.function.UnaryOperator;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Effect;

/** Amendments of a catalog built with the api builders, for the diff tests and benchmarks. */
final class DiffAmendments {
  private DiffAmendments() {}

  /** The catalog without the exception with the given id. */
  static ClauseCatalog withoutException(ClauseCatalog catalog, String exceptionId) {
    return withClauses(
        catalog,
        clause -> {
          Clause.Builder builder = copyButExceptions(clause);
          clause.exceptions().stream()
              .filter(exception -> !exception.id().equals(exceptionId))
              .forEach(builder::addExceptions);
          return builder.build();
        });
  }

  /** The catalog with the exception with the given id giving another effect. */
  static ClauseCatalog withExceptionEffect(
      ClauseCatalog catalog, String exceptionId, Effect effect) {
    return withClauses(
        catalog,
        clause -> {
          Clause.Builder builder = copyButExceptions(clause);
          for (ClauseException exception : clause.exceptions()) {
            builder.addExceptions(
                exception.id().equals(exceptionId)
                    ? ClauseException.of(
                        exception.id(),
                        exception.condition(),
                        effect,
                        exception.obligations(),
                        exception.text())
                    : exception);
          }
          return builder.build();
        });
  }

  /** The catalog with another version. */
  static ClauseCatalog withVersion(ClauseCatalog catalog, String version) {
    return copy(catalog, UnaryOperator.identity()).version(version).build();
  }

  private static ClauseCatalog withClauses(ClauseCatalog catalog, UnaryOperator<Clause> change) {
    return copy(catalog, change).version(catalog.version()).build();
  }

  private static ClauseCatalog.Builder copy(ClauseCatalog catalog, UnaryOperator<Clause> change) {
    ClauseCatalog.Builder builder =
        ClauseCatalog.builder()
            .id(catalog.id())
            .title(catalog.title())
            .addAllNexusRules(catalog.nexusRules())
            .addAllPhysicalActions(catalog.physicalActions())
            .addAllRemedyCandidates(catalog.remedyCandidates())
            .addAllTerms(catalog.terms());
    catalog.clauses().stream().map(change).forEach(builder::addClauses);
    return builder;
  }

  private static Clause.Builder copyButExceptions(Clause clause) {
    return Clause.builder()
        .id(clause.id())
        .title(clause.title())
        .text(clause.text())
        .addAllSources(clause.sources())
        .addAllBinds(clause.binds())
        .scope(clause.scope())
        .baseEffect(clause.baseEffect())
        .addAllBaseObligations(clause.baseObligations());
  }
}
