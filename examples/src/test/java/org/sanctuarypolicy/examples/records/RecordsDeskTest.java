package org.sanctuarypolicy.examples.records;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;
import org.sanctuarypolicy.examples.desk.RecordFile;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

class RecordsDeskTest {
  private static final Instant NOW = Instant.parse("2025-06-02T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path dir;
  private Path file;
  private ComplianceRecord record;
  private RecordingPolicy policy;
  private RecordsDesk desk;
  private final ResidentRecord residentFile = RecordsDesk.sampleFiles().get(0);

  @BeforeEach
  void openRecord() {
    file = dir.resolve("record.db");
    record = ComplianceRecord.open(file.toString());
    policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, RecordsDesk.UNIT);
    desk = new RecordsDesk(policy, CLOCK, RecordsDesk.sampleFiles());
  }

  @AfterEach
  void closeRecord() {
    record.close();
  }

  private static RecordsRequest ask(
      Agency requester, Purpose purpose, Set<Paper> papers, Field... fields) {
    return new RecordsRequest("rec-1", requester, purpose, papers, "F-1001", Set.of(fields));
  }

  private static RecordsRequest iceAsksStatusAndAddress(Paper... papers) {
    return ask(
        Agency.ICE_ERO, Purpose.UNKNOWN, Set.of(papers), Field.IMMIGRATION_STATUS, Field.ADDRESS);
  }

  /** Each outcome on the record as "decisionSeq TYPE". */
  private Stream<String> outcomes() {
    return RecordFile.outcomes(file).stream().map(e -> e.decisionSeq() + " " + e.outcome());
  }

