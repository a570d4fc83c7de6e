package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.CatalogScenarios.Authored;
import org.sanctuarypolicy.testkit.CatalogScenarios.Expectation;

/**
 * The generator of the shipped catalog. Run with {@code -Dtestkit.regenerateCatalog=true} to
 * rewrite the resource in the source tree (see {@link CatalogGenerator}).
 */
class CatalogGeneratorTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();

  @Test
  void resource_isWhatTheGeneratorProducesNow() throws IOException {
    String generated = CatalogGenerator.generate();
    if (Boolean.getBoolean("testkit.regenerateCatalog")) {
      CatalogGenerator.write(CatalogGenerator.RESOURCE);
    }
    String shipped = Files.readString(CatalogGenerator.RESOURCE, StandardCharsets.UTF_8);
    assertThat(shipped)
        .as("the catalog resource is stale: regenerate it (see CatalogGenerator)")
        .isEqualTo(generated);
  }

  @Test
  void generate_everyScenario_engineAgreesWithTheHandDerivedOutcome() {
    List<String> disagreements = new ArrayList<>();
    for (Authored scenario : CatalogScenarios.all()) {
      disagreements.addAll(
          CatalogGenerator.disagreements(scenario, POLICY.evaluate(scenario.request())));
    }
    assertThat(disagreements).isEmpty();
    assertThat(CatalogScenarios.all()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void disagreements_wrongHandDerivedOutcome_namesEveryWrongFact() {
    Authored first = CatalogScenarios.all().get(0);
    Expectation wrong =
        CatalogScenarios.expect(Effect.ESCALATE, "EO-1(d)")
            .redacts(InformationCategory.IMMIGRATION_STATUS)
            .obligations()
            .remedies("JUDICIAL_WARRANT:PERMIT");
    Authored misjudged = new Authored(first.id(), first.title(), first.request(), wrong);

    List<String> found =
        CatalogGenerator.disagreements(misjudged, POLICY.evaluate(first.request()));

    assertThat(found)
        .hasSize(5)
        .anySatisfy(line -> assertThat(line).startsWith("C-001: effect DENY, derived ESCALATE"))
        .anySatisfy(line -> assertThat(line).startsWith("C-001: findings [EO-1, EO-2.1]"))
        .anySatisfy(line -> assertThat(line).startsWith("C-001: redacted [], derived"))
        .anySatisfy(line -> assertThat(line).startsWith("C-001: obligations"))
        .anySatisfy(line -> assertThat(line).startsWith("C-001: remedies"));
    assertThat(CatalogGenerator.disagreements(first, POLICY.evaluate(first.request()))).isEmpty();
  }

  @Test
  void clauses_ofAnAuthoredScenario_areItsFindingsClausesInOrder() {
    Authored scenario =
        CatalogScenarios.all().stream()
            .filter(s -> s.id().equals("C-045"))
            .findFirst()
            .orElseThrow();
    assertThat(scenario.expected().reasons())
        .containsExactly("EO-1(a)", "EO-2.1(a)", "EO-5.1(a)", "EO-5.5(a)");
    assertThat(scenario.clauses()).containsExactly("EO-1", "EO-2.1", "EO-5.1", "EO-5.5");
  }
}
