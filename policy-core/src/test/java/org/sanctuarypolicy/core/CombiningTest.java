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
import static org.sanctuarypolicy.api.Actor.SISTER_AGENCY;
import static org.sanctuarypolicy.api.Authority.ADMINISTRATIVE_SUBPOENA;
import static org.sanctuarypolicy.api.Authority.ADMINISTRATIVE_WARRANT;
import static org.sanctuarypolicy.api.Authority.COURT_ORDER;
import static org.sanctuarypolicy.api.Authority.IMMIGRATION_DETAINER;
import static org.sanctuarypolicy.api.Authority.JUDICIAL_WARRANT;
import static org.sanctuarypolicy.api.Authority.STATUTORY_REQUIREMENT;
import static org.sanctuarypolicy.api.Authority.WRITTEN_CONSENT;
import static org.sanctuarypolicy.api.Counterparty.COURT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
import static org.sanctuarypolicy.api.Counterparty.FEDERAL_LAW_ENFORCEMENT;
import static org.sanctuarypolicy.api.Counterparty.FOREIGN_GOVERNMENT;
import static org.sanctuarypolicy.api.Counterparty.MILITARY;
import static org.sanctuarypolicy.api.Counterparty.STATE_OR_LOCAL_AGENCY;
import static org.sanctuarypolicy.api.Effect.DENY;
import static org.sanctuarypolicy.api.Effect.ESCALATE;
import static org.sanctuarypolicy.api.Effect.PERMIT;
import static org.sanctuarypolicy.api.FacilityArea.PUBLIC;
import static org.sanctuarypolicy.api.InformationCategory.AGGREGATE_STATISTICS;
import static org.sanctuarypolicy.api.InformationCategory.CASE_RECORDS;
import static org.sanctuarypolicy.api.InformationCategory.CONTACT_INFORMATION;
import static org.sanctuarypolicy.api.InformationCategory.IDENTITY;
import static org.sanctuarypolicy.api.InformationCategory.IMMIGRATION_STATUS;
import static org.sanctuarypolicy.api.InformationCategory.PLACE_OF_BIRTH;
import static org.sanctuarypolicy.api.InformationCategory.RELEASE_INFORMATION;
import static org.sanctuarypolicy.api.ObligationType.DOCUMENT_AND_REPORT;
import static org.sanctuarypolicy.api.ObligationType.DO_NOT_OBSTRUCT;
import static org.sanctuarypolicy.api.ObligationType.LIMIT_TO_AUTHORITY_SCOPE;
import static org.sanctuarypolicy.api.ObligationType.REDACT;
import static org.sanctuarypolicy.api.ObligationType.REFER_TO_LAW_DEPARTMENT;
import static org.sanctuarypolicy.api.ObligationType.VERIFY_AUTHORITY;
import static org.sanctuarypolicy.api.Purpose.CITY_SERVICE;
import static org.sanctuarypolicy.api.Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
import static org.sanctuarypolicy.api.Purpose.CRIMINAL_INVESTIGATION;
import static org.sanctuarypolicy.api.Purpose.LITIGATION;
import static org.sanctuarypolicy.core.Decided.POLICY;
import static org.sanctuarypolicy.core.Decided.assertNotGoverned;
import static org.sanctuarypolicy.core.Decided.base;
import static org.sanctuarypolicy.core.Decided.evaluate;
import static org.sanctuarypolicy.core.Decided.excepted;
import static org.sanctuarypolicy.core.Decided.findings;
import static org.sanctuarypolicy.core.Decided.request;

import com.google.common.collect.Comparators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;

/**
 * The REDACT rule, the combining rule, the governed flag, decision obligations, remedies and the
 * decision's echoed fields, derived from DESIGN.md sections 5 and 6.
 */
class CombiningTest {

  private static final Set<Action> PHYSICAL_ACTIONS =
      EnumSet.of(
          PROVIDE_FACILITY,
          COMMIT_RESOURCES,
          ARREST_OR_DETAIN,
          HOLD_ON_DETAINER,
          TRANSFER_CUSTODY,
          GRANT_CUSTODY_ACCESS);

  private static final List<Authority> REMEDY_CANDIDATES =
      List.of(JUDICIAL_WARRANT, COURT_ORDER, STATUTORY_REQUIREMENT, WRITTEN_CONSENT);

