package org.sanctuarypolicy.examples.vendor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.Certification;
import org.sanctuarypolicy.testkit.CertificationReport;
import org.sanctuarypolicy.testkit.ConformanceCatalog;
import org.sanctuarypolicy.testkit.Scenario;
import org.sanctuarypolicy.testkit.ScenarioResult;

/**
 * The non-compliant release: its report names exactly the scenarios its two shortcuts break,
 * computed here from the catalog, in the order's vocabulary, without the product's code.
 */
class LegacyRecordsGatewayTest {
  /** Whether a request reaches one of the two shortcuts, as the product's docs describe them. */
  private static boolean triggersAShortcut(Request request) {
    if (request.action() != Action.DISCLOSE_INFORMATION) {
      return false;
    }
    boolean releaseQuestionWithDetainer =
        request.authorities().contains(Authority.IMMIGRATION_DETAINER)
            && (request.information().contains(InformationCategory.CUSTODY_STATUS)
                || request.information().contains(InformationCategory.RELEASE_INFORMATION));
    boolean immigrationSubpoena =
        request.authorities().contains(Authority.ADMINISTRATIVE_SUBPOENA)
            && (request.counterparty() == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
                || request.counterparty() == Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS);
    return releaseQuestionWithDetainer || immigrationSubpoena;
  }

  /**
   * Whether releasing every field asked for (PERMIT, nothing withheld) fails the scenario: the
   * expected effect is not PERMIT, or the order withholds categories.
   */
  private static boolean releasingEverythingFails(Scenario scenario) {
    return scenario.expected().effect() != Effect.PERMIT
        || !scenario.expectedRedactions().isEmpty();
  }

  private static ImmutableSet<String> expectedFailures() {
    return ConformanceCatalog.load().stream()
        .filter(scenario -> triggersAShortcut(scenario.request()))
        .filter(LegacyRecordsGatewayTest::releasingEverythingFails)
        .map(Scenario::id)
        .collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableSet<String> failures(CertificationReport report) {
    return report.failures().stream()
        .map(result -> result.scenario().id())
        .collect(ImmutableSet.toImmutableSet());
  }

  @Test
  void certificationRun_legacyGateway_failsExactlyTheScenariosItsShortcutsBreak(@TempDir Path dir)
      throws Exception {
    ImmutableSet<String> expected = expectedFailures();
    long triggered =
        ConformanceCatalog.load().stream().filter(s -> triggersAShortcut(s.request())).count();

    CertificationReport report = Certification.run(GatewayAdapter.legacy());
    report.writeTo(dir);

    assertThat(expected).isNotEmpty().contains("C-021", "C-037");
    assertThat(triggered)
        .as("some scenarios reach a shortcut and pass anyway: the order permits them")
        .isGreaterThan(expected.size());
    assertThat(report.certified()).isFalse();
    assertThat(failures(report)).isEqualTo(expected);
    for (ScenarioResult failure : report.failures()) {
      assertThat(failure.problem()).hasValueSatisfying(p -> assertThat(p).contains("observed"));
    }
    String markdown = Files.readString(dir.resolve("report.md"), UTF_8);
    String html = Files.readString(dir.resolve("report.html"), UTF_8);
    assertThat(html).contains("NOT CERTIFIED");
    for (String id : expected) {
      assertThat(markdown).contains(id);
      assertThat(html).contains("id=\"" + id + "\"");
    }
  }

  @Test
  void handle_requestNoShortcutReaches_answersAsTheCurrentGateway() {
    Inquiry inquiry =
        new Inquiry(
            "t-1",
            Requester.ICE_ERO,
            StatedReason.NOT_STATED,
            Set.of(Attachment.DETAINER),
            Ask.RELEASE_RECORDS,
            Set.of(RecordField.HOME_ADDRESS),
            false);

    GatewayReply legacy =
        LegacyRecordsGateway.installedAt(Installation.CITY_DEPARTMENT).handle(inquiry);

    assertThat(LegacyRecordsGateway.detainerNotification(inquiry)).isFalse();
    assertThat(legacy)
        .isEqualTo(RecordsGateway.installedAt(Installation.CITY_DEPARTMENT).handle(inquiry));
    assertThat(legacy.outcome()).isEqualTo(Outcome.REFUSED);
  }

  @Test
  void handle_releaseDateAskedWithADetainer_releasesEverything() {
    Inquiry inquiry =
        new Inquiry(
            "t-2",
            Requester.ICE_ERO,
            StatedReason.NOT_STATED,
            Set.of(Attachment.DETAINER),
            Ask.RELEASE_RECORDS,
            Set.of(RecordField.RELEASE_DATE, RecordField.CITIZENSHIP_OR_STATUS),
            false);

    GatewayReply reply =
        LegacyRecordsGateway.installedAt(Installation.CITY_DEPARTMENT).handle(inquiry);

    assertThat(reply.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(reply.released())
        .containsExactlyInAnyOrder(RecordField.RELEASE_DATE, RecordField.CITIZENSHIP_OR_STATUS);
    assertThat(reply.withheld()).isEmpty();
  }

  @Test
  void certify_legacyGateway_printsTheVerdictAndEveryFailingId() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CertificationReport report =
        RecordsGateway.certify(
            GatewayAdapter.legacy(), new String[0], new PrintStream(bytes, true, UTF_8));

    assertThat(bytes.toString(UTF_8).lines())
        .containsExactly(
            report.verdictLine(),
            "failing scenarios: " + String.join(", ", expectedFailures().asList()));
    assertThat(report.verdictLine()).startsWith("NOT CERTIFIED");
  }
}
