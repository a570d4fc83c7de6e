package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Shrinkable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.api.Term;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * Any catalog, not only the Chicago order, compiles to a policy that decides exactly as the
 * reference evaluator interprets the catalog: on random catalogs of {@link
 * PolicyArbitraries#catalogs()}, around random requests and every variant of their actions, and
 * over the whole request space for three generated catalogs chosen for what the Chicago order never
 * does.
 *
 * <p>Each whole-space proof takes the first catalog generated from a fixed seed that has what the
 * proof is about, so it is the same catalog on every run; a change to the generator changes the
 * catalog, never what it must have. The three decide 16.8 million requests each, with both
 * policies, in about 30 seconds of CPU time in all.
 */
class GeneratedCatalogProperties {
  private static final int EXAMPLES = 5;

  /**
   * Each random request and its neighbours: the same request with each other actor, counterparty
   * and purpose, each instrument added or removed, and every action variant (each area; the
   * information sets of one category, the sets the catalog names, with and without status
   * information). A table that merged two values of a field the catalog tells apart gives one of
   * them the other's decision.
   */
  @Property(tries = 300)
  void compile_anyCatalog_decidesEveryRequestAroundRandomOnesAsTheReference(
      @ForAll("catalogs") ClauseCatalog catalog, @ForAll("bases") List<Request> bases) {
    Policy compiled = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(catalog));
    Policy reference = SanctuaryPolicy.unlogged(SanctuaryPolicy.reference(catalog));
    Set<Set<InformationCategory>> informationSets = informationSets(catalog);
    List<String> differing = new ArrayList<>();
    int compared = 0;
    for (Request base : bases) {
      for (Request request : neighbours(base, informationSets)) {
        compare(compiled, reference, request, differing);
        compared++;
      }
    }
    assertThat(differing).as("%s requests compared", compared).isEmpty();
  }

  @Property(tries = 300)
  void compile_anyCatalog_carriesTheCatalogsIdentityAndExplainsEveryClauseAndException(
      @ForAll("catalogs") ClauseCatalog catalog) {
    Policy compiled = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(catalog));
    Policy reference = SanctuaryPolicy.reference(catalog);

    assertThat(compiled.catalog()).isSameAs(catalog);
    assertThat(compiled.info())
        .isEqualTo(PolicyInfo.of(catalog.id(), catalog.version(), catalog.fingerprint()))
        .isEqualTo(reference.info());
    assertThat(compiled.info().fingerprint()).matches("sha256:[0-9a-f]{64}");
    String explained = SanctuaryPolicy.explain(compiled);
    assertThat(explained).contains(compiled.info().fingerprint());
    for (Clause clause : catalog.clauses()) {
      assertThat(explained).contains("\n## " + clause.id() + ": " + clause.title() + "\n");
      for (ClauseException exception : clause.exceptions()) {
        assertThat(explained).contains("\n| " + exception.id() + " | ");
      }
    }
    // A term is called by its name wherever its condition is a scope.
    for (Term term : catalog.terms()) {
      if (catalog.clauses().stream().anyMatch(c -> c.scope().equals(term.condition()))) {
        assertThat(explained).contains("In scope when " + term.name() + " (");
      }
    }
  }

  @Property(tries = 200)
  void fingerprint_twoDifferentCatalogs_differ(
      @ForAll("catalogs") ClauseCatalog one, @ForAll("catalogs") ClauseCatalog other) {
    assertThat(one.fingerprint().equals(other.fingerprint())).isEqualTo(one.equals(other));
    assertThat(copy(one).fingerprint()).isEqualTo(one.fingerprint());
  }

  @Property(tries = 200)
  void catalogs_any_isValidAndWritesAsJson(@ForAll("catalogs") ClauseCatalog catalog) {
    // Building a catalog checks it; a copy through the builder is checked again.
    assertThat(copy(catalog)).isEqualTo(catalog);
    assertThat(catalog.id()).isEqualTo("generated-catalog");
    assertThat(catalog.clauses()).hasSizeBetween(1, 8);
    assertThat(catalog.clauses()).allSatisfy(c -> assertThat(c.exceptions()).hasSizeLessThan(5));
    assertThat(CatalogFacts.nexusRuleConditions(catalog))
        .noneMatch(c -> c.kind() == Condition.Kind.NEXUS_IN);
    assertThat(catalog.remedyCandidates()).doesNotContainAnyElementsOf(LawChecks.NON_JUDICIAL);
    PolicyInfo info = PolicyInfo.of(catalog.id(), catalog.version(), catalog.fingerprint());
    assertThat(PolicyJson.write(catalog, info)).contains(catalog.fingerprint());
  }

  /** What the writer writes, the reader reads back equal, with the same fingerprint. */
  @Property(tries = 300)
  void readCatalog_whatWriteCatalogWrote_isEqualWithTheSameFingerprint(
      @ForAll("catalogs") ClauseCatalog catalog) {
    String written = PolicyJson.writeCatalog(catalog);

    ClauseCatalog read = PolicyJson.readCatalog(written);

    assertThat(read).isEqualTo(catalog);
    assertThat(read.fingerprint()).isEqualTo(catalog.fingerprint());
    assertThat(written).contains("\"fingerprint\": \"" + catalog.fingerprint() + "\"");
    assertThat(PolicyJson.writeCatalog(read)).isEqualTo(written);
  }

  /** The generator reaches every kind, effect and shape the compiler must get right. */
  @Example
  void catalogs_sample_reachesEveryKindEffectAndShape() {
    List<ClauseCatalog> sample =
        PolicyArbitraries.catalogs().sampleStream().limit(500).collect(Collectors.toList());

    for (Condition.Kind kind : Condition.Kind.values()) {
      assertThat(sample).as("%s", kind).anyMatch(c -> CatalogFacts.hasKind(c, kind));
    }
    for (BaseEffect effect : BaseEffect.values()) {
      assertThat(sample).as("%s", effect).anyMatch(c -> CatalogFacts.hasBaseEffect(c, effect));
    }
    for (Effect effect : Effect.values()) {
      assertThat(sample).as("%s", effect).anyMatch(c -> CatalogFacts.hasExceptionEffect(c, effect));
    }
    assertThat(sample)
        .anyMatch(CatalogFacts::bindsOnlySisterAgencies)
        .anyMatch(CatalogFacts::hasUnnamedRemedy)
        .anyMatch(CatalogFacts::namesInformationBeyondStatus)
        .anyMatch(c -> c.clauses().size() == 1)
        .anyMatch(c -> c.clauses().size() == 8)
        .anyMatch(c -> c.clauses().stream().anyMatch(cl -> cl.exceptions().size() == 4))
        .anyMatch(c -> c.nexusRules().size() == 4)
        .anyMatch(c -> c.remedyCandidates().isEmpty())
        .anyMatch(c -> c.remedyCandidates().size() == 4)
        .anyMatch(c -> !c.terms().isEmpty())
        .anyMatch(c -> c.physicalActions().isEmpty())
        .anyMatch(c -> c.clauses().stream().anyMatch(cl -> cl.id().contains(".")))
        .anyMatch(c -> c.version().contains("-"));
    // Sets the Chicago order never names.
    List<Condition> leaves =
        sample.stream()
            .flatMap(c -> CatalogFacts.allConditions(c).stream())
            .collect(Collectors.toList());
    assertThat(leaves)
        .anyMatch(
            c ->
                c instanceof Condition.InformationAny i
                    && i.values()
                        .containsAll(
                            Set.of(InformationCategory.IDENTITY, InformationCategory.CASE_RECORDS)))
        .anyMatch(
            c ->
                c instanceof Condition.CounterpartyIn p
                    && p.values().containsAll(Set.of(Counterparty.COURT, Counterparty.MILITARY)))
        .anyMatch(
            c ->
                c instanceof Condition.PresentedAny p
                    && p.values().contains(Authority.ADMINISTRATIVE_SUBPOENA))
        .anyMatch(c -> c instanceof Condition.ActorIn a && a.values().size() == 1)
        .anyMatch(c -> c instanceof Condition.Not n && n.operand() instanceof Condition.AllOf);
    // Nested three deep: NOT of ALL_OF of ANY_OF.
    assertThat(leaves)
        .anyMatch(
            c ->
                c instanceof Condition.Not n
                    && n.operand() instanceof Condition.AllOf a
                    && a.operands().stream().anyMatch(o -> o instanceof Condition.AnyOf));
  }

  /**
   * A catalog of at least four clauses with a REDACT base effect, a DENY exception and a test of
   * information beyond status: the information classes of the table against the reference, over
   * every request of the space.
   */
  @Example
  void compile_redactingCatalog_equalsTheReferenceOverTheWholeSpace() {
    ClauseCatalog catalog =
        firstGenerated(
            5,
            c ->
                c.clauses().size() >= 4
                    && CatalogFacts.hasBaseEffect(c, BaseEffect.REDACT)
                    && CatalogFacts.hasExceptionEffect(c, Effect.DENY)
                    && CatalogFacts.namesInformationBeyondStatus(c));

    assertThat(differencesOverTheWholeSpace(catalog)).isEmpty();
  }

  /**
   * A catalog with a remedy candidate no condition names, a facility-area test, a PERMIT base
   * effect and a clause binding only the sister agencies.
   */
  @Example
  void compile_catalogWithUnnamedRemediesAndAreas_equalsTheReferenceOverTheWholeSpace() {
    ClauseCatalog catalog =
        firstGenerated(
            3,
            c ->
                CatalogFacts.hasUnnamedRemedy(c)
                    && CatalogFacts.hasKind(c, Condition.Kind.AREA_IN)
                    && CatalogFacts.hasBaseEffect(c, BaseEffect.PERMIT)
                    && CatalogFacts.bindsOnlySisterAgencies(c));

    assertThat(differencesOverTheWholeSpace(catalog)).isEmpty();
  }

  /** A catalog whose nexus rules give what its scopes and exceptions test. */
  @Example
  void compile_catalogWithNexusRulesAndTests_equalsTheReferenceOverTheWholeSpace() {
    ClauseCatalog catalog =
        firstGenerated(
            1,
            c ->
                c.nexusRules().size() >= 2
                    && CatalogFacts.hasKind(c, Condition.Kind.NEXUS_IN)
                    && CatalogFacts.hasExceptionEffect(c, Effect.ESCALATE)
                    && c.remedyCandidates().size() >= 2);

    assertThat(differencesOverTheWholeSpace(catalog)).isEmpty();
  }

  @Provide
  Arbitrary<ClauseCatalog> catalogs() {
    return PolicyArbitraries.catalogs();
  }

  /** Random requests: from the shared request arbitrary, or any point of the request space. */
  @Provide
  Arbitrary<List<Request>> bases() {
    RequestSpace space = RequestSpace.all();
    return Arbitraries.oneOf(
            PolicyArbitraries.requests(),
            Arbitraries.longs().between(0, space.size() - 1).map(space::request))
        .list()
        .ofMinSize(1)
        .ofMaxSize(25);
  }

  /** The catalog built again through the builder, which checks it again. */
  private static ClauseCatalog copy(ClauseCatalog catalog) {
    return ClauseCatalog.builder()
        .id(catalog.id())
        .version(catalog.version())
        .title(catalog.title())
        .addAllNexusRules(catalog.nexusRules())
        .addAllPhysicalActions(catalog.physicalActions())
        .addAllRemedyCandidates(catalog.remedyCandidates())
        .addAllClauses(catalog.clauses())
        .addAllTerms(catalog.terms())
        .build();
  }

  /** The first catalog, from a fixed seed, that has what the check is about. */
  private static ClauseCatalog firstGenerated(long seed, Predicate<ClauseCatalog> wanted) {
    return PolicyArbitraries.catalogs().generator(1000).stream(new Random(seed))
        .map(Shrinkable::value)
        .filter(wanted)
        .findFirst()
        .orElseThrow();
  }

  private static List<String> differencesOverTheWholeSpace(ClauseCatalog catalog) {
    Policy compiled = SanctuaryPolicy.unlogged(SanctuaryPolicy.compile(catalog));
    Policy reference = SanctuaryPolicy.unlogged(SanctuaryPolicy.reference(catalog));
    Queue<String> differing = new ConcurrentLinkedQueue<>();
    long agreeing =
        RequestSpace.all().stream()
            .parallel()
            .filter(
                request -> {
                  Decision decision = compiled.evaluate(request);
                  Decision expected = reference.evaluate(request);
                  if (decision.equals(expected)) {
                    return true;
                  }
                  if (differing.size() < EXAMPLES) {
                    differing.add(describe(request, decision, expected));
                  }
                  return false;
                })
            .count();
    if (agreeing != RequestSpace.all().size()) {
      differing.add(
          (RequestSpace.all().size() - agreeing) + " requests differ in\n" + catalog.toString());
    }
    return new ArrayList<>(differing);
  }

  private static void compare(
      Policy compiled, Policy reference, Request request, List<String> differing) {
    Decision decision = compiled.evaluate(request);
    Decision expected = reference.evaluate(request);
    if (!decision.equals(expected) && differing.size() < EXAMPLES) {
      differing.add(describe(request, decision, expected));
    }
  }

  private static String describe(Request request, Decision decision, Decision expected) {
    return PolicyJson.write(request)
        + "\n  compiled:  "
        + PolicyJson.write(decision)
        + "\n  reference: "
        + PolicyJson.write(expected);
  }

  /** The information sets the catalog's conditions test. */
  private static Set<Set<InformationCategory>> informationSets(ClauseCatalog catalog) {
    Set<Set<InformationCategory>> sets = new LinkedHashSet<>();
    for (Condition condition : CatalogFacts.allConditions(catalog)) {
      if (condition instanceof Condition.InformationAny information) {
        sets.add(information.values());
      }
    }
    return sets;
  }

  /** The request and those that differ from it in one field, or in the action's variant. */
  private static Set<Request> neighbours(
      Request base, Set<Set<InformationCategory>> informationSets) {
    Set<Request> requests = new LinkedHashSet<>();
    requests.add(base);
    for (Actor actor : Actor.values()) {
      requests.add(Request.builderFrom(base).actor(actor).build());
    }
    for (Counterparty counterparty : Counterparty.values()) {
      requests.add(Request.builderFrom(base).counterparty(counterparty).build());
    }
    for (Purpose purpose : Purpose.values()) {
      requests.add(Request.builderFrom(base).purpose(purpose).build());
    }
    for (Authority authority : Authority.values()) {
      Set<Authority> toggled = EnumSet.noneOf(Authority.class);
      toggled.addAll(base.authorities());
      if (!toggled.remove(authority)) {
        toggled.add(authority);
      }
      requests.add(Request.builderFrom(base).authorities(toggled).build());
    }
    for (Action action : Action.values()) {
      if (action == Action.PROVIDE_FACILITY) {
        for (FacilityArea area : FacilityArea.values()) {
          requests.add(variant(base, action).facilityArea(area).build());
        }
      } else if (action != Action.DISCLOSE_INFORMATION) {
        requests.add(variant(base, action).build());
      }
    }
    for (Set<InformationCategory> information : disclosed(base, informationSets)) {
      requests.add(variant(base, Action.DISCLOSE_INFORMATION).information(information).build());
    }
    return requests;
  }

  /** Information sets to disclose around {@code base}: every one is non-empty. */
  private static Set<Set<InformationCategory>> disclosed(
      Request base, Set<Set<InformationCategory>> named) {
    Set<Set<InformationCategory>> sets = new HashSet<>();
    sets.add(EnumSet.allOf(InformationCategory.class));
    sets.add(
        EnumSet.of(InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH));
    for (InformationCategory category : InformationCategory.values()) {
      sets.add(EnumSet.of(category));
      if (!base.information().isEmpty()) {
        Set<InformationCategory> toggled = EnumSet.copyOf(base.information());
        if (!toggled.remove(category)) {
          toggled.add(category);
        }
        if (!toggled.isEmpty()) {
          sets.add(toggled);
        }
      }
    }
    for (Set<InformationCategory> set : named) {
      sets.add(set);
      Set<InformationCategory> withStatus = EnumSet.copyOf(set);
      withStatus.add(InformationCategory.IMMIGRATION_STATUS);
      sets.add(withStatus);
      Set<InformationCategory> others = EnumSet.complementOf(EnumSet.copyOf(set));
      if (!others.isEmpty()) {
        sets.add(others);
      }
    }
    return sets;
  }

  /** {@code base} with another action, and neither information nor an area yet. */
  private static Request.Builder variant(Request base, Action action) {
    return Request.builder()
        .requestId(base.requestId())
        .actor(base.actor())
        .action(action)
        .counterparty(base.counterparty())
        .purpose(base.purpose())
        .authorities(base.authorities());
  }
}
