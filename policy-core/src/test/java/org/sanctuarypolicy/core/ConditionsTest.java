package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.api.Term;

/**
 * Every kind of condition, including those the Chicago catalog does not use: whether it holds, and
 * its wording.
 */
class ConditionsTest {
  private static final Request CONTRACTOR_DISCLOSURE =
      Request.builder()
          .requestId("c")
          .actor(Actor.CITY_CONTRACTOR)
          .action(Action.DISCLOSE_INFORMATION)
          .counterparty(Counterparty.COURT)
          .purpose(Purpose.LITIGATION)
          .authorities(Authority.COURT_ORDER)
          .information(InformationCategory.IDENTITY)
          .build();

  private static final Request PUBLIC_FACILITY =
      Request.builder()
          .requestId("f")
          .action(Action.PROVIDE_FACILITY)
          .counterparty(Counterparty.MILITARY)
          .facilityArea(FacilityArea.PUBLIC)
          .build();

  @Test
  void holds_actorIn_testsTheActor() {
    assertThat(
            Conditions.holds(
                Condition.actorIn(Actor.CITY_CONTRACTOR), CONTRACTOR_DISCLOSURE, Nexus.NONE))
        .isTrue();
    assertThat(
            Conditions.holds(
                Condition.actorIn(Actor.CITY_DEPARTMENT, Actor.SISTER_AGENCY),
                CONTRACTOR_DISCLOSURE,
                Nexus.NONE))
        .isFalse();
  }

  @Test
  void holds_nexusIn_testsTheGivenNexusNotTheRequest() {
    Condition enforcement = Condition.nexusIn(Nexus.CONFIRMED, Nexus.PRESUMED);

    assertThat(Conditions.holds(enforcement, CONTRACTOR_DISCLOSURE, Nexus.PRESUMED)).isTrue();
    assertThat(Conditions.holds(enforcement, CONTRACTOR_DISCLOSURE, Nexus.CLAIMED)).isFalse();
  }

  @Test
  void holds_areaIn_needsAFacilityArea() {
    assertThat(Conditions.holds(Condition.areaIn(FacilityArea.PUBLIC), PUBLIC_FACILITY, Nexus.NONE))
        .isTrue();
    assertThat(
            Conditions.holds(
                Condition.areaIn(FacilityArea.NON_PUBLIC), PUBLIC_FACILITY, Nexus.NONE))
        .isFalse();
    assertThat(
            Conditions.holds(
                Condition.areaIn(FacilityArea.values()), CONTRACTOR_DISCLOSURE, Nexus.NONE))
        .isFalse();
  }

  @Test
  void holds_presentedAny_testsForAnyCommonInstrument() {
    assertThat(
            Conditions.holds(
                Condition.presentedAny(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER),
                CONTRACTOR_DISCLOSURE,
                Nexus.NONE))
        .isTrue();
    assertThat(
            Conditions.holds(
                Condition.presentedAny(Authority.JUDICIAL_WARRANT),
                CONTRACTOR_DISCLOSURE,
                Nexus.NONE))
        .isFalse();
  }

  @Test
  void holds_informationAny_testsForAnyCommonCategory() {
    assertThat(
            Conditions.holds(
                Condition.informationAny(
                    InformationCategory.IDENTITY, InformationCategory.CASE_RECORDS),
                CONTRACTOR_DISCLOSURE,
                Nexus.NONE))
        .isTrue();
    assertThat(
            Conditions.holds(
                Condition.informationAny(InformationCategory.IMMIGRATION_STATUS),
                CONTRACTOR_DISCLOSURE,
                Nexus.NONE))
        .isFalse();
  }

  @Test
  void describe_actorIn_namesTheActors() {
    Condition bound = Condition.actorIn(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR);

    assertThat(SanctuaryPolicy.describe(bound, SanctuaryPolicy.chicago().catalog()))
        .isEqualTo("the actor is CITY_DEPARTMENT or CITY_CONTRACTOR");
  }

  @Test
  void describe_notOfAKindWithoutItsOwnNegation_bracketsTheOperand() {
    assertThat(
            SanctuaryPolicy.describe(
                Condition.not(Condition.actorIn(Actor.SISTER_AGENCY)),
                SanctuaryPolicy.chicago().catalog()))
        .isEqualTo("not (the actor is SISTER_AGENCY)");
  }

  @Test
  void describe_notOfATerm_namesTheTermInsteadOfNegatingItsValues() {
    Condition custody = Condition.actionIn(Action.HOLD_ON_DETAINER, Action.TRANSFER_CUSTODY);
    Condition immigration = Condition.counterpartyIn(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT);
    Condition enforcement = Condition.nexusIn(Nexus.CONFIRMED);
    List<Term> terms =
        List.of(
            Term.of("custody", custody),
            Term.of("immigration", immigration),
            Term.of("enforcement", enforcement));

    assertThat(Conditions.describe(Condition.not(custody), terms))
        .isEqualTo("not (custody (the action is HOLD_ON_DETAINER or TRANSFER_CUSTODY))");
    assertThat(Conditions.describe(Condition.not(immigration), terms))
        .isEqualTo("not (immigration (the counterparty is FEDERAL_IMMIGRATION_ENFORCEMENT))");
    assertThat(Conditions.describe(Condition.not(enforcement), terms))
        .isEqualTo("not (enforcement (the nexus is CONFIRMED))");
    assertThat(Conditions.describe(Condition.not(custody), List.of()))
        .isEqualTo("the action is none of HOLD_ON_DETAINER, TRANSFER_CUSTODY");
    assertThat(Conditions.describe(Condition.not(enforcement), List.of()))
        .isEqualTo("the nexus is not CONFIRMED");
  }
}
