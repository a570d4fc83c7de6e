package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.api.Action.ARREST_OR_DETAIN;
import static org.sanctuarypolicy.api.Action.COMMIT_RESOURCES;
import static org.sanctuarypolicy.api.Action.DISCLOSE_INFORMATION;
import static org.sanctuarypolicy.api.Action.ENTER_AGREEMENT;
import static org.sanctuarypolicy.api.Action.GRANT_CUSTODY_ACCESS;
import static org.sanctuarypolicy.api.Action.GRANT_DATABASE_ACCESS;
import static org.sanctuarypolicy.api.Action.HOLD_ON_DETAINER;
import static org.sanctuarypolicy.api.Action.INQUIRE_STATUS;
import static org.sanctuarypolicy.api.Action.PROVIDE_FACILITY;
import static org.sanctuarypolicy.api.Action.TRANSFER_CUSTODY;
import static org.sanctuarypolicy.api.Actor.CITY_CONTRACTOR;
import static org.sanctuarypolicy.api.Actor.SISTER_AGENCY;
import static org.sanctuarypolicy.api.Authority.ADMINISTRATIVE_SUBPOENA;
import static org.sanctuarypolicy.api.Authority.ADMINISTRATIVE_WARRANT;
import static org.sanctuarypolicy.api.Authority.COURT_ORDER;
import static org.sanctuarypolicy.api.Authority.IMMIGRATION_DETAINER;
import static org.sanctuarypolicy.api.Authority.JUDICIAL_WARRANT;
import static org.sanctuarypolicy.api.Authority.STATUTORY_REQUIREMENT;
import static org.sanctuarypolicy.api.Authority.WRITTEN_CONSENT;
import static org.sanctuarypolicy.api.Counterparty.DATA_SUBJECT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_BENEFITS;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_LAW_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.FOREIGN_GOVERNMENT;
import static org.sanctuarypolicy.api.Counterparty.MILITARY;
import static org.sanctuarypolicy.api.Counterparty.STATE_OR_LOCAL_AGENCY;
import static org.sanctuarypolicy.api.Effect.DENY;
import static org.sanctuarypolicy.api.Effect.ESCALATE;
import static org.sanctuarypolicy.api.Effect.PERMIT;
import static org.sanctuarypolicy.api.FacilityArea.NON_PUBLIC;
import static org.sanctuarypolicy.api.FacilityArea.PUBLIC;
import static org.sanctuarypolicy.api.InformationCategory.CASE_RECORDS;
import static org.sanctuarypolicy.api.InformationCategory.CONTACT_INFORMATION;
import static org.sanctuarypolicy.api.InformationCategory.CUSTODY_STATUS;
import static org.sanctuarypolicy.api.InformationCategory.IDENTITY;
import static org.sanctuarypolicy.api.InformationCategory.IMMIGRATION_STATUS;
import static org.sanctuarypolicy.api.InformationCategory.PLACE_OF_BIRTH;
import static org.sanctuarypolicy.api.InformationCategory.RELEASE_INFORMATION;
import static org.sanctuarypolicy.api.ObligationType.DOCUMENT_AND_REPORT;
import static org.sanctuarypolicy.api.ObligationType.DO_NOT_OBSTRUCT;
import static org.sanctuarypolicy.api.ObligationType.EMERGENCY_ONLY;
import static org.sanctuarypolicy.api.ObligationType.LIMIT_TO_AUTHORITY_SCOPE;
import static org.sanctuarypolicy.api.ObligationType.REFER_TO_LAW_DEPARTMENT;
import static org.sanctuarypolicy.api.ObligationType.VERIFY_AUTHORITY;
import static org.sanctuarypolicy.api.Purpose.CITY_SERVICE;
import static org.sanctuarypolicy.api.Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Purpose.CRIMINAL_INVESTIGATION;
import static org.sanctuarypolicy.api.Purpose.EMERGENCY_RESPONSE;
import static org.sanctuarypolicy.api.Purpose.LITIGATION;
import static org.sanctuarypolicy.api.Purpose.SUBJECT_BENEFIT;
import static org.sanctuarypolicy.core.Decided.assertNotGoverned;
import static org.sanctuarypolicy.core.Decided.base;
import static org.sanctuarypolicy.core.Decided.evaluate;
import static org.sanctuarypolicy.core.Decided.excepted;
import static org.sanctuarypolicy.core.Decided.findings;
import static org.sanctuarypolicy.core.Decided.request;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.core.Decided.Finding;

/**
 * Clause-by-clause checks of the order, derived from DESIGN.md section 5 alone: for every clause a
 * request in scope and a near miss out of scope, and for every exception a request where it holds
 * and a near miss where it does not.
 */
class ClauseTest {

  private static List<String> clauses(Decision decision) {
    return decision.reasons().stream().map(Reason::clause).collect(Collectors.toList());
  }

