package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

class CertificationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T09:30:15.250Z"), ZoneOffset.UTC);
  private static final Policy CHICAGO = SanctuaryPolicy.chicago();
  private static final CertificationAdapter CORRECT = CertificationAdapter.of(CHICAGO);

  /** Scenarios the wrong product gets wrong, and how. */
  private static final Set<String> WRONG = Set.of("C-029", "C-072", "C-122");

  /** A product that honours one detainer, ignores one emergency and refuses one public room. */
  private static final CertificationAdapter MOSTLY_RIGHT =
      request -> {
        Observation right = CORRECT.decide(request);
        return WRONG.contains(request.requestId())
            ? Observation.of(right.effect() == Effect.PERMIT ? Effect.DENY : Effect.PERMIT)
            : right;
      };

  @Test
  void run_correctAdapter_isCertified() {
    CertificationReport report = Certification.run(CORRECT, CLOCK);

    assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIED);
    assertThat(report.certified()).isTrue();
    assertThat(report.failures()).isEmpty();
    assertThat(report.results())
        .hasSize(ConformanceCatalog.load().size())
        .allMatch(ScenarioResult::passed);
    assertThat(report.clauses()).allMatch(ClauseResult::passed).allMatch(ClauseResult::covered);
    assertThat(report.exceptions())
        .allMatch(row -> row.covered() && row.passed() && row.scenarios() >= 2);
    assertThat(report.policy()).isEqualTo(CHICAGO.info());
    assertThat(report.date()).isEqualTo(Instant.parse("2026-12-01T09:30:15Z"));
    assertThat(report.libraryVersion()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    assertThat(report.verdictLine())
        .startsWith("CERTIFIED: all " + report.results().size() + " conformance scenarios passed")
        .contains(CHICAGO.info().fingerprint());
  }

  @Test
  void run_adapterWithThreeEffectsChanged_isNotCertifiedAndListsExactlyThoseScenarios() {
    CertificationReport report = Certification.run(MOSTLY_RIGHT, CLOCK);

    assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIED);
    assertThat(report.failures().stream().map(r -> r.scenario().id()))
        .containsExactly("C-029", "C-072", "C-122");
    assertThat(report.verdictLine())
        .startsWith(
            "NOT CERTIFIED: 3 of "
                + report.results().size()
                + " conformance scenarios failed: C-029, C-072, C-122");
    ScenarioResult hold = report.failures().get(0);
    assertThat(hold.expected()).isEqualTo(Observation.of(Effect.DENY));
    assertThat(hold.observed()).contains(Observation.of(Effect.PERMIT));
    assertThat(hold.problem()).contains("the effect differs: expected DENY, observed PERMIT");
    assertThat(hold.message())
        .startsWith(
            "C-029 Lockup: an I-247A detainer asks the city to hold an arrestee 48 hours past"
                + " release")
        .contains("EO-5.1 No compliance with immigration detainers: No one is held past release")
        .contains("request: {\"requestId\":\"C-029\"");
    Map<String, ClauseResult> clauses =
        report.clauses().stream().collect(Collectors.toMap(ClauseResult::id, row -> row));
    assertThat(clauses.get("EO-5.1").passed()).isFalse();
    assertThat(clauses.get("EO-4.1").failures()).isEqualTo(1);
    assertThat(clauses.get("EO-1").failures()).isEqualTo(2);
    assertThat(clauses.get("EO-2.1").passed()).isTrue();
    assertThat(clauses.get("EO-2.1").result()).isEqualTo("PASS");
    assertThat(clauses.get("EO-5.1").result()).isEqualTo("FAIL");
    assertThat(report.exceptions().stream().filter(row -> !row.passed()).map(ClauseResult::id))
        .containsExactly("EO-1(c)", "EO-4.1(a)");
  }

  @Test
  void run_wrongRedaction_failsOnlyTheRedactingScenario() {
    Scenario redacting = ConformanceCatalog.scenario("C-011").orElseThrow();
    assertThat(redacting.expectedRedactions())
        .containsExactly(
            InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);
    CertificationAdapter forgetsBirthplace =
        request ->
            request.requestId().equals("C-011")
                ? Observation.of(Effect.PERMIT, List.of(InformationCategory.IMMIGRATION_STATUS))
                : CORRECT.decide(request);

    CertificationReport report = Certification.run(forgetsBirthplace, CLOCK);

    assertThat(report.failures()).hasSize(1);
    assertThat(report.failures().get(0).problem())
        .contains(
            "the redacted categories differ: expected [IMMIGRATION_STATUS, PLACE_OF_BIRTH],"
                + " observed [IMMIGRATION_STATUS]");
  }

  @Test
  void run_redactionsWhereNoneAreExpected_areNotHeldAgainstTheProduct() {
    CertificationAdapter overCautious =
        request -> {
          Observation right = CORRECT.decide(request);
          return Observation.of(right.effect(), List.of(InformationCategory.IMMIGRATION_STATUS));
        };
    CertificationReport report = Certification.run(overCautious, CLOCK);
    assertThat(report.failures())
        .allSatisfy(r -> assertThat(r.scenario().expectedRedactions()).isNotEmpty())
        .isNotEmpty();
  }

  @Test
  void run_throwingOrSilentAdapter_failsThoseScenariosAndGoesOn() {
    CertificationAdapter flaky =
        request -> {
          if (request.requestId().equals("C-001")) {
            throw new IllegalStateException("records system offline");
          }
          if (request.requestId().equals("C-002")) {
            return null;
          }
          return CORRECT.decide(request);
        };

    CertificationReport report = Certification.run(flaky, CLOCK);

    assertThat(report.failures()).hasSize(2);
    assertThat(report.failures().get(0).observed()).isEmpty();
    assertThat(report.failures().get(0).problem())
        .contains(
            "no observation: the adapter threw java.lang.IllegalStateException: records system"
                + " offline");
    assertThat(report.failures().get(1).problem())
        .contains("no observation: the adapter returned null");
  }

  @Test
  void writeTo_failingReport_writesJsonMarkdownAndSelfContainedHtml(@TempDir Path dir)
      throws IOException {
    CertificationReport report = Certification.run(MOSTLY_RIGHT, CLOCK);
    Path out = dir.resolve("nested/report");

    report.writeTo(out);

    String fingerprint = CHICAGO.info().fingerprint();
    JsonNode json = Json.STRICT.readTree(Files.readString(out.resolve("report.json")));
    assertThat(json.get("verdict").asText()).isEqualTo("NOT_CERTIFIED");
    assertThat(json.get("policy").get("fingerprint").asText()).isEqualTo(fingerprint);
    assertThat(json.get("library").get("version").asText()).isEqualTo(report.libraryVersion());
    assertThat(json.get("date").asText()).isEqualTo("2026-12-01T09:30:15Z");
    assertThat(json.get("summary").get("failed").asInt()).isEqualTo(3);
    assertThat(json.get("coverage").get("clauses").get("covered").asInt()).isEqualTo(14);
    assertThat(json.get("coverage").get("exceptions").get("total").asInt()).isEqualTo(23);
    assertThat(json.get("clauses")).hasSize(15);
    assertThat(json.get("failures").get(0).get("id").asText()).isEqualTo("C-029");
    assertThat(json.get("failures").get(0).get("observed").get("effect").asText())
        .isEqualTo("PERMIT");
    assertThat(json.get("failures").get(0).get("reasons").get(1).get("clauseText").asText())
        .startsWith("No one is held past release");
    assertThat(json.get("scenarios")).hasSize(report.results().size());

    String markdown = Files.readString(out.resolve("report.md"), StandardCharsets.UTF_8);
    assertThat(markdown)
        .contains("**Verdict: NOT CERTIFIED**")
        .contains("| Clause | Title | Scenarios | Passed | Failed | Result |")
        .contains("| EO-5.1 | No compliance with immigration detainers |")
        .contains("### C-029: Lockup")
        .contains(fingerprint);

    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<style>")
        .contains("@media print")
        .contains("<div class=\"verdict not-certified\" role=\"status\">NOT CERTIFIED</div>")
        .contains("<th>Clause</th><th>Title</th><th>Scenarios</th>")
        .contains("<td>EO-5.1</td><td>No compliance with immigration detainers</td>")
        .contains("<code>" + fingerprint + "</code>")
        .contains("2026-12-01 09:30:15 UTC")
        .contains("C-029: Lockup: an I-247A detainer")
        .contains("resident&#39;s")
        .doesNotContain("<script")
        .doesNotContain("src=")
        .doesNotContain("href=")
        .doesNotContain("@import")
        .doesNotContain("url(");
    // The verdict and the per-clause table come before the details.
    assertThat(html.indexOf("NOT CERTIFIED</div>")).isLessThan(html.indexOf("<h2>Clauses</h2>"));
    assertThat(html.indexOf("<h2>Clauses</h2>")).isLessThan(html.indexOf("<h2>Failures</h2>"));
  }

  @Test
  void toHtml_adapterExceptionWithMarkup_isEscaped() {
    CertificationAdapter hostile =
        request -> {
          throw new IllegalStateException("<script>alert('x')</script> & <b>");
        };
    CertificationReport report = Certification.run(hostile, CLOCK);
    assertThat(report.toHtml())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;");
    assertThat(report.toMarkdown()).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(report.verdictLine()).contains("and " + (report.results().size() - 10) + " more");
  }

  @Test
  void toMarkdown_certifiedReport_saysSoWithTheTables() {
    String markdown = Certification.run(CORRECT, CLOCK).toMarkdown();
    assertThat(markdown)
        .contains("**Verdict: CERTIFIED**")
        .contains("None: every scenario passed.")
        .contains("| EO-2.1(c) |")
        .contains("| (not governed) | Not governed |")
        .doesNotContain("FAIL");
  }

  @Test
  void scenarioRequests_areTheCatalogsOwn() {
    List<Request> seen = new ArrayList<>();
    Certification.run(
        request -> {
          seen.add(request);
          return CORRECT.decide(request);
        },
        CLOCK);
    assertThat(seen)
        .containsExactlyElementsOf(
            ConformanceCatalog.load().stream().map(Scenario::request).collect(Collectors.toList()));
  }
}
