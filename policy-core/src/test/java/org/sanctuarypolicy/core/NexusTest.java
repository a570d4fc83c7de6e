package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.api.Action.COMMIT_RESOURCES;
import static org.sanctuarypolicy.api.Action.DISCLOSE_INFORMATION;
import static org.sanctuarypolicy.api.Action.GRANT_DATABASE_ACCESS;
import static org.sanctuarypolicy.api.Action.INQUIRE_STATUS;
import static org.sanctuarypolicy.api.Action.PROVIDE_FACILITY;
import static org.sanctuarypolicy.api.Actor.CITY_CONTRACTOR;
import static org.sanctuarypolicy.api.Actor.SISTER_AGENCY;
import static org.sanctuarypolicy.api.Counterparty.DATA_SUBJECT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_BENEFITS;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_LAW_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.MILITARY;
import static org.sanctuarypolicy.api.Counterparty.OTHER_FEDERAL_AGENCY;
import static org.sanctuarypolicy.api.Counterparty.STATE_OR_LOCAL_AGENCY;
import static org.sanctuarypolicy.api.Nexus.CLAIMED;
import static org.sanctuarypolicy.api.Nexus.CONFIRMED;
import static org.sanctuarypolicy.api.Nexus.NONE;
import static org.sanctuarypolicy.api.Nexus.PRESUMED;
import static org.sanctuarypolicy.api.Nexus.UNDETERMINED;
import static org.sanctuarypolicy.api.Purpose.CITY_SERVICE;
import static org.sanctuarypolicy.api.Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Purpose.CRIMINAL_INVESTIGATION;
import static org.sanctuarypolicy.api.Purpose.EMERGENCY_RESPONSE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;

/** The enforcement nexus, rule by rule with its boundaries, derived from DESIGN.md section 4. */
class NexusTest {
  private static final Set<Counterparty> WATCHED =
      EnumSet.of(FEDERAL_IMMIGRATION_ENFORCEMENT, FEDERAL_IMMIGRATION_INVESTIGATIONS, MILITARY);

  private static final Set<Purpose> STATED_NON_CIVIL_PURPOSES =
      EnumSet.complementOf(EnumSet.of(CIVIL_IMMIGRATION_ENFORCEMENT, Purpose.UNKNOWN));

  /** A buildable request for any action: disclosures name one non-status category. */
  private static Request.Builder request(
      Action action, Counterparty counterparty, Purpose purpose) {
    Request.Builder builder =
        Request.builder()
            .requestId("n-1")
            .action(action)
            .counterparty(counterparty)
            .purpose(purpose);
    if (action == DISCLOSE_INFORMATION) {
      builder.information(InformationCategory.CONTACT_INFORMATION);
    }
    return builder;
  }

  private static Nexus nexus(Action action, Counterparty counterparty, Purpose purpose) {
    return SanctuaryPolicy.nexus(request(action, counterparty, purpose).build());
  }

  private static final Set<Authority> CIVIL_IMMIGRATION_PAPERS =
      EnumSet.of(Authority.IMMIGRATION_DETAINER, Authority.ADMINISTRATIVE_WARRANT);

  /** Section 4 written out independently: the first rule that holds gives the nexus. */
  private static Nexus expectedNexus(Action action, Counterparty counterparty, Purpose purpose) {
    return expectedNexus(action, counterparty, purpose, Set.of());
  }

  /** As above, with the instruments presented: only a detainer or administrative warrant counts. */
  private static Nexus expectedNexus(
      Action action, Counterparty counterparty, Purpose purpose, Set<Authority> presented) {
    boolean watched = WATCHED.contains(counterparty);
    boolean papers = presented.stream().anyMatch(CIVIL_IMMIGRATION_PAPERS::contains);
    if (purpose == CIVIL_IMMIGRATION_ENFORCEMENT || (papers && counterparty != DATA_SUBJECT)) {
      return CONFIRMED;
    }
    if (purpose == Purpose.UNKNOWN && watched) {
      return PRESUMED;
    }
    if (watched && !(purpose == EMERGENCY_RESPONSE && action == COMMIT_RESOURCES)) {
      return CLAIMED;
    }
    if (purpose == Purpose.UNKNOWN
        && (counterparty == Counterparty.UNKNOWN
            || counterparty == FEDERAL_LAW_ENFORCEMENT
            || counterparty == OTHER_FEDERAL_AGENCY
            || (action == GRANT_DATABASE_ACCESS && counterparty != DATA_SUBJECT))) {
      return UNDETERMINED;
    }
    return NONE;
  }

  @ParameterizedTest
  @EnumSource(Counterparty.class)
  void confirmed_civilPurposeWithAnyCounterparty_isConfirmed(Counterparty counterparty) {
    assertThat(nexus(DISCLOSE_INFORMATION, counterparty, CIVIL_IMMIGRATION_ENFORCEMENT))
        .isEqualTo(CONFIRMED);
  }

