package org.sanctuarypolicy.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.OutcomeType;

class CourseTest {
  private static Decision decide(Request.Builder request) {
    return SanctuaryPolicy.chicago().evaluate(request.requestId("c-1").build());
  }

  private static final Decision NOT_GOVERNED =
      decide(
          Request.builder()
              .action(Action.COMMIT_RESOURCES)
              .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
              .purpose(Purpose.CITY_SERVICE));
  private static final Decision UNDER_WARRANT =
      decide(
          Request.builder()
              .action(Action.HOLD_ON_DETAINER)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .authorities(Authority.IMMIGRATION_DETAINER, Authority.JUDICIAL_WARRANT));
  private static final Decision DENIED =
      decide(
          Request.builder()
              .action(Action.HOLD_ON_DETAINER)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .authorities(Authority.IMMIGRATION_DETAINER));
  private static final Decision ESCALATED =
      decide(
          Request.builder()
              .action(Action.COMMIT_RESOURCES)
              .counterparty(Counterparty.FEDERAL_LAW_ENFORCEMENT));

  @Test
  void of_permitWithoutVerification_acts() {
    assertThat(Course.of(NOT_GOVERNED, true)).isEqualTo(Course.ACT);
  }

  @Test
  void of_permitThatNeedsVerification_verifiesThenActs() {
    assertThat(Course.of(UNDER_WARRANT, false)).isEqualTo(Course.VERIFY_THEN_ACT);
  }

  @Test
  void of_deny_refusesWhetherOrNotTheCallerCanEscalate() {
    assertThat(Course.of(DENIED, true)).isEqualTo(Course.REFUSE);
    assertThat(Course.of(DENIED, false)).isEqualTo(Course.REFUSE);
  }

  @Test
  void of_escalate_holdsAndRefersOrRefusesWhenTheCallerCannotWait() {
    assertThat(Course.of(ESCALATED, true)).isEqualTo(Course.HOLD_AND_REFER);
    assertThat(Course.of(ESCALATED, false)).isEqualTo(Course.REFUSE);
  }

  @Test
  void of_anyDecision_neverNotRecorded() {
    assertThat(Stream.of(NOT_GOVERNED, UNDER_WARRANT, DENIED, ESCALATED))
        .allSatisfy(
            decision -> {
              assertThat(Course.of(decision, true)).isNotEqualTo(Course.NOT_RECORDED);
              assertThat(Course.of(decision, false)).isNotEqualTo(Course.NOT_RECORDED);
            });
  }

  @Test
  void outcome_eachCourse_isWhatTheDeskRecordsOnceItTookIt() {
    assertThat(Course.ACT.outcome()).contains(OutcomeType.ACTED_WITHIN_AUTHORITY);
    assertThat(Course.VERIFY_THEN_ACT.outcome()).contains(OutcomeType.REFERRED);
    assertThat(Course.REFUSE.outcome()).contains(OutcomeType.DECLINED);
    assertThat(Course.HOLD_AND_REFER.outcome()).contains(OutcomeType.REFERRED);
    assertThat(Course.NOT_RECORDED.outcome()).isEmpty();
  }
}
