package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.testkit.CatalogScenarios.Authored;
import org.sanctuarypolicy.testkit.CatalogScenarios.Expectation;

/**
 * Generates the shipped catalog, {@code src/main/resources/org/sanctuarypolicy/testkit/
 * conformance-catalog.jsonl}, from {@link CatalogScenarios}: each scenario's line with the engine's
 * full decision. It refuses to generate when the engine's decision for any scenario disagrees with
 * the outcome derived by hand.
 *
 * <p>Regenerate after changing a scenario (from the repository root):
 *
 * <pre>
 * mvn -B -q -pl policy-testkit -am test -Dtest=CatalogGeneratorTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dtestkit.regenerateCatalog=true
 * </pre>
 */
final class CatalogGenerator {
  static final Path RESOURCE =
      Path.of("src/main/resources/org/sanctuarypolicy/testkit/conformance-catalog.jsonl");

  private static final ObjectMapper COMPACT = new ObjectMapper();

  private CatalogGenerator() {}

  /** The catalog's text: one line per scenario, each ending with a line break. */
  static String generate() {
    Policy policy = SanctuaryPolicy.chicago();
    List<String> disagreements = new ArrayList<>();
    StringBuilder out = new StringBuilder();
    for (Authored scenario : CatalogScenarios.all()) {
      Decision decision = policy.evaluate(scenario.request());
      disagreements.addAll(disagreements(scenario, decision));
      out.append(line(scenario, decision)).append('\n');
    }
    if (!disagreements.isEmpty()) {
      throw new IllegalStateException(
          "the engine disagrees with the hand-derived outcome of "
              + disagreements.size()
              + " scenario facts:\n  "
              + String.join("\n  ", disagreements));
    }
    return out.toString();
  }

  /** Writes the resource, relative to the module's directory. */
  static void write(Path resource) throws IOException {
    Files.createDirectories(resource.getParent());
    Files.writeString(resource, generate(), StandardCharsets.UTF_8);
  }

  /** Where the engine's decision differs from what was derived by hand. */
  static List<String> disagreements(Authored scenario, Decision decision) {
    List<String> wrong = new ArrayList<>();
    Expectation expected = scenario.expected();
    String id = scenario.id();
    if (decision.effect() != expected.effect()) {
      wrong.add(id + ": effect " + decision.effect() + ", derived " + expected.effect());
    }
    ImmutableList<String> reasons = reasons(decision);
    if (!reasons.equals(expected.reasons())) {
      wrong.add(id + ": findings " + reasons + ", derived " + expected.reasons());
    }
    ImmutableSet<InformationCategory> redacted = Observation.of(decision).redacted();
    if (!redacted.equals(expected.redacted())) {
      wrong.add(id + ": redacted " + redacted + ", derived " + expected.redacted());
    }
    Optional<ImmutableSet<ObligationType>> obligations = expected.expectedObligations();
    ImmutableSet<ObligationType> types =
        decision.obligations().stream()
            .map(Obligation::type)
            .collect(ImmutableSet.toImmutableSet());
    if (obligations.isPresent() && !types.equals(obligations.get())) {
      wrong.add(id + ": obligations " + types + ", derived " + obligations.get());
    }
    Optional<ImmutableList<String>> remedies = expected.expectedRemedies();
    ImmutableList<String> given =
        decision.remedies().stream()
            .map(remedy -> remedy.authority() + ":" + remedy.effect())
            .collect(ImmutableList.toImmutableList());
    if (remedies.isPresent() && !given.equals(remedies.get())) {
      wrong.add(id + ": remedies " + given + ", derived " + remedies.get());
    }
    if (!decision.governed() && !expected.reasons().isEmpty()) {
      wrong.add(id + ": not governed");
    }
    return wrong;
  }

  /** Each finding as its exception id, or its clause id where the base effect stands. */
  static ImmutableList<String> reasons(Decision decision) {
    return decision.reasons().stream()
        .map(reason -> reason.exception().orElse(reason.clause()))
        .collect(ImmutableList.toImmutableList());
  }

  static String line(Authored scenario, Decision decision) {
    try {
      return "{\"id\":"
          + COMPACT.writeValueAsString(scenario.id())
          + ",\"title\":"
          + COMPACT.writeValueAsString(scenario.title())
          + ",\"clauses\":"
          + COMPACT.writeValueAsString(scenario.clauses())
          + ",\"request\":"
          + PolicyJson.write(scenario.request())
          + ",\"expected\":"
          + PolicyJson.write(decision)
          + "}";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Regenerates the resource; run from the module's directory.
   *
   * @param args ignored
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(RESOURCE);
  }
}
