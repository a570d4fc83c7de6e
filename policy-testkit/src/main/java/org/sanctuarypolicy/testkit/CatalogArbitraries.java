package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Term;

/**
 * The generator behind {@link PolicyArbitraries#catalogs()}: random clause catalogs that the api
 * accepts. Everything is drawn with jqwik's combinators, and each catalog is assembled from its
 * drawn parts by position (clause ids from the clause's place, exception ids from its clause's id),
 * so that a catalog shrinks part by part towards one clause with a leaf scope.
 */
final class CatalogArbitraries {
  /** How deep conditions nest: a leaf is depth 0. */
  static final int MAX_DEPTH = 3;

  static final int MAX_CLAUSES = 8;
  static final int MAX_EXCEPTIONS = 4;
  static final int MAX_NEXUS_RULES = 4;

  /** At most half of them name clauses' scopes, half other conditions. */
  static final int MAX_TERMS = 4;

  private static final Set<ObligationType> OBLIGATIONS =
      Sets.immutableEnumSet(EnumSet.complementOf(EnumSet.of(ObligationType.REDACT)));

  private CatalogArbitraries() {}

  static Arbitrary<ClauseCatalog> catalogs() {
    Arbitrary<Condition> conditions = conditions(MAX_DEPTH, true);
    Arbitrary<Condition> nexusFree = conditions(MAX_DEPTH, false);
    return Combinators.combine(
            versions(),
            nexusRules(nexusFree).list().ofMaxSize(MAX_NEXUS_RULES),
            Arbitraries.subsetOf(Action.values()),
            Arbitraries.of(LawChecks.LAW_4_INSTRUMENTS)
                .list()
                .uniqueElements()
                .ofMaxSize(LawChecks.LAW_4_INSTRUMENTS.size()),
            clauses(conditions).list().ofMinSize(1).ofMaxSize(MAX_CLAUSES),
            // Terms: some of the clauses' own scopes (by position), and conditions of their own.
            Arbitraries.integers().between(0, MAX_CLAUSES - 1).list().ofMaxSize(MAX_TERMS / 2),
            conditions.list().ofMaxSize(MAX_TERMS / 2))
        .as(CatalogArbitraries::catalog)
        // The combinations of the parts' edge cases would crowd out random catalogs.
        .withoutEdgeCases();
  }

  /**
   * Conditions of every kind nested at most {@code depth} deep, the nexus test only when {@code
   * nexus} (a nexus rule may not test the nexus). Leaves test any non-empty set of values.
   */
  static Arbitrary<Condition> conditions(int depth, boolean nexus) {
    Arbitrary<Condition> leaves = leaves(nexus);
    if (depth == 0) {
      return leaves;
    }
    Arbitrary<Condition> inner = conditions(depth - 1, nexus);
    Arbitrary<List<Condition>> operands = inner.list().ofMinSize(2).ofMaxSize(3);
    return Arbitraries.frequencyOf(
        Tuple.of(3, leaves),
        Tuple.of(1, operands.map(o -> new Condition.AllOf(ImmutableList.copyOf(o)))),
        Tuple.of(1, operands.map(o -> new Condition.AnyOf(ImmutableList.copyOf(o)))),
        Tuple.of(1, inner.map(Condition.Not::new)));
  }

  private static Arbitrary<Condition> leaves(boolean nexus) {
    List<Arbitrary<Condition>> leaves = new ArrayList<>();
    leaves.add(values(Actor.class).map(Condition.ActorIn::new));
    leaves.add(values(Action.class).map(Condition.ActionIn::new));
    leaves.add(values(Counterparty.class).map(Condition.CounterpartyIn::new));
    leaves.add(values(Purpose.class).map(Condition.PurposeIn::new));
    if (nexus) {
      leaves.add(values(Nexus.class).map(Condition.NexusIn::new));
    }
    leaves.add(values(FacilityArea.class).map(Condition.AreaIn::new));
    leaves.add(values(Authority.class).map(Condition.PresentedAny::new));
    leaves.add(values(InformationCategory.class).map(Condition.InformationAny::new));
    return Arbitraries.oneOf(leaves);
  }

  private static <E extends Enum<E>> Arbitrary<ImmutableSet<E>> values(Class<E> type) {
    return Arbitraries.subsetOf(type.getEnumConstants()).ofMinSize(1).map(Sets::immutableEnumSet);
  }