  /** Asserts that the decision holds exactly this finding for the finding's clause. */
  private static void assertFinding(Decision decision, Finding expected) {
    List<Finding> forClause =
        findings(decision).stream()
            .filter(f -> f.clause().equals(expected.clause()))
            .collect(Collectors.toList());
    assertThat(forClause)
        .as("findings of %s in %s", expected.clause(), findings(decision))
        .containsExactly(expected);
  }

  private static void assertNoFinding(Decision decision, String clause) {
    assertThat(clauses(decision)).as("clauses that spoke").doesNotContain(clause);
  }

  private static void assertFindings(Decision decision, Finding... expected) {
    assertThat(findings(decision)).as("findings").containsExactly(expected);
  }

  private static List<Obligation> obligations(ObligationType... types) {
    return Arrays.stream(types).map(Obligation::of).collect(Collectors.toList());
  }

  /** Asserts the whole decision; governed follows from whether there are findings. */
  private static void assertDecision(
      Decision decision,
      Effect effect,
      List<Finding> reasons,
      List<Obligation> obligations,
      List<Remedy> remedies) {
    assertThat(decision.effect()).as("effect").isEqualTo(effect);
    assertThat(decision.governed()).as("governed").isEqualTo(!reasons.isEmpty());
    assertThat(findings(decision)).as("reasons").containsExactlyElementsOf(reasons);
    assertThat(decision.obligations()).as("obligations").containsExactlyElementsOf(obligations);
    assertThat(decision.remedies()).as("remedies").containsExactlyElementsOf(remedies);
  }

  private static final Remedy WARRANT_PERMITS = Remedy.of(JUDICIAL_WARRANT, PERMIT);
  private static final Remedy ORDER_PERMITS = Remedy.of(COURT_ORDER, PERMIT);
  private static final Remedy STATUTE_PERMITS = Remedy.of(STATUTORY_REQUIREMENT, PERMIT);
  private static final Remedy STATUTE_ESCALATES = Remedy.of(STATUTORY_REQUIREMENT, ESCALATE);
  private static final Remedy CONSENT_PERMITS = Remedy.of(WRITTEN_CONSENT, PERMIT);

  @Nested
  class WorkedExample {
    @Test
    void workedExample_holdOnDetainerForIce_deniesWithJudicialRemedies() {
      Decision decision =
          evaluate(
              request(HOLD_ON_DETAINER, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .requestId("r-17")
                  .authorities(IMMIGRATION_DETAINER));

      assertThat(decision.requestId()).isEqualTo("r-17");
      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.1", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }
  }

  @Nested
  class Eo0 {
    @Test
    void eo0_sisterAgencyWithConfirmedNexus_escalates() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(base("EO-0", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo0_sisterAgencyWithClaimedNexus_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CONTACT_INFORMATION));

      assertFindings(decision, base("EO-0", ESCALATE));
    }

    @Test
    void eo0_sisterAgencyWithUndeterminedNexus_escalates() {
      Decision decision =
          evaluate(request(GRANT_DATABASE_ACCESS, STATE_OR_LOCAL_AGENCY).actor(SISTER_AGENCY));

      assertFindings(decision, base("EO-0", ESCALATE));
    }

    @Test
    void eo0_sisterAgencyDisclosingStatusToIce_evaluatesOnlyEo0() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS, RELEASE_INFORMATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertFindings(decision, base("EO-0", ESCALATE));
      assertThat(decision.effect()).isEqualTo(ESCALATE);
    }

    @Test
    void eo0_sisterAgencyWithNexusNone_isNotGoverned() {
      Decision decision =
          evaluate(
              request(HOLD_ON_DETAINER, STATE_OR_LOCAL_AGENCY)
                  .actor(SISTER_AGENCY)
                  .purpose(CITY_SERVICE));

      assertNotGoverned(decision);
    }

    @Test
    void eo0_sisterAgencyDisclosingStatusWithNexusNone_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .actor(SISTER_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS));

