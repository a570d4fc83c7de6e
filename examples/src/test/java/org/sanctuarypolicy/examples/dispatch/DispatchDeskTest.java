package org.sanctuarypolicy.examples.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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

class DispatchDeskTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-02T15:00:00Z"), ZoneOffset.UTC);

  private final AuditLog reports = new AuditLog(CLOCK);
  private final DispatchDesk desk =
      new DispatchDesk(SanctuaryPolicy.chicago(), reports, DispatchDesk.sampleRoster());

  private Dispatch handle(Agency from, Task task, Purpose purpose, int units, Paper... papers) {
    return desk.handle(new DispatchRequest("ds-1", from, task, purpose, Set.of(papers), units));
  }

  @ParameterizedTest
  @EnumSource(
      value = Task.class,
      names = {"PERIMETER", "STAND_BY", "TRANSPORT", "CHECKPOINT"})
  void handle_supportForEnforcementOperation_refusedWithoutUnits(Task task) {
    Dispatch dispatch = handle(Agency.CBP, task, Purpose.CIVIL_IMMIGRATION_ENFORCEMENT, 2);

    assertThat(dispatch.decision().effect()).isEqualTo(Effect.DENY);
    assertThat(dispatch.decision().reasons()).extracting(r -> r.clause()).contains("EO-4.1");
    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps())
        .anyMatch(s -> s.startsWith("Sent no unit; told U.S. Customs and Border Protection why"))
        .anyMatch(s -> s.contains("never physically interfere with the operation"));
    assertThat(reports.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.effect()).isEqualTo(Effect.DENY));
  }

  @ParameterizedTest
  @EnumSource(
      value = Purpose.class,
      names = {"CRIMINAL_INVESTIGATION", "UNKNOWN", "CIVIL_IMMIGRATION_ENFORCEMENT"})
  void handle_jointPatrolWithMilitary_refusedWhateverIsPresented(Purpose purpose) {
    Dispatch dispatch =
        handle(Agency.NATIONAL_GUARD, Task.JOINT_PATROL, purpose, 2, Paper.COURT_ORDER);

    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.decision().reasons()).extracting(r -> r.clause()).contains("EO-4.3");
    assertThat(dispatch.decision().remedies()).isEmpty();
    assertThat(dispatch.units()).isEmpty();
  }

  @Test
  void handle_emergencyDuringOperation_sendsUnitsWithEmergencyOnlyOrders() {
    Dispatch dispatch = handle(Agency.ICE_ERO, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 2);

    assertThat(dispatch.decision().effect()).isEqualTo(Effect.PERMIT);
    assertThat(dispatch.decision().obligation(ObligationType.EMERGENCY_ONLY)).isPresent();
    assertThat(dispatch.course()).isEqualTo(Course.ACT);
    assertThat(dispatch.units()).containsExactly("1011", "1012");
    assertThat(dispatch.orders())
        .containsExactly(
            "Respond to the emergency; do not secure, escort or support the operation.");
    assertThat(dispatch.steps()).first().isEqualTo("Sent 1011 and 1012 to the emergency.");
    assertThat(reports.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).containsExactly("EO-4.1(a)"));
  }

  @Test
  void handle_militaryEmergency_sendsUnitsWithEmergencyOnlyOrders() {
    Dispatch dispatch = handle(Agency.NATIONAL_GUARD, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 1);

    assertThat(dispatch.units()).containsExactly("1011");
    assertThat(dispatch.orders()).containsExactly(DispatchDesk.EMERGENCY_ORDER);
  }

  @Test
  void handle_fbiStandByWithoutPurpose_refusedBecauseDispatchCannotWaitAndReferred() {
    Dispatch dispatch = handle(Agency.FBI, Task.STAND_BY, Purpose.UNKNOWN, 2);

    assertThat(dispatch.decision().effect()).isEqualTo(Effect.ESCALATE);
    assertThat(dispatch.course()).isEqualTo(Course.REFUSE);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps()).first().asString().contains("a referral counts as a refusal");
    assertThat(desk.referrals()).containsExactly("ds-1");
  }

  @Test
  void handle_judicialWarrant_sendsNoUnitUntilLawDepartmentConfirms() {
    Dispatch dispatch =
        handle(
            Agency.ICE_ERO,
            Task.STAND_BY,
            Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
            1,
            Paper.JUDICIAL_WARRANT);

    assertThat(dispatch.decision().effect()).isEqualTo(Effect.PERMIT);
    assertThat(dispatch.course()).isEqualTo(Course.VERIFY_THEN_ACT);
    assertThat(dispatch.units()).isEmpty();
    assertThat(dispatch.steps())
        .anyMatch(s -> s.startsWith("Sent a warrant signed by a judge to the Law Department"))
        .anyMatch(s -> s.contains("do only what a warrant signed by a judge orders"));
  }

  @Test
  void handle_statePoliceTrafficControl_sendsUnitsWithoutReport() {
    Dispatch dispatch = handle(Agency.STATE_POLICE, Task.TRAFFIC_CONTROL, Purpose.CITY_SERVICE, 3);

    assertThat(dispatch.decision().governed()).isFalse();
    assertThat(dispatch.units()).containsExactly("1011", "1012", "1023");
    assertThat(dispatch.orders()).isEmpty();
    assertThat(dispatch.steps()).containsExactly("Sent 1011, 1012 and 1023 to control traffic.");
    assertThat(reports.entries()).isEmpty();
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
  void walkthrough_everyCase_printsItsDecision() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DispatchDesk.walkthrough(new PrintStream(bytes, true, UTF_8), CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Dispatch")
        .contains("## 1. ICE asks for a perimeter around a raid")
        .contains("EO-4.3 (refused)")
        .contains(
            "Ordered the units: \"Respond to the emergency; do not secure, escort or support the"
                + " operation.\"")
        .contains("a referral counts as a refusal")
        .contains("Course: VERIFY_THEN_ACT")
        .contains("Sent 1011 and 1012 to control traffic.");
  }
}
