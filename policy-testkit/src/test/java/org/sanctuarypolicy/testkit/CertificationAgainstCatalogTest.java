package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** Certifying against a catalog other than the built-in order. */
class CertificationAgainstCatalogTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:30:15Z"), ZoneOffset.UTC);
  private static final Policy CHICAGO = SanctuaryPolicy.chicago();
  private static final ClauseCatalog PERMITTING = AmendedCatalogs.statusPermitted();
  private static final Policy AMENDED = SanctuaryPolicy.compile(PERMITTING);

  @Test
  void load_builtInOrder_givesTheShippedScenariosAndLines() {
    List<Scenario> shipped = ConformanceCatalog.load();
    List<Scenario> again = ConformanceCatalog.load(CHICAGO);

    assertThat(again).hasSameSizeAs(shipped);
    for (int i = 0; i < shipped.size(); i++) {
      assertThat(again.get(i).expected()).isEqualTo(shipped.get(i).expected());
      assertThat(again.get(i).clauses()).isEqualTo(shipped.get(i).clauses());
      assertThat(again.get(i).lineNumber()).isEqualTo(shipped.get(i).lineNumber());
    }
    assertThat(ConformanceCatalog.lines(SanctuaryPolicy.reference()))
        .isEqualTo(ConformanceCatalog.lines());
  }

  @Test
  void run_againstTheBuiltInOrder_writesTheDefaultReportWordForWord() {
    CertificationAdapter flawed =
        request ->
            request.requestId().equals("C-029")
                ? Observation.of(Effect.PERMIT)
                : CertificationAdapter.of(CHICAGO).decide(request);
    CertificationReport byDefault = Certification.run(flawed, CLOCK);
    CertificationReport given = Certification.run(flawed, CHICAGO, CLOCK);

    assertThat(given.toJson()).isEqualTo(byDefault.toJson());
    assertThat(given.toMarkdown()).isEqualTo(byDefault.toMarkdown());
    assertThat(given.toHtml()).isEqualTo(byDefault.toHtml());
    assertThat(given.failures().get(0).message()).isEqualTo(byDefault.failures().get(0).message());
  }

  @Test
  void load_anotherCatalog_expectsItsDecisions() {
    List<Scenario> scenarios = ConformanceCatalog.load(AMENDED);
    List<String> changed = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      Decision decision = SanctuaryPolicy.reference(PERMITTING).evaluate(scenario.request());
      assertThat(scenario.expected()).isEqualTo(decision);
      assertThat(scenario.expected().policy()).isEqualTo(AMENDED.info());
      Scenario shipped = ConformanceCatalog.scenario(scenario.id()).orElseThrow();
      assertThat(scenario.request()).isEqualTo(shipped.request());
      assertThat(scenario.title()).isEqualTo(shipped.title());
      if (!Observation.of(decision).equals(Observation.of(shipped.expected()))) {
        changed.add(scenario.id());
      }
    }
    // C-001: ICE asks the records desk for a resident's status; both clauses now permit.
    assertThat(changed).contains("C-001");
    assertThat(scenarios.get(0).expected().effect()).isEqualTo(Effect.PERMIT);
    assertThat(scenarios.get(0).clauses()).containsExactly("EO-1", "EO-2.1");
    assertThat(scenarios.get(0).line())
        .startsWith("{\"id\":\"C-001\",\"title\":")
        .contains("\"clauses\":[\"EO-1\",\"EO-2.1\"]")
        .contains("\"effect\":\"PERMIT\"")
        .contains(PERMITTING.fingerprint())
        .doesNotContain("\n");
  }

  @Test
  void run_builtInProductAgainstAnotherCatalog_failsExactlyTheChangedScenarios() {
    List<String> changed =
        ConformanceCatalog.load(AMENDED).stream()
            .filter(
                scenario -> !scenario.accepts(Observation.of(CHICAGO.evaluate(scenario.request()))))
            .map(Scenario::id)
            .collect(Collectors.toList());

    CertificationReport report =
        Certification.run(CertificationAdapter.of(CHICAGO), AMENDED, CLOCK);

    assertThat(changed).isNotEmpty();
    assertThat(report.certified()).isFalse();
    assertThat(report.failures().stream().map(r -> r.scenario().id()))
        .containsExactlyElementsOf(changed);
    assertThat(report.policy())
        .isEqualTo(PolicyInfo.of("chicago-status-permitted", "1.1.0", PERMITTING.fingerprint()));
    assertThat(report.policy().fingerprint()).isNotEqualTo(CHICAGO.info().fingerprint());
    assertThat(report.verdictLine())
        .contains("policy chicago-status-permitted 1.1.0, " + PERMITTING.fingerprint());
    ScenarioResult first = report.failures().get(0);
    assertThat(first.scenario().id()).isEqualTo("C-001");
    assertThat(first.message())
        .contains("EO-1 " + AmendedCatalogs.PERMITTING_TITLE + ":")
        .doesNotContain("EO-1 " + AmendedCatalogs.CHICAGO.clause("EO-1").orElseThrow().title());
  }

  @Test
  void reports_againstAnotherCatalog_nameItAndQuoteItsClauses() throws Exception {
    CertificationReport report =
        Certification.run(CertificationAdapter.of(CHICAGO), AMENDED, CLOCK);

    JsonNode json = Json.STRICT.readTree(report.toJson());
    assertThat(json.at("/policy/id").textValue()).isEqualTo("chicago-status-permitted");
    assertThat(json.at("/policy/version").textValue()).isEqualTo("1.1.0");
    assertThat(json.at("/policy/fingerprint").textValue()).isEqualTo(PERMITTING.fingerprint());
    assertThat(json.at("/clauses/1/id").textValue()).isEqualTo("EO-1");
    assertThat(json.at("/clauses/1/title").textValue()).isEqualTo(AmendedCatalogs.PERMITTING_TITLE);
    assertThat(json.at("/failures/0/reasons/0/title").textValue())
        .isEqualTo(AmendedCatalogs.PERMITTING_TITLE);
    assertThat(report.toMarkdown())
        .contains("| Policy | chicago-status-permitted |")
        .contains("| Policy version | 1.1.0 |")
        .contains("| Fingerprint | " + PERMITTING.fingerprint() + " |")
        .contains("**EO-1** " + AmendedCatalogs.PERMITTING_TITLE);
    assertThat(report.toHtml())
        .contains("<td>chicago-status-permitted</td>")
        .contains("<td>1.1.0</td>")
        .contains("<code>" + PERMITTING.fingerprint() + "</code>")
        .contains("<strong>EO-1</strong> " + AmendedCatalogs.PERMITTING_TITLE)
        .doesNotContain(CHICAGO.info().fingerprint());
  }

  @Test
  void run_productOfTheOtherCatalog_isCertifiedAgainstIt_andNotAgainstTheBuiltInOrder() {
    CertificationAdapter amended = CertificationAdapter.of(AMENDED);

    assertThat(Certification.run(amended, AMENDED, CLOCK).certified()).isTrue();
    assertThat(Certification.run(amended, SanctuaryPolicy.reference(PERMITTING), CLOCK).certified())
        .isTrue();
    assertThat(Certification.run(amended, CLOCK).certified()).isFalse();
  }

  @Test
  void run_catalogThatGovernsLittle_expectsPermitWhereItDoesNotSpeak() {
    ClauseCatalog narrow = AmendedCatalogs.detainersOnly();
    Policy policy = SanctuaryPolicy.compile(narrow);
    CertificationAdapter permitsEverything = request -> Observation.of(Effect.PERMIT);

    CertificationReport report = Certification.run(permitsEverything, policy, CLOCK);

    List<ScenarioResult> ungoverned =
        report.results().stream()
            .filter(result -> result.scenario().clauses().isEmpty())
            .collect(Collectors.toList());
    assertThat(ungoverned).hasSizeGreaterThan(100);
    assertThat(ungoverned)
        .allSatisfy(
            result -> {
              assertThat(result.scenario().expected().governed()).isFalse();
              assertThat(result.expected()).isEqualTo(Observation.of(Effect.PERMIT));
              assertThat(result.passed()).isTrue();
            });
    assertThat(report.failures())
        .isNotEmpty()
        .allSatisfy(result -> assertThat(result.scenario().clauses()).containsExactly("EO-5.1"));
    assertThat(report.clauses().stream().map(ClauseResult::id))
        .containsExactly("EO-5.1", CertificationReport.NOT_GOVERNED);
    ClauseResult notGoverned = report.clauses().get(1);
    assertThat(notGoverned.scenarios()).isEqualTo(ungoverned.size());
    assertThat(notGoverned.passed()).isTrue();
    assertThat(report.clauses().get(0).passed()).isFalse();
    assertThat(report.exceptions().stream().map(ClauseResult::id))
        .containsExactlyElementsOf(
            narrow.clause("EO-5.1").orElseThrow().exceptions().stream()
                .map(e -> e.id())
                .collect(Collectors.toList()));
    assertThat(report.policy()).isEqualTo(policy.info());
  }

  @Test
  void fromObserved_againstAnotherCatalog_readsTheLinesAndNamesThatCatalog() {
    StringBuilder lines = new StringBuilder();
    for (Scenario scenario : ConformanceCatalog.load(AMENDED)) {
      Observation observed = Observation.of(scenario.expected());
      lines.append("{\"id\":\"").append(scenario.id()).append("\",\"effect\":\"");
      lines.append(observed.effect()).append('"');
      if (!observed.redacted().isEmpty()) {
        lines.append(",\"redacted\":[");
        lines.append(
            observed.redacted().stream()
                .map(category -> '"' + category.name() + '"')
                .collect(Collectors.joining(",")));
        lines.append(']');
      }
      lines.append("}\n");
    }
    byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);

    CertificationReport against =
        Certification.fromObserved(new ByteArrayInputStream(bytes), AMENDED, CLOCK);
    CertificationReport builtIn =
        Certification.fromObserved(new ByteArrayInputStream(bytes), CLOCK);

    assertThat(against.certified()).isTrue();
    assertThat(against.policy()).isEqualTo(AMENDED.info());
    assertThat(builtIn.certified()).isFalse();
    assertThat(builtIn.policy()).isEqualTo(CHICAGO.info());
  }

  @Test
  void dynamicTests_againstAnotherCatalog_expectItsDecisions() throws Throwable {
    List<DynamicTest> tests =
        ConformanceTests.dynamicTests(CertificationAdapter.of(CHICAGO), AMENDED)
            .collect(Collectors.toList());

    assertThat(tests).hasSize(ConformanceCatalog.load().size());
    assertThat(tests.get(0).getDisplayName()).startsWith("C-001 ");
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("the effect differs: expected PERMIT, observed DENY")
        .hasMessageContaining(AmendedCatalogs.PERMITTING_TITLE);
    for (DynamicTest test :
        ConformanceTests.dynamicTests(CertificationAdapter.of(AMENDED), AMENDED)
            .collect(Collectors.toList())) {
      test.getExecutable().execute();
    }
  }

  @Test
  void load_policyThatDoesNotEchoTheRequestId_isRefused() {
    Policy renaming =
        new Policy() {
          @Override
          public Decision evaluate(Request request) {
            return CHICAGO.evaluate(request).withRequestId("other");
          }

          @Override
          public Nexus nexus(Request request) {
            return CHICAGO.nexus(request);
          }

          @Override
          public ClauseCatalog catalog() {
            return CHICAGO.catalog();
          }

          @Override
          public PolicyInfo info() {
            return CHICAGO.info();
          }
        };

    assertThatThrownBy(() -> ConformanceCatalog.load(renaming))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "policy: decided the request of scenario C-001 for request id \"other\"; a decision"
                + " must echo its request's id");
  }
}