  @Test
  void handle_iceAsksStatusAndAddress_refusedRecordedAndDeclinedWithoutPersonalData() {
    Reply<ResidentRecord> reply = desk.handle(iceAsksStatusAndAddress());

    assertThat(reply.decision().orElseThrow().effect()).isEqualTo(Effect.DENY);
    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(reply.seq()).hasValue(1);
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.seq()).isEqualTo(1);
              assertThat(entry.unit()).isEqualTo("DOF-RECORDS-01");
              assertThat(entry.requestId()).isEqualTo("rec-1");
              assertThat(entry.effect()).isEqualTo("DENY");
              assertThat(entry.clauses()).containsExactly("EO-1", "EO-2.1", "EO-5.5");
              assertThat(entry.request().get("information").toString())
                  .isEqualTo("[\"IMMIGRATION_STATUS\",\"CONTACT_INFORMATION\"]");
            });
    assertThat(RecordFile.outcomes(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.decisionSeq()).isEqualTo(1);
              assertThat(entry.outcome()).isEqualTo("DECLINED");
              assertThat(entry.unit()).isEqualTo("DOF-RECORDS-01");
              assertThat(entry.occurredAt()).isEqualTo(NOW);
              assertThat(entry.to()).isEmpty();
              assertThat(entry.agency()).isEmpty();
            });
    assertThat(reply.steps())
        .contains(
            "Recorded request rec-1 for the city's reporting duties: entry 1 of the compliance"
                + " record, written before the desk acted.",
            "Recorded DECLINED (declined) on entry 1 of the compliance record.");
    String text = RecordFile.bodies(file) + String.join("\n", reply.steps());
    RecordsDesk.sampleFiles().stream()
        .flatMap(f -> Stream.concat(Stream.of(f.fileNumber()), f.values().values().stream()))
        .forEach(value -> assertThat(text).doesNotContain(value));
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void handle_stateAgencyAsksStatusAndCaseRecordsForCityService_releasesAllButStatusFields() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.STATE_AGENCY,
                Purpose.CITY_SERVICE,
                Set.of(),
                Field.NAME,
                Field.ADDRESS,
                Field.IMMIGRATION_STATUS,
                Field.PLACE_OF_BIRTH,
                Field.CASE_NOTES));

    assertThat(reply.decision().orElseThrow().effect()).isEqualTo(Effect.PERMIT);
    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.NAME, Field.ADDRESS, Field.CASE_NOTES)
        .containsEntry(Field.NAME, residentFile.values().get(Field.NAME))
        .containsEntry(Field.ADDRESS, residentFile.values().get(Field.ADDRESS))
        .containsEntry(Field.CASE_NOTES, residentFile.values().get(Field.CASE_NOTES));
    assertThat(reply.steps()).anyMatch(s -> s.contains("immigration status and place of birth"));
    assertThat(reply.seq()).isEmpty();
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_stateAgencyAsksStatusOnly_refusedWithConsentAmongRemediesAndNotRecorded() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(Agency.STATE_AGENCY, Purpose.CITY_SERVICE, Set.of(), Field.IMMIGRATION_STATUS));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(reply.decision().orElseThrow().remedies())
        .contains(Remedy.of(Authority.WRITTEN_CONSENT, Effect.PERMIT));
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_iceWithCourtOrder_preparesWholeReleaseUntilLawDepartmentVerifiesAndRecordsReferral() {
    Reply<ResidentRecord> reply = desk.handle(iceAsksStatusAndAddress(Paper.COURT_ORDER));

    assertThat(reply.decision().orElseThrow().effect()).isEqualTo(Effect.PERMIT);
    assertThat(reply.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.IMMIGRATION_STATUS, Field.ADDRESS);
    assertThat(reply.steps())
        .anyMatch(s -> s.startsWith("Prepared") && s.contains("Law Department confirms"))
        .anyMatch(s -> s.contains("Sent a court order to the Law Department"))
        .anyMatch(s -> s.contains("release only the fields a court order covers"));
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.clauses()).containsExactly("EO-1(a)", "EO-2.1(a)", "EO-5.5(a)"));
    assertThat(outcomes()).containsExactly("1 REFERRED");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void lawDepartmentConfirms_preparedRelease_releasesAndRecordsActedWithinAuthority() {
    desk.handle(iceAsksStatusAndAddress(Paper.COURT_ORDER));

    Reply<ResidentRecord> confirmed = desk.lawDepartmentConfirms("rec-1");

    assertThat(confirmed.release().orElseThrow().values())
        .containsOnlyKeys(Field.IMMIGRATION_STATUS, Field.ADDRESS);
    assertThat(confirmed.seq()).hasValue(1);
    assertThat(confirmed.steps())
        .containsExactly(
            "The Law Department confirmed a court order: released the file's address and"
                + " immigration status, only as far as the papers cover them.",
            "Recorded ACTED_WITHIN_AUTHORITY (acted within what allowed it) on entry 1 of the"
                + " compliance record.");
    assertThat(outcomes()).containsExactly("1 REFERRED", "1 ACTED_WITHIN_AUTHORITY");
    assertThat(RecordFile.outcomes(file))
        .allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(NOW));
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void lawDepartmentRejects_preparedRelease_releasesNothingAndRecordsDeclined() {
    desk.handle(iceAsksStatusAndAddress(Paper.COURT_ORDER));

    Reply<ResidentRecord> rejected = desk.lawDepartmentRejects("rec-1");

    assertThat(rejected.release()).isEmpty();
    assertThat(rejected.steps().get(0))
        .startsWith("The Law Department did not confirm a court order");
    assertThat(outcomes()).containsExactly("1 REFERRED", "1 DECLINED");
    assertThatThrownBy(() -> desk.lawDepartmentConfirms("rec-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rec-1 awaits no verification");
  }

  @Test
  void lawDepartmentConfirms_refusedRequest_throwsAndRecordsNothingMore() {
    desk.handle(iceAsksStatusAndAddress());

    assertThatThrownBy(() -> desk.lawDepartmentConfirms("rec-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requestId: rec-1");
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_courtWithJudicialSubpoena_preparedWithoutRecordAndReleasedWithoutOutcome() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.COURT,
                Purpose.LITIGATION,
                Set.of(Paper.JUDICIAL_SUBPOENA),
                Field.PLACE_OF_BIRTH,
                Field.CASE_NOTES));

    assertThat(reply.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.PLACE_OF_BIRTH, Field.CASE_NOTES);
    assertThat(desk.lawDepartmentConfirms("rec-1").steps())
        .singleElement()
        .asString()
        .startsWith("The Law Department confirmed a subpoena issued by a court");
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_uscisWithSignedConsentForOwnApplication_releasesWithinConsent() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.USCIS,
                Purpose.SUBJECT_BENEFIT,
                Set.of(Paper.SIGNED_CONSENT),
                Field.NAME,
                Field.IMMIGRATION_STATUS,
                Field.CASE_NOTES));

    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release().orElseThrow().values())
        .containsOnlyKeys(Field.NAME, Field.IMMIGRATION_STATUS, Field.CASE_NOTES);
    assertThat(reply.steps())
        .anyMatch(s -> s.contains("release only the fields the person's signed consent covers"));
  }

  @Test
  void handle_iceWithSignedConsent_refusedAndDeclinedOnTheRecord() {
    Reply<ResidentRecord> reply = desk.handle(iceAsksStatusAndAddress(Paper.SIGNED_CONSENT));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_hsiClaimsCriminalInvestigationForAnAddress_refusedAndDeclined() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                Field.ADDRESS,
                Field.CRIMINAL_HISTORY));

    assertThat(reply.decision().orElseThrow().effect()).isEqualTo(Effect.DENY);
    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(desk.referrals()).isEmpty();
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).containsExactly("EO-1(d)", "EO-5.5"));
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_hsiClaimsCriminalInvestigation_heldReferredAndRecordedAsReferred() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                Field.CRIMINAL_HISTORY,
                Field.CASE_NOTES));

    assertThat(reply.decision().orElseThrow().effect()).isEqualTo(Effect.ESCALATE);
    assertThat(reply.course()).isEqualTo(Course.HOLD_AND_REFER);
    assertThat(reply.release()).isEmpty();
    assertThat(desk.referrals()).containsExactly("rec-1");
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(entry -> assertThat(entry.effect()).isEqualTo("ESCALATE"));
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void handle_residentAsksForWholeFile_releasesWholeFileWithoutRecord() {
    Reply<ResidentRecord> reply =
        desk.handle(
            ask(
                Agency.RESIDENT,
                Purpose.SUBJECT_BENEFIT,
                Set.of(),
                EnumSet.allOf(Field.class).toArray(Field[]::new)));

    assertThat(reply.decision().orElseThrow().governed()).isFalse();
    assertThat(reply.release().orElseThrow()).isEqualTo(residentFile);
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_researcherAsksForCount_countReleased() {
    Reply<Statistics> reply =
        desk.handle(new StatisticsRequest("stat-1", Agency.PRIVATE_PARTY, Purpose.UNKNOWN));

    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release()).contains(new Statistics(2));
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_iceAsksForCount_refusedRecordedAndDeclined() {
    Reply<Statistics> reply =
        desk.handle(new StatisticsRequest("stat-2", Agency.ICE_ERO, Purpose.UNKNOWN));

    assertThat(reply.course()).isEqualTo(Course.REFUSE);
    assertThat(reply.release()).isEmpty();
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.requestId()).isEqualTo("stat-2");
              assertThat(entry.request().get("information").toString())
                  .isEqualTo("[\"AGGREGATE_STATISTICS\"]");
            });
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_unknownFile_throwsNamingTheFieldAndRecordsNothing() {
    RecordsRequest asked =
        new RecordsRequest(
            "rec-9", Agency.ICE_ERO, Purpose.UNKNOWN, Set.of(), "F-0000", Set.of(Field.NAME));

    assertThatThrownBy(() -> desk.handle(asked))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fileNumber")
        .hasMessageContaining("F-0000");
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_recordCannotBeWritten_releasesNothingAndSaysSo() {
    record.close();

    Reply<ResidentRecord> reply = desk.handle(iceAsksStatusAndAddress(Paper.COURT_ORDER));

    assertThat(reply.course()).isEqualTo(Course.NOT_RECORDED);
    assertThat(reply.decision()).isEmpty();
    assertThat(reply.seq()).isEmpty();
    assertThat(reply.release()).isEmpty();
    assertThat(reply.steps())
        .containsExactly(
            "Released nothing on request rec-1: the compliance record could not be written (the"
                + " record is closed), and the desk never acts on a decision that is not on the"
                + " record.",
            "Keep the request and enter it again once the record is back; tell the requester the"
                + " answer is delayed.");
    assertThatThrownBy(() -> desk.lawDepartmentConfirms("rec-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_recordCannotBeWrittenAndDecisionNotReportable_releasesAsUsual() {
    record.close();

    Reply<ResidentRecord> reply =
        desk.handle(ask(Agency.RESIDENT, Purpose.SUBJECT_BENEFIT, Set.of(), Field.NAME));

    assertThat(reply.course()).isEqualTo(Course.ACT);
    assertThat(reply.release().orElseThrow().values()).containsOnlyKeys(Field.NAME);
  }

  @Test
  void lawDepartmentConfirms_recordClosedAfterTheDecision_releasesAndSaysWhatToRecordLater() {
    desk.handle(iceAsksStatusAndAddress(Paper.COURT_ORDER));
    record.close();

    Reply<ResidentRecord> confirmed = desk.lawDepartmentConfirms("rec-1");

    assertThat(confirmed.release()).isPresent();
    assertThat(confirmed.steps())
        .last()
        .isEqualTo(
            "Could not record ACTED_WITHIN_AUTHORITY (acted within what allowed it) on entry 1:"
                + " the compliance record could not be written (the record is closed). What was"
                + " done stands. Have a supervisor record it once the record is back: policy-cli"
                + " record outcome --record URL --seq 1 --outcome ACTED_WITHIN_AUTHORITY --at"
                + " 2025-06-02T15:00:00Z.");
    assertThat(outcomes()).containsExactly("1 REFERRED");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void walkthrough_everyCase_printsItsDecisionAndRecordsReportableOnesWithoutPersonalData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RecordsDesk.walkthrough(new PrintStream(bytes, true, UTF_8), policy, CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Records-request desk")
        .contains("as unit DOF-RECORDS-01")
        .contains("## 3. The Law Department confirms the order")
        .contains("## 8. ICE asks for the same count")
        .contains("Decision: DENY, refused.")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("Released the file's name and case notes.")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Released the count of files (2).")
        .contains("## 9. HSI asks for an address, citing the same investigation")
        .contains("EO-5.5 (refused)")
        .contains("Waiting for the Law Department: [rec-05]");
    assertThat(out).doesNotContain("Temporary Protected Status", "Ana Reyes Morales");
    assertThat(RecordFile.decisions(file))
        .extracting(e -> e.seq() + " " + e.requestId() + " " + e.unit())
        .containsExactly(
            "1 rec-01 DOF-RECORDS-01",
            "3 rec-02 DOF-RECORDS-01",
            "6 rec-05 DOF-RECORDS-01",
            "8 rec-07 DOF-RECORDS-01",
            "10 rec-08 DOF-RECORDS-01");
    assertThat(outcomes())
        .containsExactly(
            "1 DECLINED",
            "3 REFERRED",
            "3 ACTED_WITHIN_AUTHORITY",
            "6 REFERRED",
            "8 DECLINED",
            "10 DECLINED");
    assertThat(RecordFile.bodies(file)).doesNotContain("Temporary Protected Status", "F-1001");
    assertThat(record.verify().verified()).isTrue();
  }
}