  /** Semantic versions, sometimes with a pre-release. */
  private static Arbitrary<String> versions() {
    Arbitrary<Integer> numbers = Arbitraries.integers().between(0, 20);
    return Combinators.combine(numbers, numbers, numbers, Arbitraries.of("", "-rc.1", "-draft"))
        .as((major, minor, patch, pre) -> major + "." + minor + "." + patch + pre);
  }

  private static Arbitrary<NexusRule> nexusRules(Arbitrary<Condition> nexusFree) {
    return Combinators.combine(nexusFree, Arbitraries.of(Nexus.class), sentences())
        .as(NexusRule::of);
  }

  /** A clause without its id, which its place in the catalog gives. */
  private record ClauseDraft(
      int idStyle,
      Tuple2<String, String> titleAndText,
      List<String> sources,
      Set<Actor> binds,
      Condition scope,
      BaseEffect baseEffect,
      Set<ObligationType> baseObligations,
      List<ExceptionDraft> exceptions) {

    Clause clause(int position) {
      String id = id(idStyle, position + 1);
      Clause.Builder clause =
          Clause.builder()
              .id(id)
              .title(titleAndText.get1())
              .text(titleAndText.get2())
              .addAllSources(sources)
              .addAllBinds(binds)
              .scope(scope)
              .baseEffect(baseEffect)
              .addAllBaseObligations(baseObligations);
      char letter = 'a';
      for (ExceptionDraft exception : exceptions) {
        letter = (char) (letter + exception.skippedLetters());
        clause.addExceptions(exception.exception(id + "(" + letter + ")"));
        letter++;
      }
      return clause.build();
    }
  }

  /** An exception without its id, which its clause's id and its place give. */
  private record ExceptionDraft(
      int skippedLetters,
      Condition condition,
      Effect effect,
      Set<ObligationType> obligations,
      String text) {

    ClauseException exception(String id) {
      return ClauseException.of(id, condition, effect, obligations, text);
    }
  }

  private static Arbitrary<ClauseDraft> clauses(Arbitrary<Condition> conditions) {
    Arbitrary<ExceptionDraft> exceptions =
        Combinators.combine(
                Arbitraries.integers().between(0, 1),
                conditions,
                Arbitraries.of(Effect.class),
                obligations(),
                sentences())
            .as(ExceptionDraft::new);
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Combinators.combine(words(), sentences()).as((title, text) -> Tuple.of(title, text)),
            sentences().list().ofMinSize(1).ofMaxSize(2),
            Arbitraries.subsetOf(Actor.values()).ofMinSize(1),
            conditions,
            Arbitraries.of(BaseEffect.class),
            obligations(),
            exceptions.list().ofMaxSize(MAX_EXCEPTIONS))
        .as(ClauseDraft::new);
  }

  private static Arbitrary<Set<ObligationType>> obligations() {
    return Arbitraries.subsetOf(OBLIGATIONS);
  }

  /** Clause ids of three shapes, each unique by the clause's number. */
  private static String id(int style, int number) {
    switch (style) {
      case 0:
        return "C-" + number;
      case 1:
        return "C-" + number + ".1";
      default:
        return "Sec" + number + ".b-2";
    }
  }

  private static Arbitrary<String> words() {
    return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
  }

  private static Arbitrary<String> sentences() {
    return words().list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w) + ".");
  }

  private static ClauseCatalog catalog(
      String version,
      List<NexusRule> nexusRules,
      Set<Action> physicalActions,
      List<Authority> remedyCandidates,
      List<ClauseDraft> drafts,
      List<Integer> scopesNamed,
      List<Condition> otherTerms) {
    List<Clause> clauses = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      clauses.add(drafts.get(i).clause(i));
    }
    // Distinct conditions, each named once.
    Set<Condition> named = new LinkedHashSet<>();
    scopesNamed.forEach(i -> named.add(clauses.get(i % clauses.size()).scope()));
    named.addAll(otherTerms);
    List<Term> terms = new ArrayList<>();
    for (Condition condition : named) {
      terms.add(Term.of("term " + (terms.size() + 1), condition));
    }
    return ClauseCatalog.builder()
        .id("generated-catalog")
        .version(version)
        .title("Generated catalog")
        .addAllNexusRules(nexusRules)
        .addAllPhysicalActions(physicalActions)
        .addAllRemedyCandidates(remedyCandidates)
        .addAllClauses(clauses)
        .addAllTerms(terms)
        .build();
  }
}