  @ParameterizedTest
  @EnumSource(Action.class)
  void confirmed_civilPurposeWithAnyAction_isConfirmed(Action action) {
    assertThat(nexus(action, DATA_SUBJECT, CIVIL_IMMIGRATION_ENFORCEMENT)).isEqualTo(CONFIRMED);
  }

  @Test
  void confirmed_deputizedStateOrLocalAgency_isConfirmed() {
    assertThat(nexus(COMMIT_RESOURCES, STATE_OR_LOCAL_AGENCY, CIVIL_IMMIGRATION_ENFORCEMENT))
        .isEqualTo(CONFIRMED);
  }

  @Test
  void confirmed_emergencyCommitCarveOutDoesNotApplyToCivilPurpose_isConfirmed() {
    assertThat(nexus(COMMIT_RESOURCES, MILITARY, CIVIL_IMMIGRATION_ENFORCEMENT))
        .isEqualTo(CONFIRMED);
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {"FEDERAL_IMMIGRATION_ENFORCEMENT", "FEDERAL_IMMIGRATION_INVESTIGATIONS", "MILITARY"})
  void presumed_watchedCounterpartyWithoutPurpose_isPresumedForEveryAction(
      Counterparty counterparty) {
    for (Action action : Action.values()) {
      assertThat(nexus(action, counterparty, Purpose.UNKNOWN))
          .as("%s for %s", action, counterparty)
          .isEqualTo(PRESUMED);
    }
  }

