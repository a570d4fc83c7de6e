package org.sanctuarypolicy.examples.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

class DispatchDeskTest {
  private static final Instant NOW = Instant.parse("2025-06-02T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir Path dir;
  private Path file;
  private ComplianceRecord record;
  private RecordingPolicy policy;
  private DispatchDesk desk;

  @BeforeEach
  void openRecord() {
    file = dir.resolve("record.db");
    record = ComplianceRecord.open(file.toString());
    policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, DispatchDesk.UNIT);
    desk = new DispatchDesk(policy, CLOCK, DispatchDesk.sampleRoster());
  }

  @AfterEach
  void closeRecord() {
    record.close();
  }

  private Dispatch handle(Agency from, Task task, Purpose purpose, int units, Paper... papers) {
    return desk.handle(new DispatchRequest("ds-1", from, task, purpose, Set.of(papers), units));
  }

  /** Each outcome on the record as "decisionSeq TYPE". */
  private Stream<String> outcomes() {
    return RecordFile.outcomes(file).stream().map(e -> e.decisionSeq() + " " + e.outcome());
  }

  @ParameterizedTest
  @EnumSource(
      value = Task.class,
      names = {"PERIMETER", "STAND_BY", "TRANSPORT", "CHECKPOINT"})
  void handle_supportForEnforcementOperation_refusedWithoutUnitsRecordedAndDeclined(Task task) {
    Dispatch dispatch = handle(Agency.CBP, task, Purpose.CIVIL_IMMIGRATION_ENFORCEMENT, 2);

    assertThat(dispatch.decision().orElseThrow().effect()).isEqualTo(Effect.DENY);
    assertThat(dispatch.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-4.1");
    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps())
        .anyMatch(s -> s.startsWith("Sent no unit; told U.S. Customs and Border Protection why"))
        .anyMatch(s -> s.contains("never physically interfere with the operation"))
        .contains(
            "Recorded incident ds-1 for the city's reporting duties: entry 1 of the compliance"
                + " record, written before any unit moved.");
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.unit()).isEqualTo("OEMC-DISPATCH");
              assertThat(entry.requestId()).isEqualTo("ds-1");
              assertThat(entry.effect()).isEqualTo("DENY");
              assertThat(entry.body().get("nexus").asText()).isEqualTo("CONFIRMED");
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
      value = Purpose.class,
      names = {"CRIMINAL_INVESTIGATION", "UNKNOWN", "CIVIL_IMMIGRATION_ENFORCEMENT"})
  void handle_jointPatrolWithMilitary_refusedWhateverIsPresented(Purpose purpose) {
    Dispatch dispatch =
        handle(Agency.NATIONAL_GUARD, Task.JOINT_PATROL, purpose, 2, Paper.COURT_ORDER);

    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-4.3");
    assertThat(dispatch.decision().orElseThrow().remedies()).isEmpty();
    assertThat(dispatch.units()).isEmpty();
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void handle_emergencyDuringOperation_sendsUnitsWithEmergencyOnlyOrdersAndRecordsActed() {
    Dispatch dispatch = handle(Agency.ICE_ERO, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 2);

    assertThat(dispatch.decision().orElseThrow().effect()).isEqualTo(Effect.PERMIT);
    assertThat(dispatch.decision().orElseThrow().obligation(ObligationType.EMERGENCY_ONLY))
        .isPresent();
    assertThat(dispatch.course()).isEqualTo(Course.ACT);
    assertThat(dispatch.units()).containsExactly("1011", "1012");
    assertThat(dispatch.orders())
        .containsExactly(
            "Respond to the emergency; do not secure, escort or support the operation.");
    assertThat(dispatch.steps()).first().isEqualTo("Sent 1011 and 1012 to the emergency.");
    assertThat(dispatch.seq()).hasValue(1);
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).containsExactly("EO-4.1(a)"));
    assertThat(outcomes()).containsExactly("1 ACTED_WITHIN_AUTHORITY");
  }

  @Test
  void handle_militaryEmergency_sendsUnitsWithEmergencyOnlyOrders() {
    Dispatch dispatch = handle(Agency.NATIONAL_GUARD, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 1);

    assertThat(dispatch.units()).containsExactly("1011");
    assertThat(dispatch.orders()).containsExactly(DispatchDesk.EMERGENCY_ORDER);
    assertThat(outcomes()).containsExactly("1 ACTED_WITHIN_AUTHORITY");
  }

  @Test
  void handle_fbiStandByWithoutPurpose_refusedBecauseDispatchCannotWaitThenDeclinedAndReferred() {
    Dispatch dispatch = handle(Agency.FBI, Task.STAND_BY, Purpose.UNKNOWN, 2);

    assertThat(dispatch.decision().orElseThrow().effect()).isEqualTo(Effect.ESCALATE);
    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps()).first().asString().contains("a referral counts as a refusal");
    assertThat(desk.referrals()).containsExactly("ds-1");
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> assertThat(entry.body().get("nexus").asText()).isEqualTo("UNDETERMINED"));
    assertThat(outcomes()).containsExactly("1 DECLINED", "1 REFERRED");
  }

  @Test
  void handle_judicialWarrant_sendsNoUnitUntilLawDepartmentConfirmsAndRecordsReferral() {
    Dispatch dispatch =
        handle(
            Agency.ICE_ERO,
            Task.STAND_BY,
            Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
            1,
            Paper.JUDICIAL_WARRANT);

    assertThat(dispatch.decision().orElseThrow().effect()).isEqualTo(Effect.PERMIT);
    assertThat(dispatch.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps())
        .anyMatch(s -> s.startsWith("Sent a warrant signed by a judge to the Law Department"))
        .anyMatch(s -> s.contains("do only what a warrant signed by a judge orders"));
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void handle_statePoliceTrafficControl_sendsUnitsWithoutRecord() {
    Dispatch dispatch = handle(Agency.STATE_POLICE, Task.TRAFFIC_CONTROL, Purpose.CITY_SERVICE, 3);

    assertThat(dispatch.decision().orElseThrow().governed()).isFalse();
    assertThat(dispatch.units()).containsExactly("1011", "1012", "1023");
    assertThat(dispatch.orders()).isEmpty();
    assertThat(dispatch.steps()).containsExactly("Sent 1011, 1012 and 1023 to control traffic.");
    assertThat(dispatch.seq()).isEmpty();
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_moreUnitsThanOnTheBoard_sendsTheWholeBoard() {
    Dispatch dispatch = handle(Agency.STATE_POLICE, Task.TRAFFIC_CONTROL, Purpose.CITY_SERVICE, 9);

    assertThat(dispatch.units()).isEqualTo(DispatchDesk.sampleRoster());
  }

  @Test
  void dispatchRequest_noUnits_throwsNamingTheField() {
    assertThatThrownBy(
            () ->
                new DispatchRequest(
                    "ds-2", Agency.FBI, Task.STAND_BY, Purpose.UNKNOWN, Set.of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("units: 0");
  }

  @Test
  void handle_recordCannotBeWritten_sendsNoUnitAndSaysSo() {
    record.close();

    Dispatch dispatch =
        handle(Agency.CBP, Task.PERIMETER, Purpose.CIVIL_IMMIGRATION_ENFORCEMENT, 2);

    assertThat(dispatch.course()).isEqualTo(Course.NOT_RECORDED);
    assertThat(dispatch.decision()).isEmpty();
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.orders()).isEmpty();
    assertThat(dispatch.steps())
        .containsExactly(
            "Sent no unit on incident ds-1: the compliance record could not be written (the"
                + " record is closed), and dispatch never acts on a decision that is not on the"
                + " record.",
            "Enter the call again once the record is back; tell U.S. Customs and Border"
                + " Protection that no unit is coming for now.");
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void handle_recordCannotBeWrittenForAnEmergency_sendsNoUnitForTheAgencyButPointsTo911() {
    record.close();

    Dispatch dispatch = handle(Agency.ICE_ERO, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 2);

    assertThat(dispatch.course()).isEqualTo(Course.NOT_RECORDED);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps())
        .last()
        .isEqualTo(
            "If a life is in danger, take it as an ordinary 911 call for the person in need, not"
                + " as help to ICE Enforcement and Removal Operations.");
  }

  @Test
  void handle_recordCannotBeWrittenAndCallNotReportable_sendsUnitsAsUsual() {
    record.close();

    Dispatch dispatch = handle(Agency.STATE_POLICE, Task.TRAFFIC_CONTROL, Purpose.CITY_SERVICE, 2);

    assertThat(dispatch.course()).isEqualTo(Course.ACT);
    assertThat(dispatch.units()).containsExactly("1011", "1012");
  }

  @Test
  void walkthrough_everyCase_printsItsDecisionAndRecordsReportableOnes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DispatchDesk.walkthrough(new PrintStream(bytes, true, UTF_8), policy, CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Dispatch")
        .contains("as unit OEMC-DISPATCH")
        .contains("## 1. ICE asks for a perimeter around a raid")
        .contains("EO-4.3 (refused)")
        .contains(
            "Ordered the units: \"Respond to the emergency; do not secure, escort or support the"
                + " operation.\"")
        .contains("a referral counts as a refusal")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("Sent 1011 and 1012 to control traffic.");
    assertThat(RecordFile.decisions(file))
        .extracting(e -> e.seq() + " " + e.requestId() + " " + e.unit())
        .containsExactly(
            "1 ds-01 OEMC-DISPATCH",
            "3 ds-02 OEMC-DISPATCH",
            "5 ds-03 OEMC-DISPATCH",
            "7 ds-04 OEMC-DISPATCH",
            "9 ds-05 OEMC-DISPATCH",
            "11 ds-06 OEMC-DISPATCH",
            "14 ds-07 OEMC-DISPATCH");
    assertThat(outcomes())
        .containsExactly(
            "1 DECLINED",
            "3 DECLINED",
            "5 DECLINED",
            "7 DECLINED",
            "9 ACTED_WITHIN_AUTHORITY",
            "11 DECLINED",
            "11 REFERRED",
            "14 REFERRED");
    assertThat(record.verify().verified()).isTrue();
  }
}
