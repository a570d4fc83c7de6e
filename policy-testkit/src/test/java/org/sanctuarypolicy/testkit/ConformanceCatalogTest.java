package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.CatalogScenarios.Authored;

class ConformanceCatalogTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final ImmutableList<Scenario> SCENARIOS = ConformanceCatalog.load();

  @Test
  void lines_areTheResourceInTheSourceTree() throws IOException {
    String shipped = Files.readString(CatalogGenerator.RESOURCE, StandardCharsets.UTF_8);
    assertThat(String.join("\n", ConformanceCatalog.lines()) + "\n").isEqualTo(shipped);
    assertThat(SCENARIOS.stream().map(Scenario::line))
        .containsExactlyElementsOf(ConformanceCatalog.lines());
  }

  @Test
  void load_everyScenario_expectsWhatThePolicyDecides() {
    for (Scenario scenario : SCENARIOS) {
      assertThat(scenario.expected())
          .as(scenario.id())
          .isEqualTo(POLICY.evaluate(scenario.request()));
      assertThat(SanctuaryPolicy.reference().evaluate(scenario.request()))
          .as(scenario.id())
          .isEqualTo(scenario.expected());
    }
  }

  @Test
  void load_everyScenario_matchesItsHandDerivedOutcomeAndClauses() {
    List<Authored> authored = CatalogScenarios.all();
    assertThat(SCENARIOS).hasSameSizeAs(authored);
    for (int i = 0; i < authored.size(); i++) {
      Authored source = authored.get(i);
      Scenario scenario = SCENARIOS.get(i);
      assertThat(scenario.id()).isEqualTo(source.id());
      assertThat(scenario.title()).isEqualTo(source.title());
      assertThat(scenario.request()).isEqualTo(source.request());
      assertThat(CatalogGenerator.disagreements(source, scenario.expected())).isEmpty();
      assertThat(scenario.clauses())
          .as(scenario.id())
          .isEqualTo(
              scenario.expected().reasons().stream()
                  .map(Reason::clause)
                  .distinct()
                  .collect(ImmutableList.toImmutableList()));
    }
  }

  @Test
  void load_ids_areUniqueAndSequentialFromC001() {
    assertThat(SCENARIOS).hasSizeGreaterThanOrEqualTo(150);
    for (int i = 0; i < SCENARIOS.size(); i++) {
      assertThat(SCENARIOS.get(i).id()).isEqualTo(String.format("C-%03d", i + 1));
      assertThat(SCENARIOS.get(i).request().requestId()).isEqualTo(SCENARIOS.get(i).id());
    }
    assertThat(new HashSet<>(ConformanceCatalog.lines())).hasSize(SCENARIOS.size());
  }

  @Test
  void load_everyClauseAndException_coveredByAtLeastTwoScenarios() {
    Multiset<String> clauses = HashMultiset.create();
    Multiset<String> exceptions = HashMultiset.create();
    for (Scenario scenario : SCENARIOS) {
      clauses.addAll(scenario.clauses());
      scenario.expected().reasons().forEach(r -> r.exception().ifPresent(exceptions::add));
    }
    Map<String, Integer> thin = new TreeMap<>();
    for (Clause clause : POLICY.catalog().clauses()) {
      if (clauses.count(clause.id()) < 2) {
        thin.put(clause.id(), clauses.count(clause.id()));
      }
      for (ClauseException exception : clause.exceptions()) {
        if (exceptions.count(exception.id()) < 2) {
          thin.put(exception.id(), exceptions.count(exception.id()));
        }
      }
    }
    assertThat(thin).as("clauses and exceptions with fewer than two scenarios").isEmpty();
  }

  @Test
  void load_everyObligationType_appears() {
    Set<ObligationType> types = EnumSet.noneOf(ObligationType.class);
    SCENARIOS.forEach(
        s -> s.expected().obligations().stream().map(Obligation::type).forEach(types::add));
    assertThat(types).containsExactlyInAnyOrder(ObligationType.values());
  }

  @Test
  void load_everyNexusCase_appearsInSeveralScenarios() {
    Multiset<Nexus> nexuses = HashMultiset.create();
    SCENARIOS.forEach(s -> nexuses.add(SanctuaryPolicy.nexus(s.request())));
    for (Nexus nexus : Nexus.values()) {
      assertThat(nexuses.count(nexus)).as(nexus.name()).isGreaterThanOrEqualTo(5);
    }
    // The two less obvious rules of DESIGN §4: the emergency call for resources by a watched
    // counterparty falls through to NONE, and bulk database access without a purpose is
    // UNDETERMINED whoever asks.
    assertThat(SCENARIOS)
        .anyMatch(
            s ->
                s.request().action() == Action.COMMIT_RESOURCES
                    && s.request().counterparty() == Counterparty.MILITARY
                    && SanctuaryPolicy.nexus(s.request()) == Nexus.NONE)
        .anyMatch(
            s ->
                s.request().action() == Action.GRANT_DATABASE_ACCESS
                    && s.request().counterparty() == Counterparty.STATE_OR_LOCAL_AGENCY
                    && SanctuaryPolicy.nexus(s.request()) == Nexus.UNDETERMINED);
  }

  @Test
  void load_everyActionActorAndEffect_appears() {
    Set<Action> actions = EnumSet.noneOf(Action.class);
    Set<Actor> actors = EnumSet.noneOf(Actor.class);
    Set<Effect> effects = EnumSet.noneOf(Effect.class);
    for (Scenario scenario : SCENARIOS) {
      actions.add(scenario.request().action());
      actors.add(scenario.request().actor());
      effects.add(scenario.expected().effect());
    }
    assertThat(actions).containsExactlyInAnyOrder(Action.values());
    assertThat(actors).containsExactlyInAnyOrder(Actor.values());
    assertThat(effects).containsExactlyInAnyOrder(Effect.values());
  }

  @Test
  void load_redactions_comeInSeveralCategoryMixes() {
    Set<Set<?>> withheld = new HashSet<>();
    Set<Set<?>> requested = new HashSet<>();
    for (Scenario scenario : SCENARIOS) {
      if (!scenario.expectedRedactions().isEmpty()) {
        withheld.add(scenario.expectedRedactions());
        requested.add(scenario.request().information());
      }
    }
    assertThat(withheld).hasSizeGreaterThanOrEqualTo(3);
    assertThat(requested).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void load_remediesInteractionsAndUngovernedRequests_appear() {
    long withRemedies = SCENARIOS.stream().filter(s -> !s.expected().remedies().isEmpty()).count();
    long interactions = SCENARIOS.stream().filter(s -> s.clauses().size() >= 2).count();
    long threeClauses = SCENARIOS.stream().filter(s -> s.clauses().size() >= 3).count();
    long ungoverned = SCENARIOS.stream().filter(s -> !s.expected().governed()).count();
    assertThat(withRemedies).isGreaterThanOrEqualTo(30);
    assertThat(interactions).isGreaterThanOrEqualTo(40);
    assertThat(threeClauses).isGreaterThanOrEqualTo(5);
    assertThat(ungoverned).isGreaterThanOrEqualTo(10);
  }

  @Test
  void scenario_knownId_isFound() {
    assertThat(ConformanceCatalog.scenario("C-001")).contains(SCENARIOS.get(0));
    assertThat(ConformanceCatalog.scenario("C-999")).isEmpty();
    assertThat(ConformanceCatalog.policy()).isEqualTo(POLICY.info());
  }

  @Test
  void accepts_redactingScenario_needsTheExactCategories() {
    Scenario redacting =
        SCENARIOS.stream()
            .filter(s -> s.expectedRedactions().size() == 2)
            .findFirst()
            .orElseThrow();
    assertThat(redacting.accepts(Observation.of(Effect.PERMIT, redacting.expectedRedactions())))
        .isTrue();
    assertThat(redacting.accepts(Observation.of(Effect.PERMIT))).isFalse();
    assertThat(
            redacting.accepts(
                Observation.of(
                    Effect.PERMIT, redacting.expectedRedactions().asList().subList(0, 1))))
        .isFalse();
    assertThat(redacting.accepts(Observation.of(Effect.DENY, redacting.expectedRedactions())))
        .isFalse();
  }
}
