package org.sanctuarypolicy.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.Term;

/** What a catalog is made of, for tests that choose catalogs or count what a generator gives. */
final class CatalogFacts {
  private CatalogFacts() {}

  /** The top-level conditions of every nexus rule, scope, exception and term. */
  static List<Condition> topConditions(ClauseCatalog catalog) {
    List<Condition> conditions = new ArrayList<>();
    catalog.nexusRules().stream().map(NexusRule::condition).forEach(conditions::add);
    for (Clause clause : catalog.clauses()) {
      conditions.add(clause.scope());
      clause.exceptions().stream().map(ClauseException::condition).forEach(conditions::add);
    }
    catalog.terms().stream().map(Term::condition).forEach(conditions::add);
    return conditions;
  }

  /** Every condition of the catalog and every operand inside one, at any depth. */
  static List<Condition> allConditions(ClauseCatalog catalog) {
    List<Condition> all = new ArrayList<>();
    topConditions(catalog).forEach(c -> addWithOperands(c, all));
    return all;
  }

  /** Every condition of the nexus rules, at any depth. */
  static List<Condition> nexusRuleConditions(ClauseCatalog catalog) {
    List<Condition> all = new ArrayList<>();
    catalog.nexusRules().forEach(rule -> addWithOperands(rule.condition(), all));
    return all;
  }

  private static void addWithOperands(Condition condition, List<Condition> all) {
    all.add(condition);
    if (condition instanceof Condition.AllOf allOf) {
      allOf.operands().forEach(o -> addWithOperands(o, all));
    } else if (condition instanceof Condition.AnyOf anyOf) {
      anyOf.operands().forEach(o -> addWithOperands(o, all));
    } else if (condition instanceof Condition.Not not) {
      addWithOperands(not.operand(), all);
    }
  }

  static Stream<ClauseException> exceptions(ClauseCatalog catalog) {
    return catalog.clauses().stream().flatMap(c -> c.exceptions().stream());
  }

  static boolean hasKind(ClauseCatalog catalog, Condition.Kind kind) {
    return allConditions(catalog).stream().anyMatch(c -> c.kind() == kind);
  }

  static boolean hasBaseEffect(ClauseCatalog catalog, BaseEffect effect) {
    return catalog.clauses().stream().anyMatch(c -> c.baseEffect() == effect);
  }

  static boolean hasExceptionEffect(ClauseCatalog catalog, Effect effect) {
    return exceptions(catalog).anyMatch(e -> e.effect() == effect);
  }

  /** Whether some clause binds the sister agencies and no one else. */
  static boolean bindsOnlySisterAgencies(ClauseCatalog catalog) {
    return catalog.clauses().stream().anyMatch(c -> c.binds().equals(Set.of(Actor.SISTER_AGENCY)));
  }

  /** Whether some remedy candidate is named by no condition that tests presented instruments. */
  static boolean hasUnnamedRemedy(ClauseCatalog catalog) {
    List<Condition> all = allConditions(catalog);
    for (Authority candidate : catalog.remedyCandidates()) {
      if (all.stream()
          .noneMatch(
              c -> c instanceof Condition.PresentedAny p && p.values().contains(candidate))) {
        return true;
      }
    }
    return false;
  }

  /** Whether some information test names only categories that are not status information. */
  static boolean namesInformationBeyondStatus(ClauseCatalog catalog) {
    return allConditions(catalog).stream()
        .anyMatch(
            c ->
                c instanceof Condition.InformationAny i
                    && !i.values().contains(InformationCategory.IMMIGRATION_STATUS)
                    && !i.values().contains(InformationCategory.PLACE_OF_BIRTH));
  }
}
