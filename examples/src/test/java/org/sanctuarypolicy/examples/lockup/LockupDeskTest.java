package org.sanctuarypolicy.examples.lockup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;
import org.sanctuarypolicy.examples.desk.RecordFile;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

class LockupDeskTest {
  private static final Instant NOW = Instant.parse("2025-06-02T15:00:00Z");
  private static final Instant BAIL_AT = Instant.parse("2025-06-02T19:10:00Z");
  private static final Instant RELEASE_AT = Instant.parse("2025-06-02T21:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Purpose CIVIL = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
  private static final String NOT_OBSTRUCT =
      "Told officers: decline, but never physically interfere with the agents.";

  @TempDir Path dir;
  private Path file;
  private ComplianceRecord record;
  private RecordingPolicy policy;
  private LockupDesk desk;

  @BeforeEach
  void openRecord() {
    file = dir.resolve("record.db");
    record = ComplianceRecord.open(file.toString());
    policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, LockupDesk.UNIT);
    desk = new LockupDesk(policy, CLOCK, LockupDesk.sampleCustody());
  }

  @AfterEach
  void closeRecord() {
    record.close();
  }

  private Answer handle(Agency from, Ask ask, Purpose purpose, Paper... papers) {
    return handle("lk-1", from, ask, purpose, papers);
  }

  private Answer handle(String id, Agency from, Ask ask, Purpose purpose, Paper... papers) {
    return desk.handle(
        new LockupRequest(id, from, ask, purpose, ImmutableSet.copyOf(papers), "CB-2291"));
  }

  /** Each outcome on the record as "decisionSeq TYPE". */
  private Stream<String> outcomes() {
    return RecordFile.outcomes(file).stream().map(e -> e.decisionSeq() + " " + e.outcome());
  }