  @Test
  void presumed_immigrationBenefitsIsNotWatched_isNone() {
    assertThat(nexus(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_BENEFITS, Purpose.UNKNOWN))
        .isEqualTo(NONE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {"FEDERAL_IMMIGRATION_ENFORCEMENT", "FEDERAL_IMMIGRATION_INVESTIGATIONS", "MILITARY"})
  void claimed_watchedCounterpartyWithStatedNonCivilPurpose_isClaimed(Counterparty counterparty) {
    for (Purpose purpose : STATED_NON_CIVIL_PURPOSES) {
      assertThat(nexus(DISCLOSE_INFORMATION, counterparty, purpose))
          .as("%s for %s", purpose, counterparty)
          .isEqualTo(CLAIMED);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Action.class, names = "COMMIT_RESOURCES", mode = EnumSource.Mode.EXCLUDE)
  void claimed_emergencyForWatchedOnActionOtherThanCommit_isClaimed(Action action) {
    for (Counterparty counterparty : WATCHED) {
      assertThat(nexus(action, counterparty, EMERGENCY_RESPONSE))
          .as("%s for %s", action, counterparty)
          .isEqualTo(CLAIMED);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {"FEDERAL_IMMIGRATION_ENFORCEMENT", "FEDERAL_IMMIGRATION_INVESTIGATIONS", "MILITARY"})
  void claimed_emergencyCommitResourcesForWatched_isNone(Counterparty counterparty) {
    assertThat(nexus(COMMIT_RESOURCES, counterparty, EMERGENCY_RESPONSE)).isEqualTo(NONE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Purpose.class,
      names = {"CRIMINAL_INVESTIGATION", "SUBJECT_BENEFIT", "LITIGATION", "CITY_SERVICE"})
  void claimed_commitResourcesForWatchedWithNonEmergencyPurpose_isClaimed(Purpose purpose) {
    assertThat(nexus(COMMIT_RESOURCES, MILITARY, purpose)).isEqualTo(CLAIMED);
    assertThat(nexus(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT, purpose))
        .isEqualTo(CLAIMED);
  }

  @Test
  void claimed_emergencyCommitResourcesForUnwatched_isNone() {
    assertThat(nexus(COMMIT_RESOURCES, FEDERAL_LAW_ENFORCEMENT, EMERGENCY_RESPONSE))
        .isEqualTo(NONE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {"UNKNOWN", "FEDERAL_LAW_ENFORCEMENT", "OTHER_FEDERAL_AGENCY"})
  void undetermined_unclearCounterpartyWithoutPurpose_isUndeterminedForEveryAction(
      Counterparty counterparty) {
    for (Action action : Action.values()) {
      assertThat(nexus(action, counterparty, Purpose.UNKNOWN))
          .as("%s for %s", action, counterparty)
          .isEqualTo(UNDETERMINED);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {"UNKNOWN", "FEDERAL_LAW_ENFORCEMENT", "OTHER_FEDERAL_AGENCY"})
  void undetermined_unclearCounterpartyWithStatedPurpose_isNone(Counterparty counterparty) {
    for (Purpose purpose : STATED_NON_CIVIL_PURPOSES) {
      assertThat(nexus(DISCLOSE_INFORMATION, counterparty, purpose))
          .as("%s for %s", purpose, counterparty)
          .isEqualTo(NONE);
      assertThat(nexus(GRANT_DATABASE_ACCESS, counterparty, purpose))
          .as("database access, %s for %s", purpose, counterparty)
          .isEqualTo(NONE);
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {
        "FEDERAL_IMMIGRATION_BENEFITS",
        "STATE_OR_LOCAL_AGENCY",
        "FOREIGN_GOVERNMENT",
        "COURT",
        "PRIVATE_PARTY"
      })
  void undetermined_databaseAccessWithoutPurposeForNonDataSubject_isUndetermined(
      Counterparty counterparty) {
    assertThat(nexus(GRANT_DATABASE_ACCESS, counterparty, Purpose.UNKNOWN)).isEqualTo(UNDETERMINED);
  }

  @Test
  void undetermined_databaseAccessWithoutPurposeForDataSubject_isNone() {
    assertThat(nexus(GRANT_DATABASE_ACCESS, DATA_SUBJECT, Purpose.UNKNOWN)).isEqualTo(NONE);
  }

  @Test
  void undetermined_databaseAccessWithStatedPurpose_isNone() {
    assertThat(nexus(GRANT_DATABASE_ACCESS, STATE_OR_LOCAL_AGENCY, CITY_SERVICE)).isEqualTo(NONE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Counterparty.class,
      names = {
        "FEDERAL_IMMIGRATION_BENEFITS",
        "STATE_OR_LOCAL_AGENCY",
        "FOREIGN_GOVERNMENT",
        "COURT",
        "DATA_SUBJECT",
        "PRIVATE_PARTY"
      })
  void none_otherCounterpartyWithoutPurposeOnNonDatabaseAction_isNone(Counterparty counterparty) {
    for (Action action : Action.values()) {
      if (action != GRANT_DATABASE_ACCESS) {
        assertThat(nexus(action, counterparty, Purpose.UNKNOWN))
            .as("%s for %s", action, counterparty)
            .isEqualTo(NONE);
      }
    }
  }

  @Test
  void none_localAgencyForCriminalInvestigation_isNone() {
    assertThat(nexus(PROVIDE_FACILITY, STATE_OR_LOCAL_AGENCY, CRIMINAL_INVESTIGATION))
        .isEqualTo(NONE);
  }

  @Test
  void none_statusInquiryForDataSubject_isNone() {
    assertThat(nexus(INQUIRE_STATUS, DATA_SUBJECT, CITY_SERVICE)).isEqualTo(NONE);
  }

  @ParameterizedTest
  @EnumSource(value = Counterparty.class, names = "DATA_SUBJECT", mode = EnumSource.Mode.EXCLUDE)
  void confirmed_detainerOrAdministrativeWarrantPresented_isConfirmedWhateverThePurpose(
      Counterparty counterparty) {
    for (Authority paper : CIVIL_IMMIGRATION_PAPERS) {
      for (Purpose purpose : Purpose.values()) {
        for (Action action : Action.values()) {
          Request request = request(action, counterparty, purpose).authorities(paper).build();
          assertThat(SanctuaryPolicy.nexus(request)).as("%s", request).isEqualTo(CONFIRMED);
        }
      }
    }
  }

  @Test
  void confirmed_marshalsCarryingAnI200ForACriminalCase_isConfirmed() {
    Request request =
        request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT, CRIMINAL_INVESTIGATION)
            .authorities(Authority.ADMINISTRATIVE_WARRANT)
            .build();

    assertThat(SanctuaryPolicy.nexus(request)).isEqualTo(CONFIRMED);
  }

  @Test
  void confirmed_papersOverrideTheEmergencyCarveOut_isConfirmed() {
    Request request =
        request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT, EMERGENCY_RESPONSE)
            .authorities(Authority.IMMIGRATION_DETAINER)
            .build();

    assertThat(SanctuaryPolicy.nexus(request)).isEqualTo(CONFIRMED);
  }

  @Test
  void confirmed_papersPresentedByTheDataSubject_doNotConfirm() {
    for (Purpose purpose : STATED_NON_CIVIL_PURPOSES) {
      Request request =
          request(DISCLOSE_INFORMATION, DATA_SUBJECT, purpose)
              .authorities(Authority.IMMIGRATION_DETAINER, Authority.ADMINISTRATIVE_WARRANT)
              .build();
      assertThat(SanctuaryPolicy.nexus(request)).as("%s", purpose).isEqualTo(NONE);
    }
    Request withoutPurpose =
        request(DISCLOSE_INFORMATION, DATA_SUBJECT, Purpose.UNKNOWN)
            .authorities(Authority.IMMIGRATION_DETAINER)
            .build();
    assertThat(SanctuaryPolicy.nexus(withoutPurpose)).isEqualTo(NONE);
  }

  @Test
  void confirmed_otherInstrumentsAlone_doNotConfirm() {
    Request request =
        request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT, CRIMINAL_INVESTIGATION)
            .authorities(
                Authority.ADMINISTRATIVE_SUBPOENA,
                Authority.JUDICIAL_WARRANT,
                Authority.COURT_ORDER,
                Authority.STATUTORY_REQUIREMENT,
                Authority.WRITTEN_CONSENT)
            .build();

    assertThat(SanctuaryPolicy.nexus(request)).isEqualTo(NONE);
  }

  @Test
  void nexus_actorAndInformation_doNotMatter_andInstrumentsOnlyThroughThePapers() {
    List<Set<Authority>> subsets = new ArrayList<>();
    Authority[] authorities = Authority.values();
    for (int mask = 0; mask < 1 << authorities.length; mask++) {
      Set<Authority> subset = EnumSet.noneOf(Authority.class);
      for (int i = 0; i < authorities.length; i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(authorities[i]);
        }
      }
      subsets.add(subset);
    }
    for (Counterparty counterparty : Counterparty.values()) {
      for (Purpose purpose : Purpose.values()) {
        for (Set<Authority> presented : subsets) {
          Request plain =
              request(DISCLOSE_INFORMATION, counterparty, purpose).authorities(presented).build();
          Request varied =
              Request.builderFrom(plain)
                  .actor(SISTER_AGENCY)
                  .information(InformationCategory.values())
                  .build();
          Request contractor = Request.builderFrom(plain).actor(CITY_CONTRACTOR).build();
          Nexus expected = expectedNexus(DISCLOSE_INFORMATION, counterparty, purpose, presented);

          assertThat(SanctuaryPolicy.nexus(plain)).as("%s", plain).isEqualTo(expected);
          assertThat(SanctuaryPolicy.nexus(varied)).as("%s", varied).isEqualTo(expected);
          assertThat(SanctuaryPolicy.nexus(contractor)).as("%s", contractor).isEqualTo(expected);
        }
      }
    }
  }

  /** One combination of what the nexus depends on: an action, a counterparty and a purpose. */
  private record Asked(Action action, Counterparty counterparty, Purpose purpose) {
    Request.Builder request() {
      return NexusTest.request(action, counterparty, purpose);
    }

    Nexus expected() {
      return expectedNexus(action, counterparty, purpose);
    }

    @Override
    public String toString() {
      return action + "/" + counterparty + "/" + purpose;
    }
  }

  /** Every action with every counterparty and every purpose. */
  private static List<Asked> everyCombination() {
    List<Asked> all = new ArrayList<>();
    for (Action action : Action.values()) {
      for (Counterparty counterparty : Counterparty.values()) {
        for (Purpose purpose : Purpose.values()) {
          all.add(new Asked(action, counterparty, purpose));
        }
      }
    }
    return all;
  }

  private static boolean hasFinding(Decision decision, String clause) {
    return decision.reasons().stream().map(Reason::clause).anyMatch(clause::equals);
  }

  @Test
  void nexus_everyActionCounterpartyAndPurpose_followsTheFirstRuleThatHolds() {
    assertThat(everyCombination())
        .allSatisfy(
            asked ->
                assertThat(SanctuaryPolicy.nexus(asked.request().build()))
                    .as("%s", asked)
                    .isEqualTo(asked.expected()));
  }

  @Test
  void nexus_everyNexusValue_occurs() {
    assertThat(
            everyCombination().stream()
                .map(asked -> SanctuaryPolicy.nexus(asked.request().build()))
                .distinct())
        .containsExactlyInAnyOrder(Nexus.values());
  }

  @Test
  void nexus_boundActorGetsEo1FindingExactlyWhenNexusIsNotNone() {
    assertThat(everyCombination())
        .allSatisfy(
            asked -> {
              Decision decision = SanctuaryPolicy.chicago().evaluate(asked.request().build());
              assertThat(hasFinding(decision, "EO-1"))
                  .as("EO-1 for %s", asked)
                  .isEqualTo(asked.expected() != NONE);
            });
  }

  @Test
  void nexus_sisterAgencyGetsEo0FindingExactlyWhenNexusIsNotNone() {
    assertThat(everyCombination())
        .allSatisfy(
            asked -> {
              Decision decision =
                  SanctuaryPolicy.chicago().evaluate(asked.request().actor(SISTER_AGENCY).build());
              boolean nexus = asked.expected() != NONE;
              assertThat(hasFinding(decision, "EO-0")).as("EO-0 for %s", asked).isEqualTo(nexus);
              assertThat(decision.governed()).as("governed for %s", asked).isEqualTo(nexus);
            });
  }
}
