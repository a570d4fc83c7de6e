package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

class DiffRegionTest {
  private static final Set<Actor> BOUND = EnumSet.of(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR);

  @Test
  void size_actionsWithAndWithoutVariants_followsTheFormula() {
    // 2 actors, 11 counterparties, 1 purpose, 2^4 instrument sets; ARREST_OR_DETAIN 1 variant,
    // PROVIDE_FACILITY 2 areas, DISCLOSE_INFORMATION 511 non-empty information sets.
    DiffRegion region =
        region(
            2L * 11 * 1 * 16 * (1 + 2 + 511),
            EnumSet.of(
                Action.ARREST_OR_DETAIN, Action.PROVIDE_FACILITY, Action.DISCLOSE_INFORMATION),
            EnumSet.complementOf(EnumSet.of(Counterparty.DATA_SUBJECT)),
            EnumSet.allOf(FacilityArea.class),
            EnumSet.noneOf(InformationCategory.class),
            EnumSet.noneOf(InformationCategory.class));

    assertThat(region.size()).isEqualTo(2L * 11 * 16 * 514);
    assertThat(region.count()).isEqualTo(region.size());
  }

  @Test
  void size_informationPresentAndAbsent_countsTheSetsThatMatch() {
    // With IMMIGRATION_STATUS, without CUSTODY_STATUS: 7 free categories, 128 sets, none empty.
    DiffRegion withStatus =
        region(
            2L * 12 * 16 * 128,
            EnumSet.of(Action.DISCLOSE_INFORMATION),
            EnumSet.allOf(Counterparty.class),
            EnumSet.allOf(FacilityArea.class),
            EnumSet.of(InformationCategory.IMMIGRATION_STATUS),
            EnumSet.of(InformationCategory.CUSTODY_STATUS));
    // Without CUSTODY_STATUS alone: 8 free categories, 256 sets less the empty one.
    DiffRegion withoutCustody =
        region(
            2L * 12 * 16 * 255,
            EnumSet.of(Action.DISCLOSE_INFORMATION),
            EnumSet.allOf(Counterparty.class),
            EnumSet.allOf(FacilityArea.class),
            EnumSet.noneOf(InformationCategory.class),
            EnumSet.of(InformationCategory.CUSTODY_STATUS));

    assertThat(withStatus.size()).isEqualTo(2L * 12 * 16 * 128);
    assertThat(withoutCustody.size()).isEqualTo(2L * 12 * 16 * 255);
  }