  private static final List<String> CLAUSE_ORDER =
      List.of(
          "EO-0", "EO-1", "EO-2.1", "EO-2.2", "EO-2.3", "EO-3", "EO-4.1", "EO-4.2", "EO-4.3",
          "EO-5.1", "EO-5.2", "EO-5.3", "EO-5.4", "EO-5.5");

  private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

  private static List<ObligationType> obligationTypes(Decision decision) {
    return decision.obligations().stream().map(Obligation::type).collect(Collectors.toList());
  }

  /** Disclosure of the given categories to a state agency for city business: nexus NONE. */
  private static Decision discloseWithoutNexus(InformationCategory... information) {
    return evaluate(
        request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
            .purpose(CITY_SERVICE)
            .information(information));
  }

  // ---------------------------------------------------------------- REDACT

  @Test
  void redact_immigrationStatusOnly_deniesWithoutRedact() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS);

    assertThat(findings(decision)).containsExactly(base("EO-2.1", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).isEmpty();
  }

  @Test
  void redact_placeOfBirthOnly_denies() {
    Decision decision = discloseWithoutNexus(PLACE_OF_BIRTH);

    assertThat(findings(decision)).containsExactly(base("EO-2.1", DENY));
    assertThat(decision.obligation(REDACT)).isEmpty();
  }

  @Test
  void redact_bothStatusCategoriesOnly_denies() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS, PLACE_OF_BIRTH);

    assertThat(findings(decision)).containsExactly(base("EO-2.1", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
  }

  @ParameterizedTest
  @EnumSource(
      value = InformationCategory.class,
      names = {"IMMIGRATION_STATUS", "PLACE_OF_BIRTH"},
      mode = EnumSource.Mode.EXCLUDE)
  void redact_statusWithAnyOtherCategory_permitsRedactingStatus(InformationCategory other) {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS, other);

    assertThat(findings(decision)).containsExactly(base("EO-2.1", PERMIT));
    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.obligations())
        .containsExactly(Obligation.redact(List.of(IMMIGRATION_STATUS)));
  }

  @Test
  void redact_statusWithAggregateStatistics_permitsRedactingStatus() {
    Decision decision = discloseWithoutNexus(PLACE_OF_BIRTH, AGGREGATE_STATISTICS);

    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.obligations()).containsExactly(Obligation.redact(List.of(PLACE_OF_BIRTH)));
  }

  @Test
  void redact_bothStatusCategoriesWithOthers_listsExactlyBoth() {
    Decision decision =
        discloseWithoutNexus(IMMIGRATION_STATUS, PLACE_OF_BIRTH, IDENTITY, CASE_RECORDS);

    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.obligation(REDACT))
        .hasValueSatisfying(
            o -> assertThat(o.categories()).containsExactly(IMMIGRATION_STATUS, PLACE_OF_BIRTH));
    assertThat(decision.obligations()).hasSize(1);
  }

  @Test
  void redact_everyCategory_listsOnlyStatusCategories() {
    Decision decision = discloseWithoutNexus(InformationCategory.values());

    assertThat(decision.obligations())
        .containsExactly(Obligation.redact(List.of(IMMIGRATION_STATUS, PLACE_OF_BIRTH)));
  }

  @Test
  void redact_judicialProcess_replacesRedactionWithDisclosure() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, COURT)
                .purpose(LITIGATION)
                .information(IMMIGRATION_STATUS, CASE_RECORDS)
                .authorities(COURT_ORDER));

    assertThat(findings(decision)).containsExactly(excepted("EO-2.1(a)", PERMIT));
    assertThat(obligationTypes(decision))
        .containsExactly(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE);
  }

  @Test
  void redact_denyDecision_carriesNoRedact() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .information(IMMIGRATION_STATUS, IDENTITY));

    assertThat(findings(decision)).containsExactly(base("EO-1", DENY), base("EO-2.1", PERMIT));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).containsExactly(Obligation.of(DOCUMENT_AND_REPORT));
  }

  @Test
  void redact_denyFromDetainerClause_carriesNoRedact() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, STATE_OR_LOCAL_AGENCY)
                .purpose(CRIMINAL_INVESTIGATION)
                .information(IMMIGRATION_STATUS, RELEASE_INFORMATION)
                .authorities(IMMIGRATION_DETAINER));

    assertThat(findings(decision))
        .containsExactly(base("EO-1", DENY), base("EO-2.1", PERMIT), base("EO-5.1", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).containsExactly(Obligation.of(DOCUMENT_AND_REPORT));
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  @Test
  void redact_escalateDecision_carriesNoRedact() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                .information(IMMIGRATION_STATUS, CONTACT_INFORMATION));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(d)", ESCALATE), base("EO-2.1", PERMIT));
    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(obligationTypes(decision))
        .containsExactly(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT);
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  // ---------------------------------------------------------------- combining

  @Test
  void combining_denyAndEscalate_isDeny() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .information(PLACE_OF_BIRTH)
                .authorities(WRITTEN_CONSENT));

    assertThat(findings(decision))
        .containsExactly(base("EO-1", DENY), excepted("EO-2.1(d)", ESCALATE));
    assertThat(decision.effect()).isEqualTo(DENY);
  }

  @Test
  void combining_escalateAndPermit_isEscalate() {
    Decision decision =
        evaluate(
            request(INQUIRE_STATUS, FEDERAL_LAW_ENFORCEMENT).authorities(STATUTORY_REQUIREMENT));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(d)", ESCALATE), excepted("EO-2.2(a)", PERMIT));
    assertThat(decision.effect()).isEqualTo(ESCALATE);
  }

  @Test
  void combining_permitAndDeny_isDeny() {
    Decision decision =
        evaluate(
            request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(COURT_ORDER));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(a)", PERMIT), base("EO-5.2", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
  }

  @Test
  void combining_allPermit_isPermit() {
    Decision decision =
        evaluate(
            request(TRANSFER_CUSTODY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(JUDICIAL_WARRANT));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(a)", PERMIT), excepted("EO-5.3(a)", PERMIT));
    assertThat(decision.effect()).isEqualTo(PERMIT);
  }

  @Test
  void combining_denyEscalateAndPermitFindings_isDeny() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                .purpose(CRIMINAL_INVESTIGATION)
                .information(IMMIGRATION_STATUS, RELEASE_INFORMATION));

    assertThat(findings(decision))
        .containsExactly(
            excepted("EO-1(d)", ESCALATE), base("EO-2.1", PERMIT), base("EO-5.5", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).containsExactly(Obligation.of(DOCUMENT_AND_REPORT));
    assertThat(decision.remedies())
        .containsExactly(
            Remedy.of(JUDICIAL_WARRANT, PERMIT),
            Remedy.of(COURT_ORDER, PERMIT),
            Remedy.of(STATUTORY_REQUIREMENT, ESCALATE));
  }

  @Test
  void combining_fbiCarryingADetainerWithoutPurpose_isConfirmedAndDenied() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT)
                .information(IMMIGRATION_STATUS, RELEASE_INFORMATION)
                .authorities(IMMIGRATION_DETAINER));

    assertThat(findings(decision))
        .containsExactly(base("EO-1", DENY), base("EO-2.1", PERMIT), base("EO-5.1", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).containsExactly(Obligation.of(DOCUMENT_AND_REPORT));
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  @Test
  void combining_statuteForContactInformationToIce_isEscalateFromEo1bAndEo55b() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .information(CONTACT_INFORMATION)
                .authorities(STATUTORY_REQUIREMENT, WRITTEN_CONSENT));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(b)", ESCALATE), excepted("EO-5.5(b)", ESCALATE));
    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(obligationTypes(decision))
        .containsExactly(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT);
  }

  // ---------------------------------------------------------------- governed

  @Test
  void governed_sisterAgencyWithNexusNone_isPermitNotGovernedWithNothing() {
    Decision decision =
        evaluate(
            request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                .actor(SISTER_AGENCY)
                .purpose(CRIMINAL_INVESTIGATION)
                .authorities(ADMINISTRATIVE_SUBPOENA));

    assertNotGoverned(decision);
  }

  @Test
  void governed_sisterAgencyShownADetainer_escalates() {
    Decision decision =
        evaluate(
            request(TRANSFER_CUSTODY, STATE_OR_LOCAL_AGENCY)
                .actor(SISTER_AGENCY)
                .purpose(CRIMINAL_INVESTIGATION)
                .authorities(IMMIGRATION_DETAINER));

    assertThat(findings(decision)).containsExactly(base("EO-0", ESCALATE));
    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(obligationTypes(decision)).containsExactly(REFER_TO_LAW_DEPARTMENT);
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  @Test
  void governed_cityDepartmentAskingNothingTheOrderSpeaksTo_isPermitNotGoverned() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, COURT)
                .purpose(LITIGATION)
                .information(InformationCategory.CRIMINAL_HISTORY, CASE_RECORDS));

    assertNotGoverned(decision);
  }

  @Test
  void governed_permitWithFinding_isGoverned() {
    Decision decision =
        evaluate(
            request(PROVIDE_FACILITY, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .actor(SISTER_AGENCY)
                .facilityArea(PUBLIC));

    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.governed()).isTrue();
    assertThat(findings(decision)).containsExactly(excepted("EO-0(b)", PERMIT));
  }

  @Test
  void governed_denyDecision_isGoverned() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS);

    assertThat(decision.governed()).isTrue();
  }

  // ---------------------------------------------------------------- obligations

  @Test
  void obligations_denyDecision_addsReportingDutyFromEscalateFinding() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT).information(IMMIGRATION_STATUS));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(d)", ESCALATE), base("EO-2.1", DENY));
    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.obligations()).containsExactly(Obligation.of(DOCUMENT_AND_REPORT));
    assertThat(decision.remedies())
        .containsExactly(
            Remedy.of(JUDICIAL_WARRANT, PERMIT),
            Remedy.of(COURT_ORDER, PERMIT),
            Remedy.of(STATUTORY_REQUIREMENT, ESCALATE),
            Remedy.of(WRITTEN_CONSENT, ESCALATE));
  }

  @Test
  void obligations_denyDecision_omitsPermitFindingsObligations() {
    Decision decision =
        evaluate(
            request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(COURT_ORDER));

    assertThat(obligationTypes(decision)).containsExactly(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT);
  }

  @Test
  void obligations_denyDecision_omitsEscalateFindingsReferral() {
    Decision decision =
        evaluate(request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_ENFORCEMENT).purpose(CITY_SERVICE));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(obligationTypes(decision)).containsExactly(DOCUMENT_AND_REPORT);
  }

  @Test
  void obligations_escalateDecision_omitsPermitFindingsObligations() {
    Decision decision =
        evaluate(
            request(INQUIRE_STATUS, FEDERAL_LAW_ENFORCEMENT).authorities(STATUTORY_REQUIREMENT));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(obligationTypes(decision))
        .containsExactly(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT);
  }

  @Test
  void obligations_escalateOfSisterAgency_refersWithoutReporting() {
    Decision decision =
        evaluate(
            request(HOLD_ON_DETAINER, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .actor(SISTER_AGENCY)
                .authorities(IMMIGRATION_DETAINER));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(obligationTypes(decision)).containsExactly(REFER_TO_LAW_DEPARTMENT);
  }

  @Test
  void obligations_permitDecision_unionsPermitFindings() {
    Decision decision =
        evaluate(
            request(HOLD_ON_DETAINER, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .authorities(IMMIGRATION_DETAINER, COURT_ORDER));

    assertThat(findings(decision))
        .containsExactly(excepted("EO-1(a)", PERMIT), excepted("EO-5.1(a)", PERMIT));
    assertThat(obligationTypes(decision))
        .containsExactly(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT);
  }

  @Test
  void obligations_permitWithoutReportingFinding_hasNoReportingDuty() {
    Decision decision =
        evaluate(
            request(INQUIRE_STATUS, STATE_OR_LOCAL_AGENCY)
                .purpose(CITY_SERVICE)
                .authorities(STATUTORY_REQUIREMENT));

    assertThat(obligationTypes(decision)).containsExactly(LIMIT_TO_AUTHORITY_SCOPE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Action.class,
      names = {
        "PROVIDE_FACILITY",
        "COMMIT_RESOURCES",
        "ARREST_OR_DETAIN",
        "HOLD_ON_DETAINER",
        "TRANSFER_CUSTODY",
        "GRANT_CUSTODY_ACCESS"
      })
  void obligations_deniedPhysicalAction_carriesDoNotObstruct(Action action) {
    Decision decision =
        evaluate(
            request(action, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(obligationTypes(decision)).containsExactly(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT);
  }

  @ParameterizedTest
  @EnumSource(
      value = Action.class,
      names = {
        "DISCLOSE_INFORMATION",
        "ENTER_AGREEMENT",
        "GRANT_DATABASE_ACCESS",
        "INQUIRE_STATUS"
      })
  void obligations_deniedNonPhysicalAction_carriesNoDoNotObstruct(Action action) {
    Request.Builder builder =
        request(action, FEDERAL_IMMIGRATION_ENFORCEMENT).purpose(CIVIL_IMMIGRATION_ENFORCEMENT);
    if (action == DISCLOSE_INFORMATION) {
      builder.information(RELEASE_INFORMATION).authorities(IMMIGRATION_DETAINER);
    }
    Decision decision = evaluate(builder);

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(obligationTypes(decision)).containsExactly(DOCUMENT_AND_REPORT);
  }

  @Test
  void obligations_escalatedPhysicalAction_carriesNoDoNotObstruct() {
    Decision decision = evaluate(request(TRANSFER_CUSTODY, FEDERAL_LAW_ENFORCEMENT));

    assertThat(findings(decision)).containsExactly(excepted("EO-1(d)", ESCALATE));
    assertThat(obligationTypes(decision))
        .containsExactly(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT);
  }

  @Test
  void obligations_deniedPhysicalActionOfMilitaryPolicing_carriesDoNotObstruct() {
    Decision decision =
        evaluate(request(COMMIT_RESOURCES, MILITARY).purpose(CRIMINAL_INVESTIGATION));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(obligationTypes(decision)).containsExactly(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT);
  }

  // ---------------------------------------------------------------- remedies

  @Test
  void remedies_permitDecision_hasNone() {
    Decision decision =
        evaluate(
            request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(JUDICIAL_WARRANT));

    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.remedies()).isEmpty();
  }

  @Test
  void remedies_denyDecision_listsEscalatingInstrument() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_INVESTIGATIONS)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .information(IDENTITY));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.remedies())
        .containsExactly(
            Remedy.of(JUDICIAL_WARRANT, PERMIT),
            Remedy.of(COURT_ORDER, PERMIT),
            Remedy.of(STATUTORY_REQUIREMENT, ESCALATE));
  }

  @Test
  void remedies_escalateDecision_listsOnlyPermittingInstruments() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, MILITARY)
                .purpose(CRIMINAL_INVESTIGATION)
                .information(IDENTITY));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  @Test
  void remedies_escalateDecisionWithoutPermittingInstrument_hasNone() {
    Decision decision = evaluate(request(GRANT_DATABASE_ACCESS, Counterparty.UNKNOWN));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(decision.remedies()).isEmpty();
  }

  @Test
  void remedies_presentedInstrument_isNeverListed() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT)
                .information(CONTACT_INFORMATION)
                .authorities(STATUTORY_REQUIREMENT));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT), Remedy.of(COURT_ORDER, PERMIT));
  }

  @Test
  void remedies_presentedJudicialWarrant_leavesOtherRemedies() {
    Decision decision =
        evaluate(
            request(INQUIRE_STATUS, STATE_OR_LOCAL_AGENCY)
                .purpose(CITY_SERVICE)
                .authorities(JUDICIAL_WARRANT));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.remedies())
        .containsExactly(Remedy.of(COURT_ORDER, PERMIT), Remedy.of(STATUTORY_REQUIREMENT, PERMIT));
  }

  @Test
  void remedies_allFourInstruments_inOrder() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS);

    assertThat(decision.remedies())
        .containsExactly(
            Remedy.of(JUDICIAL_WARRANT, PERMIT),
            Remedy.of(COURT_ORDER, PERMIT),
            Remedy.of(STATUTORY_REQUIREMENT, PERMIT),
            Remedy.of(WRITTEN_CONSENT, PERMIT));
  }

  @Test
  void remedies_onlyJudicialWarrantForArrest() {
    Decision decision =
        evaluate(
            request(ARREST_OR_DETAIN, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .authorities(
                    ADMINISTRATIVE_WARRANT, IMMIGRATION_DETAINER, ADMINISTRATIVE_SUBPOENA));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.remedies()).containsExactly(Remedy.of(JUDICIAL_WARRANT, PERMIT));
  }

  @Test
  void remedies_denyThatNoInstrumentChanges_hasNone() {
    Decision decision =
        evaluate(
            request(ENTER_AGREEMENT, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.remedies()).isEmpty();
  }

  @Test
  void remedies_overManyRequests_areExactlyWhatReEvaluationYields() {
    List<String> failures = new ArrayList<>();
    for (Request request : sampleRequests()) {
      Decision decision = POLICY.evaluate(request);
      List<Remedy> expected = new ArrayList<>();
      if (decision.effect() != PERMIT) {
        for (Authority candidate : REMEDY_CANDIDATES) {
          if (request.presents(candidate)) {
            continue;
          }
          EnumSet<Authority> with = EnumSet.of(candidate);
          with.addAll(request.authorities());
          Effect effect =
              POLICY.evaluate(Request.builderFrom(request).authorities(with).build()).effect();
          if (effect == PERMIT || (effect == ESCALATE && decision.effect() == DENY)) {
            expected.add(Remedy.of(candidate, effect));
          }
        }
      }
      if (!decision.remedies().equals(expected)) {
        failures.add(request + ": " + decision.remedies() + " != " + expected);
      }
    }
    assertThat(failures).isEmpty();
  }

  // ---------------------------------------------------------------- laws over a sample

  @Test
  void decision_overManyRequests_keepsCombiningGovernedAndOrderingRules() {
    List<String> failures = new ArrayList<>();
    for (Request request : sampleRequests()) {
      Decision d = POLICY.evaluate(request);
      List<Effect> effects = d.reasons().stream().map(Reason::effect).collect(Collectors.toList());
      Effect combined =
          effects.contains(DENY) ? DENY : effects.contains(ESCALATE) ? ESCALATE : PERMIT;
      check(failures, request, "combining", d.effect() == combined);
      check(failures, request, "governed", d.governed() == !d.reasons().isEmpty());
      check(
          failures,
          request,
          "clause order",
          isSorted(d.reasons().stream().map(r -> CLAUSE_ORDER.indexOf(r.clause()))));
      check(
          failures,
          request,
          "known clause ids",
          d.reasons().stream().allMatch(r -> CLAUSE_ORDER.contains(r.clause())));
      check(
          failures,
          request,
          "obligation order",
          isSorted(d.obligations().stream().map(o -> o.type().ordinal())));
      check(
          failures,
          request,
          "escalate refers",
          d.effect() != ESCALATE || d.obligation(REFER_TO_LAW_DEPARTMENT).isPresent());
      check(
          failures,
          request,
          "no redact unless permit",
          d.effect() == PERMIT || d.obligation(REDACT).isEmpty());
      check(
          failures,
          request,
          "do not obstruct only for physical actions",
          PHYSICAL_ACTIONS.contains(request.action()) || d.obligation(DO_NOT_OBSTRUCT).isEmpty());
      check(
          failures,
          request,
          "do not obstruct only on deny",
          d.effect() == DENY || d.obligation(DO_NOT_OBSTRUCT).isEmpty());
      check(
          failures,
          request,
          "remedies only judicial, statute or consent",
          d.remedies().stream().allMatch(r -> REMEDY_CANDIDATES.contains(r.authority())));
      check(
          failures,
          request,
          "remedies never presented",
          d.remedies().stream().noneMatch(r -> request.presents(r.authority())));
      check(
          failures,
          request,
          "remedy order",
          isSorted(d.remedies().stream().map(r -> r.authority().ordinal())));
      check(
          failures,
          request,
          "permit has no remedies",
          d.effect() != PERMIT || d.remedies().isEmpty());
      check(
          failures,
          request,
          "reason texts",
          d.reasons().stream().allMatch(r -> !r.text().isBlank()));
      check(
          failures,
          request,
          "exception ids belong to their clause",
          d.reasons().stream()
              .allMatch(r -> r.exception().map(e -> e.startsWith(r.clause() + "(")).orElse(true)));
    }
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, Request request, String rule, boolean holds) {
    if (!holds) {
      failures.add(rule + ": " + request);
    }
  }

  private static boolean isSorted(Stream<Integer> values) {
    return Comparators.isInOrder(values.collect(Collectors.toList()), Comparator.naturalOrder());
  }

  /** Every action, counterparty and purpose for a bound actor, with a few instrument sets. */
  private static List<Request> sampleRequests() {
    List<Set<Authority>> authoritySets =
        List.of(
            EnumSet.noneOf(Authority.class),
            EnumSet.of(IMMIGRATION_DETAINER),
            EnumSet.of(ADMINISTRATIVE_WARRANT),
            EnumSet.of(JUDICIAL_WARRANT),
            EnumSet.of(COURT_ORDER),
            EnumSet.of(STATUTORY_REQUIREMENT),
            EnumSet.of(WRITTEN_CONSENT),
            EnumSet.of(IMMIGRATION_DETAINER, WRITTEN_CONSENT));
    List<List<InformationCategory>> disclosures =
        List.of(
            List.of(IMMIGRATION_STATUS),
            List.of(IMMIGRATION_STATUS, AGGREGATE_STATISTICS),
            List.of(RELEASE_INFORMATION),
            List.of(CONTACT_INFORMATION));
    List<Request> requests = new ArrayList<>();
    for (Action action : Action.values()) {
      for (Counterparty counterparty : Counterparty.values()) {
        for (Purpose purpose : Purpose.values()) {
          for (Set<Authority> authorities : authoritySets) {
            Request.Builder builder =
                request(action, counterparty).purpose(purpose).authorities(authorities);
            if (action == DISCLOSE_INFORMATION) {
              for (List<InformationCategory> information : disclosures) {
                requests.add(builder.information(information).build());
              }
            } else {
              requests.add(builder.build());
            }
          }
        }
      }
    }
    return requests;
  }

  // ---------------------------------------------------------------- echoed fields

  @Test
  void requestId_isEchoed() {
    Decision decision =
        evaluate(
            request(COMMIT_RESOURCES, FEDERAL_IMMIGRATION_ENFORCEMENT).requestId("case.42:A_b-9"));

    assertThat(decision.requestId()).isEqualTo("case.42:A_b-9");
  }

  @Test
  void requestId_ofUngovernedDecision_isEchoed() {
    Decision decision =
        evaluate(
            request(COMMIT_RESOURCES, FOREIGN_GOVERNMENT)
                .purpose(CITY_SERVICE)
                .requestId("ungoverned-7"));

    assertThat(decision.governed()).isFalse();
    assertThat(decision.requestId()).isEqualTo("ungoverned-7");
  }

  @Test
  void policy_fingerprint_isSha256Hex() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS);

    assertThat(decision.policy().fingerprint()).matches(FINGERPRINT);
    assertThat(decision.policy().id()).isNotBlank();
    assertThat(decision.policy().version()).isNotBlank();
  }

  @Test
  void policy_info_isTheSameOnEveryDecisionAndPolicyInstance() {
    Decision governed = discloseWithoutNexus(IMMIGRATION_STATUS);
    Decision ungoverned = discloseWithoutNexus(CONTACT_INFORMATION);

    assertThat(governed.policy()).isEqualTo(POLICY.info());
    assertThat(ungoverned.policy()).isEqualTo(POLICY.info());
  }

  @Test
  void permits_permitDecision_isTrue() {
    Decision decision = discloseWithoutNexus(CONTACT_INFORMATION);

    assertThat(decision.effect()).isEqualTo(PERMIT);
    assertThat(decision.permits()).isTrue();
  }

  @Test
  void permits_denyDecision_isFalse() {
    Decision decision = discloseWithoutNexus(IMMIGRATION_STATUS);

    assertThat(decision.effect()).isEqualTo(DENY);
    assertThat(decision.permits()).isFalse();
  }

  @Test
  void permits_escalateDecision_isFalse() {
    Decision decision =
        evaluate(request(DISCLOSE_INFORMATION, FEDERAL_LAW_ENFORCEMENT).information(IDENTITY));

    assertThat(decision.effect()).isEqualTo(ESCALATE);
    assertThat(decision.permits()).isFalse();
  }

  @Test
  void evaluate_sameContentWithSetsInAnotherOrder_givesEqualDecisions() {
    Decision decision =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .information(IMMIGRATION_STATUS, RELEASE_INFORMATION)
                .authorities(IMMIGRATION_DETAINER, WRITTEN_CONSENT));
    Decision reordered =
        evaluate(
            request(DISCLOSE_INFORMATION, FEDERAL_IMMIGRATION_ENFORCEMENT)
                .information(RELEASE_INFORMATION, IMMIGRATION_STATUS)
                .authorities(WRITTEN_CONSENT, IMMIGRATION_DETAINER));

    assertThat(reordered).isEqualTo(decision);
  }
}