      assertNotGoverned(decision);
    }

    @Test
    void eo0_sisterAgencyCommittingToEmergency_isNotGoverned() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(EMERGENCY_RESPONSE));

      assertNotGoverned(decision);
    }

    @Test
    void eo0_cityDepartment_isOutOfScope() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertNoFinding(decision, "EO-0");
      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY));
    }

    @Test
    void eo0_cityContractor_isOutOfScope() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(CITY_CONTRACTOR)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY));
    }

    @Test
    void eo0a_judicialWarrant_permits() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-0(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo0a_courtOrder_permits() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .actor(SISTER_AGENCY)
                  .authorities(COURT_ORDER));

      assertFindings(decision, excepted("EO-0(a)", PERMIT));
    }

    @Test
    void eo0a_administrativeWarrant_doesNotHold() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(ADMINISTRATIVE_WARRANT, IMMIGRATION_DETAINER));

      assertFindings(decision, base("EO-0", ESCALATE));
    }

    @Test
    void eo0a_statuteAndConsent_doNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .information(IDENTITY)
                  .authorities(STATUTORY_REQUIREMENT, WRITTEN_CONSENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(base("EO-0", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo0b_publicFacility_permitsWithoutObligations() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .facilityArea(PUBLIC));

      assertDecision(decision, PERMIT, List.of(excepted("EO-0(b)", PERMIT)), List.of(), List.of());
    }

    @Test
    void eo0b_nonPublicFacility_doesNotHold() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .facilityArea(NON_PUBLIC));

      assertDecision(
          decision,
          ESCALATE,
          List.of(base("EO-0", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo0_courtOrderOnPublicFacility_takesExceptionA() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, MILITARY)
                  .actor(SISTER_AGENCY)
                  .facilityArea(PUBLIC)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-0(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }
  }

  @Nested
  class Eo1 {
    @Test
    void eo1_disclosureForCivilEnforcement_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo1_presumedNexus_denies() {
      Decision decision = evaluate(request(DISCLOSE_INFORMATION, MILITARY).information(IDENTITY));

      assertFindings(decision, base("EO-1", DENY));
    }

    @Test
    void eo1_deputizedLocalAgencyWithCivilPurpose_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION));

      assertFindings(decision, base("EO-1", DENY));
    }

    @Test
    void eo1_cityContractor_isBound() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(CITY_CONTRACTOR)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.5", DENY));
    }

    @Test
    void eo1_nexusNone_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CONTACT_INFORMATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo1_immigrationBenefitsWithoutPurpose_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_BENEFITS)
                  .information(CONTACT_INFORMATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo1_emergencyResourcesForWatchedCounterparty_isOutOfScope() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(EMERGENCY_RESPONSE));

      assertNoFinding(decision, "EO-1");
    }

    @Test
    void eo1a_judicialWarrantOnDisclosure_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.5(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo1a_courtOrderOnDisclosure_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .information(CASE_RECORDS)
                  .authorities(COURT_ORDER));

      assertFindings(decision, excepted("EO-1(a)", PERMIT));
    }

    @Test
    void eo1a_judicialWarrantOnAgreement_doesNotHold() {
      Decision decision =
          evaluate(
              request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertFinding(decision, base("EO-1", DENY));
    }

    @Test
    void eo1a_courtOrderOnDatabaseAccess_doesNotHold() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(COURT_ORDER));

      assertFinding(decision, base("EO-1", DENY));
    }

    @Test
    void eo1a_judicialWarrantOnStatusInquiry_doesNotHold() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertFinding(decision, base("EO-1", DENY));
    }

    @Test
    void eo1a_nonJudicialInstruments_doNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION)
                  .authorities(
                      IMMIGRATION_DETAINER, ADMINISTRATIVE_WARRANT, ADMINISTRATIVE_SUBPOENA));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.5", DENY));
    }

    @Test
    void eo1b_statuteOnDisclosure_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(CONTACT_INFORMATION)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(b)", ESCALATE), excepted("EO-5.5(b)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo1b_statuteOnTransfer_doesNotHold() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(STATUTORY_REQUIREMENT));

      assertFinding(decision, base("EO-1", DENY));
    }

    @Test
    void eo1c_publicFacility_permits() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(PUBLIC));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(c)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo1c_nonPublicFacility_doesNotHold() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(NON_PUBLIC));

      assertFinding(decision, base("EO-1", DENY));
    }

    @Test
    void eo1d_claimedNexus_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(IDENTITY));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo1d_claimedNexusAskingForContactInformation_isDeniedByEo55() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CONTACT_INFORMATION));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo1d_undeterminedNexus_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                  .information(CONTACT_INFORMATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo1d_presumedNexus_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .information(CONTACT_INFORMATION));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.5", DENY));
    }

    @Test
    void eo1_judicialProcessWithClaimedNexus_takesExceptionA() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CONTACT_INFORMATION)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.5(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo1_statuteWithUndeterminedNexus_takesExceptionB() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, Counterparty.UNKNOWN)
                  .information(IDENTITY)
                  .authorities(STATUTORY_REQUIREMENT));

      assertFindings(decision, excepted("EO-1(b)", ESCALATE));
    }

    @Test
    void eo1_publicFacilityWithClaimedNexus_takesExceptionC() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(PUBLIC));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(c)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo1_courtOrderOnPublicFacility_takesExceptionA() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(PUBLIC)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }
  }

  @Nested
  class Eo21 {
    @Test
    void eo21_statusOnlyDisclosure_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-2.1", DENY)),
          List.of(),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_PERMITS, CONSENT_PERMITS));
    }

    @Test
    void eo21_statusWithOtherCategory_permitsWithRedaction() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS, IDENTITY));

      assertDecision(
          decision,
          PERMIT,
          List.of(base("EO-2.1", PERMIT)),
          List.of(Obligation.redact(List.of(IMMIGRATION_STATUS))),
          List.of());
    }

    @Test
    void eo21_placeOfBirthOnly_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FOREIGN_GOVERNMENT)
                  .purpose(CITY_SERVICE)
                  .information(PLACE_OF_BIRTH));

      assertFindings(decision, base("EO-2.1", DENY));
    }

    @Test
    void eo21_statusToIce_inScopeAlongsideEo1() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS));

      assertFindings(decision, base("EO-1", DENY), base("EO-2.1", DENY));
    }

    @Test
    void eo21_statusToDataSubject_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, DATA_SUBJECT)
                  .purpose(SUBJECT_BENEFIT)
                  .information(IMMIGRATION_STATUS, PLACE_OF_BIRTH));

      assertNotGoverned(decision);
    }

    @Test
    void eo21_noStatusInformation_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IDENTITY, CASE_RECORDS, CONTACT_INFORMATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo21a_courtOrder_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.1(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo21a_judicialWarrant_permitsWithoutRedaction() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, Counterparty.COURT)
                  .purpose(LITIGATION)
                  .information(IMMIGRATION_STATUS, CASE_RECORDS)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.1(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo21a_administrativeSubpoena_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS)
                  .authorities(ADMINISTRATIVE_SUBPOENA));

      assertFindings(decision, base("EO-2.1", DENY));
    }

    @Test
    void eo21b_statuteWithoutNexus_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.1(b)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo21b_statuteWithUndeterminedNexus_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(b)", ESCALATE), excepted("EO-2.1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo21c_consentWithoutNexus_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, Counterparty.PRIVATE_PARTY)
                  .purpose(SUBJECT_BENEFIT)
                  .information(PLACE_OF_BIRTH)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.1(c)", PERMIT)),
          obligations(LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo21c_consentWithUndeterminedNexus_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, Counterparty.UNKNOWN)
                  .information(IMMIGRATION_STATUS)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(d)", ESCALATE), excepted("EO-2.1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo21d_statuteForCivilEnforcement_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(b)", ESCALATE), excepted("EO-2.1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo21d_consentForCivilEnforcement_escalatesWhileEo1Denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), excepted("EO-2.1(d)", ESCALATE)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo21d_neitherStatuteNorConsent_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .information(IMMIGRATION_STATUS)
                  .authorities(ADMINISTRATIVE_SUBPOENA));

      assertFindings(decision, base("EO-1", DENY), base("EO-2.1", DENY));
    }

    @Test
    void eo21_statuteAndCourtOrder_takesExceptionA() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS)
                  .authorities(STATUTORY_REQUIREMENT, COURT_ORDER));

      assertFindings(decision, excepted("EO-2.1(a)", PERMIT));
    }

    @Test
    void eo21_statuteAndConsentWithoutNexus_takesExceptionB() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS)
                  .authorities(STATUTORY_REQUIREMENT, WRITTEN_CONSENT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.1(b)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }
  }

  @Nested
  class Eo22 {
    @Test
    void eo22_statusInquiry_denies() {
      Decision decision = evaluate(request(INQUIRE_STATUS, DATA_SUBJECT).purpose(CITY_SERVICE));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-2.2", DENY)),
          List.of(),
          List.of(ORDER_PERMITS, STATUTE_PERMITS));
    }

    @Test
    void eo22_statusInquiryForCivilEnforcement_deniesWithoutRemedies() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-2.2", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo22_disclosingOwnStatusToDataSubject_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .information(IMMIGRATION_STATUS));

      assertNotGoverned(decision);
    }

    @Test
    void eo22a_statute_permits() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.2(a)", PERMIT)),
          obligations(LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo22a_administrativeSubpoena_doesNotHold() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .authorities(ADMINISTRATIVE_SUBPOENA));

      assertFindings(decision, base("EO-2.2", DENY));
    }

    @Test
    void eo22b_courtOrder_permits() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT).purpose(CITY_SERVICE).authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.2(b)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo22b_judicialWarrant_doesNotHold() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-2.2", DENY)),
          List.of(),
          List.of(ORDER_PERMITS, STATUTE_PERMITS));
    }

    @Test
    void eo22b_courtOrderForCivilEnforcement_holdsButEo1Denies() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), excepted("EO-2.2(b)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo22c_litigation_permits() {
      Decision decision =
          evaluate(request(INQUIRE_STATUS, STATE_OR_LOCAL_AGENCY).purpose(LITIGATION));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.2(c)", PERMIT)),
          obligations(LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo22c_criminalInvestigation_doesNotHold() {
      Decision decision =
          evaluate(request(INQUIRE_STATUS, STATE_OR_LOCAL_AGENCY).purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, base("EO-2.2", DENY));
    }

    @Test
    void eo22d_consentForSubjectBenefit_permits() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(SUBJECT_BENEFIT)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.2(d)", PERMIT)),
          obligations(LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }

    @Test
    void eo22d_consentForCityService_doesNotHold() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-2.2", DENY)),
          List.of(),
          List.of(ORDER_PERMITS, STATUTE_PERMITS));
    }

    @Test
    void eo22d_subjectBenefitWithoutConsent_doesNotHold() {
      Decision decision = evaluate(request(INQUIRE_STATUS, DATA_SUBJECT).purpose(SUBJECT_BENEFIT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-2.2", DENY)),
          List.of(),
          List.of(ORDER_PERMITS, STATUTE_PERMITS, CONSENT_PERMITS));
    }

    @Test
    void eo22_statuteAndCourtOrder_takesExceptionA() {
      Decision decision =
          evaluate(
              request(INQUIRE_STATUS, DATA_SUBJECT)
                  .purpose(CITY_SERVICE)
                  .authorities(STATUTORY_REQUIREMENT, COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-2.2(a)", PERMIT)),
          obligations(LIMIT_TO_AUTHORITY_SCOPE),
          List.of());
    }
  }

  @Nested
  class Eo23 {
    @Test
    void eo23_databaseAccessForPresumedEnforcement_deniesWithoutRemedies() {
      Decision decision = evaluate(request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-2.3", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_databaseAccessForDeputizedLocalAgency_denies() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, STATE_OR_LOCAL_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-2.3", DENY));
    }

    @Test
    void eo23_everyInstrument_hasNoException() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(
                      JUDICIAL_WARRANT, COURT_ORDER, STATUTORY_REQUIREMENT, WRITTEN_CONSENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-2.3", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_undeterminedNexus_isOutOfScope() {
      Decision decision = evaluate(request(GRANT_DATABASE_ACCESS, FEDERAL_LAW_ENFORCEMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_bulkAccessWithoutPurposeForLocalAgency_isOutOfScope() {
      Decision decision = evaluate(request(GRANT_DATABASE_ACCESS, STATE_OR_LOCAL_AGENCY));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo23_hsiStatingCriminalInvestigation_denies() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CRIMINAL_INVESTIGATION));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-2.3", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_iceStatingCriminalInvestigationWithAWarrant_stillDenies() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(JUDICIAL_WARRANT, COURT_ORDER));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-2.3", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_immigrationAuthorityStatingAnotherPurpose_isOutOfScope() {
      for (Purpose purpose :
          List.of(EMERGENCY_RESPONSE, SUBJECT_BENEFIT, LITIGATION, CITY_SERVICE)) {
        Decision decision =
            evaluate(
                request(GRANT_DATABASE_ACCESS, FEDERAL_IMMIGRATION_ENFORCEMENT).purpose(purpose));

        assertThat(findings(decision))
            .as("findings for %s", purpose)
            .containsExactly(excepted("EO-1(d)", ESCALATE));
        assertThat(decision.effect()).as("effect for %s", purpose).isEqualTo(ESCALATE);
      }
    }

    @Test
    void eo23_militaryStatingCriminalInvestigation_isOutOfScope() {
      Decision decision =
          evaluate(request(GRANT_DATABASE_ACCESS, MILITARY).purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo23_otherAgenciesStatingCriminalInvestigation_areNotGoverned() {
      for (Counterparty counterparty :
          List.of(FEDERAL_LAW_ENFORCEMENT, FEDERAL_IMMIGRATION_BENEFITS, STATE_OR_LOCAL_AGENCY)) {
        Decision decision =
            evaluate(request(GRANT_DATABASE_ACCESS, counterparty).purpose(CRIMINAL_INVESTIGATION));

        assertNotGoverned(decision);
      }
    }

    @Test
    void eo23_fbiCarryingADetainer_denies() {
      Decision decision =
          evaluate(
              request(GRANT_DATABASE_ACCESS, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-2.3", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo23_dataSubjectAccess_isNotGoverned() {
      Decision decision = evaluate(request(GRANT_DATABASE_ACCESS, DATA_SUBJECT));

      assertNotGoverned(decision);
    }
  }

  @Nested
  class Eo3 {
    @Test
    void eo3_nonPublicFacilityForCivilEnforcement_denies() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(NON_PUBLIC));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo3_defaultAreaForPresumedEnforcement_denies() {
      Decision decision = evaluate(request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_INVESTIGATIONS));

      assertFinding(decision, base("EO-3", DENY));
    }

    @Test
    void eo3_publicArea_isOutOfScope() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .facilityArea(PUBLIC));

      assertNoFinding(decision, "EO-3");
    }

    @Test
    void eo3_interviewRoomForIceStatingCriminalInvestigation_denies() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(NON_PUBLIC));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo3a_courtOrderForHsiStatingCriminalInvestigation_permits() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-3(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo3_publicLobbyForIceStatingCriminalInvestigation_isOutOfScope() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(PUBLIC));

      assertFindings(decision, excepted("EO-1(c)", PERMIT));
    }

    @Test
    void eo3_immigrationAuthorityStatingAnotherPurpose_isOutOfScope() {
      for (Purpose purpose :
          List.of(EMERGENCY_RESPONSE, SUBJECT_BENEFIT, LITIGATION, CITY_SERVICE)) {
        Decision decision =
            evaluate(
                request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                    .purpose(purpose)
                    .facilityArea(NON_PUBLIC));

        assertThat(findings(decision))
            .as("findings for %s", purpose)
            .containsExactly(excepted("EO-1(d)", ESCALATE));
      }
    }

    @Test
    void eo3_militaryStatingCriminalInvestigation_isOutOfScope() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, MILITARY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(NON_PUBLIC));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo3_fbiStatingCriminalInvestigation_isNotGoverned() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(NON_PUBLIC));

      assertNotGoverned(decision);
    }

    @Test
    void eo3_garageForMarshalsCarryingAnI200_denies() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .facilityArea(NON_PUBLIC)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo3a_judicialWarrant_permits() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-3(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo3a_administrativeWarrant_doesNotHold() {
      Decision decision =
          evaluate(
              request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertFindings(decision, base("EO-1", DENY), base("EO-3", DENY));
    }
  }

  @Nested
  class Eo41 {
    @Test
    void eo41_resourcesForCivilEnforcement_denies() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-4.1", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo41_resourcesForPresumedEnforcement_denies() {
      Decision decision = evaluate(request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_INVESTIGATIONS));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY));
    }

    @Test
    void eo41_claimedNexus_isOutOfScope() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo41_emergencyForLocalAgency_isNotGoverned() {
      Decision decision =
          evaluate(request(COMMIT_RESOURCES, STATE_OR_LOCAL_AGENCY).purpose(EMERGENCY_RESPONSE));

      assertNotGoverned(decision);
    }

    @Test
    void eo41a_emergencyForIce_permits() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(EMERGENCY_RESPONSE));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-4.1(a)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT, EMERGENCY_ONLY),
          List.of());
    }

    @Test
    void eo41a_emergencyForMilitary_permits() {
      Decision decision = evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(EMERGENCY_RESPONSE));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-4.1(a)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT, EMERGENCY_ONLY),
          List.of());
    }

    @Test
    void eo41a_noStatedPurpose_doesNotHold() {
      Decision decision = evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(Purpose.UNKNOWN));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY), base("EO-4.3", DENY));
    }

    @Test
    void eo41b_judicialWarrant_permits() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-4.1(b)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo41b_administrativeWarrant_doesNotHold() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY));
    }

    @Test
    void eo41_emergencyWithJudicialWarrant_takesExceptionA() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(EMERGENCY_RESPONSE)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-4.1(a)", PERMIT)),
          obligations(DOCUMENT_AND_REPORT, EMERGENCY_ONLY),
          List.of());
    }
  }

  @Nested
  class Eo42 {
    @Test
    void eo42_agreementWithHsiForCivilEnforcement_deniesWithoutRemedies() {
      Decision decision =
          evaluate(
              request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-4.2", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo42_agreementWithIceForCityService_denies() {
      Decision decision =
          evaluate(request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_ENFORCEMENT).purpose(CITY_SERVICE));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-4.2", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo42_deputizationOfLocalAgency_denies() {
      Decision decision =
          evaluate(
              request(ENTER_AGREEMENT, STATE_OR_LOCAL_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.2", DENY));
    }

    @Test
    void eo42_agreementWithMilitaryWithoutPurpose_denies() {
      Decision decision = evaluate(request(ENTER_AGREEMENT, MILITARY));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.2", DENY));
    }

    @Test
    void eo42_agreementWithMilitaryForCriminalInvestigation_isOutOfScope() {
      Decision decision =
          evaluate(request(ENTER_AGREEMENT, MILITARY).purpose(CRIMINAL_INVESTIGATION));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(d)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo42_agreementWithFederalLawEnforcementWithoutPurpose_isOutOfScope() {
      Decision decision = evaluate(request(ENTER_AGREEMENT, FEDERAL_LAW_ENFORCEMENT));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo42_agreementWithImmigrationBenefits_isNotGoverned() {
      Decision decision =
          evaluate(request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_BENEFITS).purpose(CITY_SERVICE));

      assertNotGoverned(decision);
    }

    @Test
    void eo42_judicialProcess_hasNoException() {
      Decision decision =
          evaluate(
              request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(COURT_ORDER, JUDICIAL_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-4.2", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of());
    }
  }

  @Nested
  class Eo43 {
    @Test
    void eo43_militaryForCriminalInvestigation_denies() {
      Decision decision =
          evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(CRIMINAL_INVESTIGATION));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-4.3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of());
    }

    @Test
    void eo43_militaryForCivilEnforcement_denies() {
      Decision decision =
          evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-4.1", DENY), base("EO-4.3", DENY));
    }

    @Test
    void eo43_militaryForCityService_isOutOfScope() {
      Decision decision = evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(CITY_SERVICE));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo43_militaryForEmergency_isOutOfScope() {
      Decision decision = evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(EMERGENCY_RESPONSE));

      assertNoFinding(decision, "EO-4.3");
    }

    @Test
    void eo43_facilityForMilitary_isOutOfScope() {
      Decision decision =
          evaluate(request(PROVIDE_FACILITY, MILITARY).purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo43_federalLawEnforcementForCriminalInvestigation_isNotGoverned() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, FEDERAL_LAW_ENFORCEMENT).purpose(CRIMINAL_INVESTIGATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo43_judicialWarrant_hasNoException() {
      Decision decision =
          evaluate(
              request(COMMIT_RESOURCES, MILITARY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(a)", PERMIT), base("EO-4.3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of());
    }
  }

  @Nested
  class Eo51 {
    @Test
    void eo51_detainerHold_denies() {
      Decision decision =
          evaluate(request(HOLD_ON_DETAINER, STATE_OR_LOCAL_AGENCY).purpose(CITY_SERVICE));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-5.1", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo51_releaseInformationUnderDetainer_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.1", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo51_custodyStatusUnderDetainerToIce_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .information(CUSTODY_STATUS)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.1", DENY), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo51_releaseInformationOnAdministrativeWarrant_isOutOfScope() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo51_releaseInformationWithoutPapers_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo51_releaseInformationToDataSubject_isNotGoverned() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, DATA_SUBJECT)
                  .information(RELEASE_INFORMATION, CUSTODY_STATUS)
                  .authorities(IMMIGRATION_DETAINER));

      assertNotGoverned(decision);
    }

    @Test
    void eo51_identityUnderDetainer_isOutOfScope() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(IDENTITY)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo51_releaseDateForMarshalsCarryingADetainer_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.1", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo51a_courtOrderOnHold_permits() {
      Decision decision =
          evaluate(
              request(HOLD_ON_DETAINER, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-5.1(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo51a_judicialWarrantOnDisclosure_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(IMMIGRATION_DETAINER, JUDICIAL_WARRANT));

      assertFindings(decision, excepted("EO-1(a)", PERMIT), excepted("EO-5.1(a)", PERMIT));
    }

    @Test
    void eo51a_statute_doesNotHold() {
      Decision decision =
          evaluate(
              request(HOLD_ON_DETAINER, STATE_OR_LOCAL_AGENCY)
                  .purpose(CITY_SERVICE)
                  .authorities(STATUTORY_REQUIREMENT, IMMIGRATION_DETAINER));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.1", DENY));
    }
  }

  @Nested
  class Eo52 {
    @Test
    void eo52_arrestForCivilEnforcement_denies() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.2", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS));
    }

    @Test
    void eo52_arrestOnAdministrativeWarrant_denies() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.2", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS));
    }

    @Test
    void eo52_arrestOnDetainer_denies() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.2", DENY));
    }

    @Test
    void eo52_arrestForCriminalInvestigation_isNotGoverned() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, STATE_OR_LOCAL_AGENCY).purpose(CRIMINAL_INVESTIGATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo52_arrestOnAdministrativeSubpoena_isNotGoverned() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(ADMINISTRATIVE_SUBPOENA));

      assertNotGoverned(decision);
    }

    @Test
    void eo52_claimedNexus_isOutOfScope() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo52a_judicialWarrant_permits() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.2(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo52a_courtOrder_doesNotHold() {
      Decision decision =
          evaluate(
              request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(a)", PERMIT), base("EO-5.2", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS));
    }
  }

  @Nested
  class Eo53 {
    @Test
    void eo53_transferToIceForCriminalCase_denies() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-5.3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo53_transferToDeputizedLocalAgency_denies() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.3", DENY));
    }

    @Test
    void eo53_transferOnDetainer_denies() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.3", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo53_transferOnAdministrativeWarrant_denies() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.3", DENY));
    }

    @Test
    void eo53_transferToLocalAgencyForCriminalCase_isNotGoverned() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY).purpose(CRIMINAL_INVESTIGATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo53_transferToMarshalsForCriminalCase_isNotGoverned() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, FEDERAL_LAW_ENFORCEMENT).purpose(CRIMINAL_INVESTIGATION));

      assertNotGoverned(decision);
    }

    @Test
    void eo53a_courtOrder_permits() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER, COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.3(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo53a_administrativeWarrant_doesNotHold() {
      Decision decision =
          evaluate(
              request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER, ADMINISTRATIVE_WARRANT));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.3", DENY));
    }
  }

  @Nested
  class Eo54 {
    @Test
    void eo54_custodyAccessForHsiWithoutPurpose_denies() {
      Decision decision =
          evaluate(request(GRANT_CUSTODY_ACCESS, FEDERAL_IMMIGRATION_INVESTIGATIONS));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.4", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo54_custodyAccessForDeputizedLocalAgency_denies() {
      Decision decision =
          evaluate(
              request(GRANT_CUSTODY_ACCESS, STATE_OR_LOCAL_AGENCY)
                  .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

      assertFindings(decision, base("EO-1", DENY), base("EO-5.4", DENY));
    }

    @Test
    void eo54_consularAccess_isNotGoverned() {
      Decision decision =
          evaluate(request(GRANT_CUSTODY_ACCESS, FOREIGN_GOVERNMENT).purpose(CITY_SERVICE));

      assertNotGoverned(decision);
    }

    @Test
    void eo54_papersPresentedByLocalAgency_denies() {
      Decision decision =
          evaluate(
              request(GRANT_CUSTODY_ACCESS, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(IMMIGRATION_DETAINER, ADMINISTRATIVE_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.4", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo54_localAgencyForCriminalCaseWithoutPapers_isNotGoverned() {
      Decision decision =
          evaluate(
              request(GRANT_CUSTODY_ACCESS, STATE_OR_LOCAL_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(ADMINISTRATIVE_SUBPOENA));

      assertNotGoverned(decision);
    }

    @Test
    void eo54_militaryForCriminalInvestigation_isOutOfScope() {
      Decision decision =
          evaluate(request(GRANT_CUSTODY_ACCESS, MILITARY).purpose(CRIMINAL_INVESTIGATION));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo54a_judicialWarrant_permits() {
      Decision decision =
          evaluate(
              request(GRANT_CUSTODY_ACCESS, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(JUDICIAL_WARRANT));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.4(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo54a_writtenConsent_doesNotHold() {
      Decision decision =
          evaluate(
              request(GRANT_CUSTODY_ACCESS, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-5.4", DENY)),
          obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }
  }

  @Nested
  class Eo55 {
    @Test
    void eo55_releaseDateForIceStatingCriminalInvestigation_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo55_custodyStatusForHsiWithoutPurpose_denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .information(CUSTODY_STATUS));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo55_contactInformationForAnImmigrationAuthority_deniesWhateverThePurpose() {
      for (Counterparty counterparty :
          List.of(FEDERAL_IMMIGRATION_ENFORCEMENT, FEDERAL_IMMIGRATION_INVESTIGATIONS)) {
        for (Purpose purpose : Purpose.values()) {
          Decision decision =
              evaluate(
                  request(DISCLOSE_INFORMATION, counterparty)
                      .purpose(purpose)
                      .information(CONTACT_INFORMATION));

          assertThat(decision.effect()).as("%s, %s", counterparty, purpose).isEqualTo(DENY);
          assertFinding(decision, base("EO-5.5", DENY));
        }
      }
    }

    @Test
    void eo55_releaseAndStatusWithIdentity_deniesWithoutRedact() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(IMMIGRATION_STATUS, RELEASE_INFORMATION, IDENTITY));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-2.1", PERMIT), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo55_identityAndCaseRecordsForIce_isOutOfScope() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(IDENTITY, CASE_RECORDS));

      assertFindings(decision, excepted("EO-1(d)", ESCALATE));
    }

    @Test
    void eo55_releaseDateForMarshalsOrUscis_isNotGoverned() {
      for (Counterparty counterparty :
          List.of(FEDERAL_LAW_ENFORCEMENT, FEDERAL_IMMIGRATION_BENEFITS, STATE_OR_LOCAL_AGENCY)) {
        Decision decision =
            evaluate(
                request(DISCLOSE_INFORMATION, counterparty)
                    .purpose(CRIMINAL_INVESTIGATION)
                    .information(RELEASE_INFORMATION, CUSTODY_STATUS, CONTACT_INFORMATION));

        assertNotGoverned(decision);
      }
    }

    @Test
    void eo55_releaseDateForMarshalsCarryingAnI200_isOutOfScopeButEo1Denies() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(ADMINISTRATIVE_WARRANT));

      assertDecision(
          decision,
          DENY,
          List.of(base("EO-1", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }

    @Test
    void eo55_sisterAgency_isNotBound() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .actor(SISTER_AGENCY)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION));

      assertFindings(decision, base("EO-0", ESCALATE));
    }

    @Test
    void eo55a_courtOrder_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CUSTODY_STATUS)
                  .authorities(COURT_ORDER));

      assertDecision(
          decision,
          PERMIT,
          List.of(excepted("EO-1(a)", PERMIT), excepted("EO-5.5(a)", PERMIT)),
          obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT),
          List.of());
    }

    @Test
    void eo55a_judicialWarrantBeforeStatute_permits() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(EMERGENCY_RESPONSE)
                  .information(CONTACT_INFORMATION)
                  .authorities(JUDICIAL_WARRANT, STATUTORY_REQUIREMENT));

      assertFindings(decision, excepted("EO-1(a)", PERMIT), excepted("EO-5.5(a)", PERMIT));
      assertThat(decision.effect()).isEqualTo(PERMIT);
    }

    @Test
    void eo55b_statute_escalates() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(RELEASE_INFORMATION)
                  .authorities(STATUTORY_REQUIREMENT));

      assertDecision(
          decision,
          ESCALATE,
          List.of(excepted("EO-1(b)", ESCALATE), excepted("EO-5.5(b)", ESCALATE)),
          obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS));
    }

    @Test
    void eo55_writtenConsent_doesNotHold() {
      Decision decision =
          evaluate(
              request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .purpose(CRIMINAL_INVESTIGATION)
                  .information(CONTACT_INFORMATION)
                  .authorities(WRITTEN_CONSENT));

      assertDecision(
          decision,
          DENY,
          List.of(excepted("EO-1(d)", ESCALATE), base("EO-5.5", DENY)),
          obligations(DOCUMENT_AND_REPORT),
          List.of(WARRANT_PERMITS, ORDER_PERMITS, STATUTE_ESCALATES));
    }
  }
}
