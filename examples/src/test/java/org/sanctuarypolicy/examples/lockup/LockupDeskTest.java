package org.sanctuarypolicy.examples.lockup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.AuditLog;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;

class LockupDeskTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-02T15:00:00Z"), ZoneOffset.UTC);
  private static final Purpose CIVIL = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
  private static final String NOT_OBSTRUCT =
      "Told officers: decline, but never physically interfere with the agents.";

  private final AuditLog reports = new AuditLog(CLOCK);
  private final LockupDesk desk =
      new LockupDesk(SanctuaryPolicy.chicago(), reports, LockupDesk.sampleCustody());

  private Answer handle(Agency from, Ask ask, Purpose purpose, Paper... papers) {
    return desk.handle(
        new LockupRequest("lk-1", from, ask, purpose, ImmutableSet.copyOf(papers), "CB-2291"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Paper.class,
      names = {"I_247A", "I_200", "I_205", "IMMIGRATION_JUDGE_ORDER", "ICE_SUBPOENA"})
  void handle_holdOnNonJudicialPaper_refusedAndReleasedOnSchedule(Paper paper) {
    Answer answer = handle(Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, CIVIL, Paper.I_247A, paper);

    assertThat(answer.decision().effect()).isEqualTo(Effect.DENY);
    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.steps())
        .contains("Kept the release of CB-2291 today at 16:00, not a minute later.", NOT_OBSTRUCT);
    assertThat(reports.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).contains("EO-5.1"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Paper.class,
      names = {"JUDICIAL_WARRANT", "COURT_ORDER"})
  void handle_holdOnJudicialProcess_holdsOnlyOnceLawDepartmentConfirms(Paper paper) {
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
  }

  @Test
  void handle_iceAsksReleaseDateUnderDetainer_refusedWithoutObstructionNotice() {
    Answer answer = handle(Agency.ICE_ERO, Ask.RELEASE_DATE, CIVIL, Paper.I_247A);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().reasons()).extracting(r -> r.clause()).contains("EO-5.1");
    assertThat(answer.decision().obligation(ObligationType.DO_NOT_OBSTRUCT)).isEmpty();
    assertThat(answer.steps()).doesNotContain(NOT_OBSTRUCT).noneMatch(s -> s.contains("16:00"));
  }

  @Test
  void handle_stateAgencyAsksCustodyStatusUnderDetainer_refused() {
    Answer answer =
        handle(
            Agency.STATE_POLICE, Ask.CUSTODY_STATUS, Purpose.CRIMINAL_INVESTIGATION, Paper.I_247A);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().reasons()).extracting(r -> r.clause()).containsExactly("EO-5.1");
  }

  @Test
  void handle_iceAsksTransferOnWarrantOfRemoval_refusedWithObstructionNotice() {
    Answer answer = handle(Agency.ICE_ERO, Ask.TRANSFER, CIVIL, Paper.I_205);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().reasons()).extracting(r -> r.clause()).contains("EO-5.3");
    assertThat(answer.steps()).contains(NOT_OBSTRUCT);
  }

  @Test
  void handle_iceAsksTransferOnJudicialWarrant_transfersOnceLawDepartmentConfirms() {
    Answer answer = handle(Agency.ICE_ERO, Ask.TRANSFER, CIVIL, Paper.JUDICIAL_WARRANT);

    assertThat(answer.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(answer.steps()).noneMatch(s -> s.startsWith("Handed"));
  }

  @Test
  void handle_iceAsksInterview_refusedWithObstructionNotice() {
    Answer answer = handle(Agency.ICE_HSI, Ask.INTERVIEW, Purpose.UNKNOWN);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().reasons()).extracting(r -> r.clause()).contains("EO-5.4");
    assertThat(answer.steps()).contains(NOT_OBSTRUCT);
  }

  @Test
  void handle_iceAsksArrestOnAdministrativeWarrant_refused() {
    Answer answer = handle(Agency.ICE_ERO, Ask.ARREST_AT_RELEASE, CIVIL, Paper.I_200);

    assertThat(answer.course()).isEqualTo(Course.REFUSE);
    assertThat(answer.decision().reasons()).extracting(r -> r.clause()).contains("EO-5.2");
  }

  @Test
  void handle_fbiAsksInterviewWithoutPurpose_heldAndReferred() {
    Answer answer = handle(Agency.FBI, Ask.INTERVIEW, Purpose.UNKNOWN);

    assertThat(answer.course()).isEqualTo(Course.HOLD_AND_REFER);
    assertThat(desk.referrals()).containsExactly("lk-1");
    assertThat(answer.steps()).noneMatch(s -> s.startsWith("Arranged"));
  }

  @Test
  void handle_lawyerAsksReleaseDate_answered() {
    Answer answer = handle(Agency.RESIDENT, Ask.RELEASE_DATE, Purpose.SUBJECT_BENEFIT);

    assertThat(answer.course()).isEqualTo(Course.ACT);
    assertThat(answer.steps()).containsExactly("Answered: release is due today at 16:00.");
    assertThat(reports.entries()).isEmpty();
  }

  @Test
  void handle_marshalsWithFederalWrit_handedOver() {
    Answer answer =
        handle(Agency.US_MARSHALS, Ask.TRANSFER, Purpose.CRIMINAL_INVESTIGATION, Paper.COURT_ORDER);

    assertThat(answer.decision().governed()).isFalse();
    assertThat(answer.steps()).containsExactly("Handed CB-2291 over.");
  }

  @Test
  void handle_everyRefusal_carriesObstructionNoticeExactlyWhenDecisionDoes() {
    List<Answer> refusals = new ArrayList<>();
    int id = 0;
    for (Ask ask : Ask.values()) {
      for (Agency from : Agency.values()) {
        for (Paper paper : Paper.values()) {
          Answer answer =
              desk.handle(
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
                        answer.decision().obligation(ObligationType.DO_NOT_OBSTRUCT).isPresent()));
    assertThat(refusals).anyMatch(answer -> answer.steps().contains(NOT_OBSTRUCT));
  }

  @Test
  void walkthrough_everyCase_printsItsDecision() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LockupDesk.walkthrough(new PrintStream(bytes, true, UTF_8), CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Lockup detainer desk")
        .contains("## 1. An I-247A detainer asks for a 48-hour hold")
        .contains("Kept the release of CB-2291 today at 16:00, not a minute later.")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("EO-5.4 (refused)")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Answered: release is due today at 16:00.")
        .doesNotContain("Jorge Castillo Ruiz");
  }
}