  @Test
  void contains_checksEveryConstraint() {
    DiffRegion region =
        region(
            2L * 12 * 16 * 128,
            EnumSet.of(Action.DISCLOSE_INFORMATION),
            EnumSet.allOf(Counterparty.class),
            EnumSet.allOf(FacilityArea.class),
            EnumSet.of(InformationCategory.IMMIGRATION_STATUS),
            EnumSet.of(InformationCategory.CUSTODY_STATUS));
    Request.Builder inside =
        Request.builder()
            .requestId("r")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.COURT)
            .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.STATUTORY_REQUIREMENT, Authority.IMMIGRATION_DETAINER)
            .information(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY);

    assertThat(region.contains(inside.build())).isTrue();
    assertThat(region.contains(inside.actor(Actor.SISTER_AGENCY).build())).isFalse();
    inside.actor(Actor.CITY_CONTRACTOR);
    assertThat(region.contains(inside.purpose(Purpose.UNKNOWN).build())).isFalse();
    inside.purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT);
    assertThat(region.contains(inside.authorities(Authority.JUDICIAL_WARRANT).build())).isFalse();
    assertThat(region.contains(inside.authorities().build())).isFalse();
    inside.authorities(Authority.STATUTORY_REQUIREMENT);
    assertThat(region.contains(inside.build())).isTrue();
    assertThat(region.contains(inside.information(InformationCategory.IDENTITY).build())).isFalse();
    assertThat(
            region.contains(
                inside
                    .information(
                        InformationCategory.IMMIGRATION_STATUS, InformationCategory.CUSTODY_STATUS)
                    .build()))
        .isFalse();
  }

  @Test
  void contains_anArea_onlyThatArea() {
    DiffRegion region =
        region(
            2L * 12 * 16,
            EnumSet.of(Action.PROVIDE_FACILITY),
            EnumSet.allOf(Counterparty.class),
            EnumSet.of(FacilityArea.PUBLIC),
            EnumSet.noneOf(InformationCategory.class),
            EnumSet.noneOf(InformationCategory.class));
    Request.Builder request =
        Request.builder()
            .requestId("r")
            .action(Action.PROVIDE_FACILITY)
            .counterparty(Counterparty.MILITARY)
            .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.STATUTORY_REQUIREMENT);

    assertThat(region.contains(request.facilityArea(FacilityArea.PUBLIC).build())).isTrue();
    assertThat(region.contains(request.facilityArea(FacilityArea.NON_PUBLIC).build())).isFalse();
    assertThat(region.toText())
        .isEqualTo(
            "PERMIT -> DENY, 384 requests: actor CITY_DEPARTMENT or CITY_CONTRACTOR; action"
                + " PROVIDE_FACILITY, area PUBLIC; counterparty any; purpose"
                + " CIVIL_IMMIGRATION_ENFORCEMENT; authorities with STATUTORY_REQUIREMENT,"
                + " without JUDICIAL_WARRANT or COURT_ORDER");
  }

  @Test
  void toText_manyValues_namesThoseLeftOut() {
    DiffRegion region =
        region(
            2L * 11 * 16 * 128,
            EnumSet.of(Action.DISCLOSE_INFORMATION),
            EnumSet.complementOf(EnumSet.of(Counterparty.DATA_SUBJECT)),
            EnumSet.allOf(FacilityArea.class),
            EnumSet.of(InformationCategory.IMMIGRATION_STATUS),
            EnumSet.of(InformationCategory.CUSTODY_STATUS));

    assertThat(region.toText())
        .isEqualTo(
            "PERMIT -> DENY, 45,056 requests: actor CITY_DEPARTMENT or CITY_CONTRACTOR; action"
                + " DISCLOSE_INFORMATION; counterparty any but DATA_SUBJECT; purpose"
                + " CIVIL_IMMIGRATION_ENFORCEMENT; authorities with STATUTORY_REQUIREMENT,"
                + " without JUDICIAL_WARRANT or COURT_ORDER; information with IMMIGRATION_STATUS,"
                + " without CUSTODY_STATUS");
  }

  @Test
  void new_anAreaWithOtherActions_isRefused() {
    assertThatThrownBy(
            () ->
                region(
                    2L * 12 * 16 * 2,
                    EnumSet.of(Action.PROVIDE_FACILITY, Action.ARREST_OR_DETAIN),
                    EnumSet.allOf(Counterparty.class),
                    EnumSet.of(FacilityArea.PUBLIC),
                    EnumSet.noneOf(InformationCategory.class),
                    EnumSet.noneOf(InformationCategory.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("facilityArea");
  }

  @Test
  void new_aCountTheConstraintsDoNotDescribe_isRefused() {
    assertThatThrownBy(
            () ->
                region(
                    1,
                    EnumSet.of(Action.ARREST_OR_DETAIN),
                    EnumSet.allOf(Counterparty.class),
                    EnumSet.allOf(FacilityArea.class),
                    EnumSet.noneOf(InformationCategory.class),
                    EnumSet.noneOf(InformationCategory.class)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count: 1, but the constraints describe 384 requests");
  }

  /**
   * A region PERMIT -> DENY, of the bound actors, purpose CIVIL_IMMIGRATION_ENFORCEMENT, with
   * STATUTORY_REQUIREMENT and without judicial process: 4 instruments free.
   */
  private static DiffRegion region(
      long count,
      Set<Action> actions,
      Set<Counterparty> counterparties,
      Set<FacilityArea> areas,
      Set<InformationCategory> informationPresent,
      Set<InformationCategory> informationAbsent) {
    return DiffRegion.of(
        Effect.PERMIT,
        Effect.DENY,
        count,
        BOUND,
        actions,
        counterparties,
        EnumSet.of(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT),
        areas,
        EnumSet.of(Authority.STATUTORY_REQUIREMENT),
        EnumSet.of(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER),
        informationPresent,
        informationAbsent);
  }
}