  @ParameterizedTest
  @EnumSource(
      value = Paper.class,
      names = {"I_247A", "I_200", "I_205", "IMMIGRATION_JUDGE_ORDER", "ICE_SUBPOENA"})
  void handle_holdOnNonJudicialPaper_refusedReleasedOnScheduleRecordedAndDeclined(Paper paper) {
    Answer answer = handle(Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A, paper);

    assertThat(answer.decision().orElseThrow().effect()).isEqualTo(Effect.DENY);
    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.seq()).hasValue(1);
    assertThat(answer.steps())
        .contains("Kept the release of CB-2291 today at 16:00, not a minute later.", NOT_OBSTRUCT)
        .contains(
            "Recorded request lk-1 for the city's reporting duties: entry 1 of the compliance"
                + " record, written before the lockup acted.",
            "Recorded DECLINED (declined) on entry 1 of the compliance record.");
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.unit()).isEqualTo("CPD-LOCKUP-018");
              assertThat(entry.requestId()).isEqualTo("lk-1");
              assertThat(entry.clauses()).contains("EO-5.1");
              assertThat(entry.request().get("action").asText()).isEqualTo("HOLD_ON_DETAINER");
              assertThat(entry.request().get("authorities").toString())
                  .contains("IMMIGRATION_DETAINER");
            });
    assertThat(RecordFile.outcomes(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.decisionSeq()).isEqualTo(1);
              assertThat(entry.outcome()).isEqualTo("DECLINED");
              assertThat(entry.occurredAt()).isEqualTo(NOW);
            });
    assertThat(record.verify().verified()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Paper.class,
      names = {"JUDICIAL_WARRANT", "COURT_ORDER"})
  void handle_holdOnJudicialProcess_holdsOnlyOnceLawDepartmentConfirmsAndRecordsReferral(
      Paper paper) {
    Answer answer = handle(Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A, paper);

    assertThat(answer.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(answer.steps())
        .first()
        .asString()
        .startsWith("Will hold the person past the release time only once the Law Department");
    assertThat(answer.steps())
        .contains(
            "Kept the release of CB-2291 today at 16:00, unless the Law Department confirms the"
                + " warrant before then.")
        .anyMatch(s -> s.startsWith("Sent " + paper.label() + " to the Law Department"))
        .anyMatch(s -> s.startsWith("Told the watch commander: do only what " + paper.label()));
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void handle_iceAsksReleaseDateUnderDetainer_refusedWithoutObstructionNotice() {
    Answer answer = handle(Agency.ICE_ERO, Ask.RELEASE_DATE, CIVIL, Paper.I_247A);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-5.1");
    assertThat(answer.decision().orElseThrow().obligation(ObligationType.DO_NOT_OBSTRUCT))
        .isEmpty();
    assertThat(answer.steps()).doesNotContain(NOT_OBSTRUCT).noneMatch(s -> s.contains("16:00"));
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_stateAgencyAsksCustodyStatusUnderDetainer_refusedAndRecordedAsDetainerReceived() {
    Answer answer =
        handle(
            Agency.STATE_POLICE, Ask.CUSTODY_STATUS, Purpose.CRIMINAL_INVESTIGATION, Paper.I_247A);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .containsExactly("EO-1", "EO-5.1");
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(entry -> assertThat(entry.body().get("nexus").asText()).isEqualTo("CONFIRMED"));
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_iceAsksTransferOnWarrantOfRemoval_refusedWithObstructionNotice() {
    Answer answer = handle(Agency.ICE_ERO, Ask.TRANSFER, CIVIL, Paper.I_205);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-5.3");
    assertThat(answer.steps()).contains(NOT_OBSTRUCT);
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_iceAsksTransferOnJudicialWarrant_transfersOnlyOnceLawDepartmentConfirms() {
    Answer answer = handle(Agency.ICE_ERO, Ask.TRANSFER, CIVIL, Paper.JUDICIAL_WARRANT);

    assertThat(answer.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(answer.steps()).noneMatch(s -> s.startsWith("Handed"));
    assertThat(outcomes()).containsExactly("1 REFERRED");
    assertThat(handle("lk-2", Agency.RESIDENT, Ask.RELEASE_DATE, Purpose.SUBJECT_BENEFIT).course())
        .isEqualTo(Course.ACT);
  }

  @Test
  void handle_iceAsksInterview_refusedWithObstructionNotice() {
    Answer answer = handle(Agency.ICE_HSI, Ask.INTERVIEW, Purpose.UNKNOWN);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-5.4");
    assertThat(answer.steps()).contains(NOT_OBSTRUCT);
  }

  @Test
  void handle_iceAsksArrestOnAdministrativeWarrant_refused() {
    Answer answer = handle(Agency.ICE_ERO, Ask.ARREST_AT_RELEASE, CIVIL, Paper.I_200);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-5.2");
  }

  @Test
  void handle_fbiAsksInterviewWithoutPurpose_heldReferredAndRecordedAsReferred() {
    Answer answer = handle(Agency.FBI, Ask.INTERVIEW, Purpose.UNKNOWN);

    assertThat(answer.course()).isEqualTo(Course.HOLD_AND_REFER);
    assertThat(desk.referrals()).containsExactly("lk-1");
    assertThat(answer.steps()).noneMatch(s -> s.startsWith("Arranged"));
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void handle_lawyerAsksReleaseDate_answeredWithoutRecord() {
    Answer answer = handle(Agency.PRIVATE_PARTY, Ask.RELEASE_DATE, Purpose.SUBJECT_BENEFIT);

    assertThat(answer.course()).isEqualTo(Course.ACT);
    assertThat(answer.steps()).containsExactly("Answered: release is due today at 16:00.");
    assertThat(answer.seq()).isEmpty();
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_marshalsWithFederalWrit_handedOverAndNoLongerInCustody() {
    Answer answer =
        handle(Agency.US_MARSHALS, Ask.TRANSFER, Purpose.CRIMINAL_INVESTIGATION, Paper.COURT_ORDER);

    assertThat(answer.decision().orElseThrow().governed()).isFalse();
    assertThat(answer.steps()).containsExactly("Handed CB-2291 over.");
    assertThat(RecordFile.read(file)).isEmpty();
    assertThatThrownBy(() -> desk.release("CB-2291", RELEASE_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody in custody under CB-2291");
  }

  @Test
  void release_afterDetainerAndWarrantsRefused_recordsReleasedOnEachDetainerAndWarrantOnly() {
    handle("lk-1", Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A);
    handle("lk-2", Agency.ICE_ERO, Ask.INTERVIEW, Purpose.UNKNOWN);
    handle("lk-3", Agency.ICE_ERO, Ask.ARREST_AT_RELEASE, CIVIL, Paper.I_200);

    ImmutableList<String> steps = desk.release("CB-2291", RELEASE_AT);

    assertThat(steps)
        .containsExactly(
            "Released CB-2291 under ordinary process, held for no one: no detainer or immigration"
                + " warrant keeps anyone past release.",
            "Recorded RELEASED (released under ordinary process, held for no one) on entries 1"
                + " and 5 of the compliance record.");
    assertThat(RecordFile.outcomes(file))
        .filteredOn(e -> e.outcome().equals("RELEASED"))
        .extracting(
            e -> e.decisionSeq() + " " + e.requestId() + " " + e.unit() + " " + e.occurredAt())
        .containsExactly(
            "1 lk-1 CPD-LOCKUP-018 2025-06-02T21:00:00Z",
            "5 lk-3 CPD-LOCKUP-018 2025-06-02T21:00:00Z");
    assertThatThrownBy(() -> handle("lk-4", Agency.ICE_ERO, Ask.RELEASE_DATE, CIVIL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody in custody under CB-2291");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void bailPosted_thenSheriffTakesCustodyOnJudgesWarrant_recordsBailThenTransferToTheSheriff() {
    handle("lk-1", Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A);

    ImmutableList<String> bail = desk.bailPosted("CB-2291", BAIL_AT);
    Answer transfer =
        handle(
            "lk-2",
            Agency.COUNTY_SHERIFF,
            Ask.TRANSFER,
            Purpose.CRIMINAL_INVESTIGATION,
            Paper.JUDICIAL_WARRANT);

    assertThat(bail)
        .containsExactly(
            "Took the bail posted for CB-2291; the release follows under ordinary process,"
                + " whatever detainer is on file.",
            "Recorded BAIL_POSTED (the person posted bail) on entry 1 of the compliance record.");
    assertThat(transfer.course()).isEqualTo(Course.ACT);
    assertThat(transfer.seq()).isEmpty();
    assertThat(transfer.steps())
        .containsExactly(
            "Handed CB-2291 over.",
            "Recorded TRANSFERRED (handed over to another agency's custody: COOK-COUNTY-SHERIFF,"
                + " a state or local agency) on entry 1 of the compliance record.");
    assertThat(RecordFile.decisions(file)).extracting(e -> e.requestId()).containsExactly("lk-1");
    assertThat(RecordFile.outcomes(file))
        .extracting(
            e ->
                e.decisionSeq()
                    + " "
                    + e.outcome()
                    + " "
                    + e.to().orElse("-")
                    + " "
                    + e.agency().orElse("-")
                    + " "
                    + e.occurredAt())
        .containsExactly(
            "1 DECLINED - - 2025-06-02T15:00:00Z",
            "1 BAIL_POSTED - - 2025-06-02T19:10:00Z",
            "1 TRANSFERRED STATE_OR_LOCAL_AGENCY COOK-COUNTY-SHERIFF 2025-06-02T15:00:00Z");
    assertThatThrownBy(() -> desk.bailPosted("CB-2291", BAIL_AT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody in custody under CB-2291");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void release_noDetainerReceived_releasesWithoutOutcome() {
    assertThat(desk.release("CB-2304", RELEASE_AT)).hasSize(1);
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_recordCannotBeWritten_doesNothingOnTheRequestAndKeepsTheReleaseOnSchedule() {
    record.close();

    Answer answer = handle(Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A);

    assertThat(answer.course()).isEqualTo(Course.NOT_RECORDED);
    assertThat(answer.decision()).isEmpty();
    assertThat(answer.seq()).isEmpty();
    assertThat(answer.steps())
        .containsExactly(
            "Did nothing on request lk-1: the compliance record could not be written (the record"
                + " is closed), and the lockup never acts on a decision that is not on the"
                + " record.",
            "Nobody may hold the person past the release time on this request until it is"
                + " recorded and decided: enter it again once the record is back, and tell ICE"
                + " Enforcement and Removal Operations it waits.",
            "Release CB-2291 today at 16:00 as scheduled, whatever becomes of this request:"
                + " nobody is held past their release for ICE, recorded or not.");
    assertThat(desk.release("CB-2291", RELEASE_AT)).first().asString().startsWith("Released");
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void release_recordClosedAfterTheDetainers_releasesAnywayAndSaysWhatToRecordLater() {
    handle("lk-1", Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A);
    handle("lk-2", Agency.ICE_ERO, Ask.TRANSFER, CIVIL, Paper.I_205);
    record.close();

    ImmutableList<String> steps = desk.release("CB-2291", RELEASE_AT);

    assertThat(steps)
        .containsExactly(
            "Released CB-2291 under ordinary process, held for no one: no detainer or immigration"
                + " warrant keeps anyone past release.",
            "Could not record RELEASED (released under ordinary process, held for no one) on"
                + " entries 1 and 3: the compliance record could not be written (the record is"
                + " closed). What was done stands. Have a supervisor record it once the record is"
                + " back: policy-cli record outcome --record URL --seq N --outcome RELEASED --at"
                + " 2025-06-02T21:00:00Z, for N = 1 and 3.");
    assertThat(outcomes()).containsExactly("1 DECLINED", "3 DECLINED");
    assertThatThrownBy(() -> desk.release("CB-2291", RELEASE_AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void handle_everyRefusal_carriesObstructionNoticeExactlyWhenDecisionDoes() {
    List<Answer> refusals = new ArrayList<>();
    int id = 0;
    for (Ask ask : Ask.values()) {
      for (Agency from : Agency.values()) {
        for (Paper paper : Paper.values()) {
          LockupDesk fresh = new LockupDesk(policy, CLOCK, LockupDesk.sampleCustody());
          Answer answer =
              fresh.handle(
                  new LockupRequest(
                      "lk-" + id++, from, ask, Purpose.UNKNOWN, Set.of(paper), "CB-2291"));
          if (answer.course() == Course.REFUSE) {
            refusals.add(answer);
          }
        }
      }
    }

    assertThat(refusals).isNotEmpty();
    assertThat(refusals)
        .allSatisfy(
            answer ->
                assertThat(answer.steps().contains(NOT_OBSTRUCT))
                    .isEqualTo(
                        answer
                            .decision()
                            .orElseThrow()
                            .obligation(ObligationType.DO_NOT_OBSTRUCT)
                            .isPresent()));
    assertThat(refusals).anyMatch(answer -> answer.steps().contains(NOT_OBSTRUCT));
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void walkthrough_everyCase_printsItsDecisionAndRecordsDecisionsAndWhatBecameOfEachPerson() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LockupDesk.walkthrough(new PrintStream(bytes, true, UTF_8), policy, CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Lockup detainer desk")
        .contains("as unit CPD-LOCKUP-018")
        .contains("## 1. An I-247A detainer asks for a 48-hour hold")
        .contains("Kept the release of CB-2291 today at 16:00, not a minute later.")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("EO-5.4 (refused)")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Answered: release is due today at 16:00.")
        .contains("## 13. The Cook County Sheriff brings a judge's warrant")
        .contains("Waiting for the Law Department: [lk-08].")
        .doesNotContain("Jorge Castillo Ruiz")
        .doesNotContain("Ramon Diaz Herrera");
    assertThat(RecordFile.decisions(file))
        .extracting(e -> e.seq() + " " + e.requestId() + " " + e.unit())
        .containsExactly(
            "1 lk-01 CPD-LOCKUP-018",
            "3 lk-02 CPD-LOCKUP-018",
            "5 lk-03 CPD-LOCKUP-018",
            "7 lk-04 CPD-LOCKUP-018",
            "9 lk-05 CPD-LOCKUP-018",
            "11 lk-06 CPD-LOCKUP-018",
            "13 lk-07 CPD-LOCKUP-018",
            "15 lk-08 CPD-LOCKUP-018",
            "23 lk-10 CPD-LOCKUP-018");
    assertThat(outcomes())
        .containsExactly(
            "1 DECLINED",
            "3 DECLINED",
            "5 REFERRED",
            "7 DECLINED",
            "9 DECLINED",
            "11 DECLINED",
            "13 DECLINED",
            "15 REFERRED",
            "1 RELEASED",
            "3 RELEASED",
            "5 RELEASED",
            "7 RELEASED",
            "9 RELEASED",
            "11 RELEASED",
            "23 DECLINED",
            "23 BAIL_POSTED",
            "23 TRANSFERRED");
    assertThat(RecordFile.outcomes(file))
        .last()
        .satisfies(
            entry -> {
              assertThat(entry.to()).contains("STATE_OR_LOCAL_AGENCY");
              assertThat(entry.agency()).contains("COOK-COUNTY-SHERIFF");
            });
    assertThat(RecordFile.bodies(file)).doesNotContain("Castillo", "Diaz", "CB-2291", "CB-2304");
    assertThat(record.verify().verified()).isTrue();
  }
}
