package org.sanctuarypolicy.examples.vendor;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.testkit.Certification;
import org.sanctuarypolicy.testkit.CertificationReport;
import org.sanctuarypolicy.testkit.Observation;
import org.sanctuarypolicy.testkit.Verdict;

/** The sample vendor product: certified, and doing what it says in its own terms. */
class RecordsGatewayTest {
  private static final RecordsGateway DEPARTMENT =
      RecordsGateway.installedAt(Installation.CITY_DEPARTMENT);

  private static Inquiry records(
      Requester requester, StatedReason reason, Set<Attachment> papers, Set<RecordField> fields) {
    return new Inquiry("t-1", requester, reason, papers, Ask.RELEASE_RECORDS, fields, false);
  }

  @Test
  void certificationRun_currentGateway_isCertified() {
    CertificationReport report = Certification.run(GatewayAdapter.current());

    assertThat(report.failures()).isEmpty();
    assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIED);
    assertThat(report.certified()).isTrue();
  }

  @Test
  void handle_stateAgencyAsksForNameAndStatus_releasesTheNameAndWithholdsTheStatus() {
    GatewayReply reply =
        DEPARTMENT.handle(
            records(
                Requester.STATE_OR_LOCAL,
                StatedReason.CITY_BUSINESS,
                Set.of(),
                Set.of(RecordField.NAME, RecordField.CITIZENSHIP_OR_STATUS)));

    assertThat(reply.outcome()).isEqualTo(Outcome.APPROVED);
    assertThat(reply.released()).containsExactly(RecordField.NAME);
    assertThat(reply.withheld()).containsExactly(RecordField.CITIZENSHIP_OR_STATUS);
    assertThat(GatewayAdapter.observation(reply))
        .isEqualTo(Observation.of(Effect.PERMIT, Set.of(InformationCategory.IMMIGRATION_STATUS)));
  }

  @Test
  void handle_iceWithAnImmigrationJudgesOrder_refusesAndSaysWhatWouldChangeIt() {
    GatewayReply reply =
        DEPARTMENT.handle(
            records(
                Requester.CBP,
                StatedReason.IMMIGRATION_CASE,
                Set.of(Attachment.IMMIGRATION_JUDGE_ORDER),
                Set.of(RecordField.HOME_ADDRESS)));

    assertThat(reply.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(reply.released()).isEmpty();
    assertThat(reply.notes())
        .anyMatch(note -> note.startsWith("DENY under EO-1"))
        .anyMatch(note -> note.contains("a warrant signed by a judge (PERMIT)"));
  }

  @Test
  void handle_courtOrder_approvesOnlyAfterVerification() {
    GatewayReply reply =
        DEPARTMENT.handle(
            records(
                Requester.ICE_ERO,
                StatedReason.IMMIGRATION_CASE,
                Set.of(Attachment.COURT_ORDER),
                Set.of(RecordField.RELEASE_DATE)));

    assertThat(reply.outcome()).isEqualTo(Outcome.APPROVED_AFTER_VERIFICATION);
    assertThat(reply.released()).containsExactly(RecordField.RELEASE_DATE);
  }

  @Test
  void handle_sisterAgencyAsksWithoutPapers_refersToCounsel() {
    GatewayReply reply =
        RecordsGateway.installedAt(Installation.SISTER_AGENCY)
            .handle(
                new Inquiry(
                    "t-2",
                    Requester.ICE_ERO,
                    StatedReason.NOT_STATED,
                    Set.of(),
                    Ask.USE_SPACE,
                    Set.of(),
                    false));

    assertThat(reply.outcome()).isEqualTo(Outcome.REFERRED_TO_COUNSEL);
    assertThat(GatewayAdapter.observation(reply)).isEqualTo(Observation.of(Effect.ESCALATE));
  }

  @Test
  void inquiry_fieldsWithAnotherAsk_isRejected() {
    assertThatThrownBy(
            () ->
                new Inquiry(
                    "t-3",
                    Requester.COURT,
                    StatedReason.NOT_STATED,
                    Set.of(),
                    Ask.VISIT_PERSON,
                    Set.of(RecordField.NAME),
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fields");
  }

  @Test
  void certify_currentGateway_printsTheVerdictNoFailingIdAndWritesTheReport(@TempDir Path dir)
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CertificationReport report =
        RecordsGateway.certify(
            GatewayAdapter.current(),
            new String[] {dir.toString()},
            new PrintStream(bytes, true, UTF_8));

    assertThat(bytes.toString(UTF_8).lines())
        .containsExactly(
            report.verdictLine(),
            "failing scenarios: none",
            "report: " + dir.resolve("report.html"));
    assertThat(report.verdictLine()).startsWith("CERTIFIED");
    assertThat(dir.resolve("report.json")).isRegularFile();
  }
}
