package org.sanctuarypolicy.testkit;

import static org.sanctuarypolicy.api.Effect.DENY;
import static org.sanctuarypolicy.api.Effect.ESCALATE;
import static org.sanctuarypolicy.api.Effect.PERMIT;
import static org.sanctuarypolicy.api.FacilityArea.NON_PUBLIC;
import static org.sanctuarypolicy.api.FacilityArea.PUBLIC;
import static org.sanctuarypolicy.api.ObligationType.DOCUMENT_AND_REPORT;
import static org.sanctuarypolicy.api.ObligationType.DO_NOT_OBSTRUCT;
import static org.sanctuarypolicy.api.ObligationType.EMERGENCY_ONLY;
import static org.sanctuarypolicy.api.ObligationType.LIMIT_TO_AUTHORITY_SCOPE;
import static org.sanctuarypolicy.api.ObligationType.REDACT;
import static org.sanctuarypolicy.api.ObligationType.REFER_TO_LAW_DEPARTMENT;
import static org.sanctuarypolicy.api.ObligationType.VERIFY_AUTHORITY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.List;
import java.util.Optional;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The conformance catalog as authored: each scenario's situation as a request, and the outcome
 * derived by hand from DESIGN.md §4 and §5 (never from the engine): the effect, every finding as
 * its clause id or, where an exception holds, its exception id, in clause order, the categories a
 * REDACT withholds, and for many scenarios the obligations and remedies too.
 *
 * <p>{@link CatalogGenerator} turns this into the shipped JSON lines with the engine's full
 * decisions, and fails on any scenario where the engine disagrees with the hand-derived outcome.
 * Ids are stable: add a scenario at the end with the next id; never renumber or reuse one.
 */
final class CatalogScenarios {
  // Counterparties.
  private static final Counterparty ICE = Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT;
  private static final Counterparty HSI = Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
  private static final Counterparty USCIS = Counterparty.FEDERAL_IMMIGRATION_BENEFITS;
  private static final Counterparty FEDERAL_POLICE = Counterparty.FEDERAL_LAW_ENFORCEMENT;
  private static final Counterparty MILITARY = Counterparty.MILITARY;
  private static final Counterparty OTHER_FEDERAL = Counterparty.OTHER_FEDERAL_AGENCY;
  private static final Counterparty LOCAL = Counterparty.STATE_OR_LOCAL_AGENCY;
  private static final Counterparty CONSULATE = Counterparty.FOREIGN_GOVERNMENT;
  private static final Counterparty COURT = Counterparty.COURT;
  private static final Counterparty SUBJECT = Counterparty.DATA_SUBJECT;
  private static final Counterparty PRIVATE = Counterparty.PRIVATE_PARTY;
  private static final Counterparty ANYONE = Counterparty.UNKNOWN;

  // Purposes.
  private static final Purpose CIVIL = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
  private static final Purpose CRIMINAL = Purpose.CRIMINAL_INVESTIGATION;
  private static final Purpose EMERGENCY = Purpose.EMERGENCY_RESPONSE;
  private static final Purpose BENEFIT = Purpose.SUBJECT_BENEFIT;
  private static final Purpose LITIGATION = Purpose.LITIGATION;
  private static final Purpose SERVICE = Purpose.CITY_SERVICE;
  private static final Purpose NO_PURPOSE = Purpose.UNKNOWN;

  // Instruments.
  private static final Authority DETAINER = Authority.IMMIGRATION_DETAINER;
  private static final Authority ADMIN_WARRANT = Authority.ADMINISTRATIVE_WARRANT;
  private static final Authority ADMIN_SUBPOENA = Authority.ADMINISTRATIVE_SUBPOENA;
  private static final Authority WARRANT = Authority.JUDICIAL_WARRANT;
  private static final Authority COURT_ORDER = Authority.COURT_ORDER;
  private static final Authority STATUTE = Authority.STATUTORY_REQUIREMENT;
  private static final Authority CONSENT = Authority.WRITTEN_CONSENT;

  // Information.
  private static final InformationCategory STATUS = InformationCategory.IMMIGRATION_STATUS;
  private static final InformationCategory BIRTHPLACE = InformationCategory.PLACE_OF_BIRTH;
  private static final InformationCategory CONTACT = InformationCategory.CONTACT_INFORMATION;
  private static final InformationCategory CUSTODY = InformationCategory.CUSTODY_STATUS;
  private static final InformationCategory RELEASE = InformationCategory.RELEASE_INFORMATION;
  private static final InformationCategory IDENTITY = InformationCategory.IDENTITY;
  private static final InformationCategory RAP_SHEET = InformationCategory.CRIMINAL_HISTORY;
  private static final InformationCategory RECORDS = InformationCategory.CASE_RECORDS;
  private static final InformationCategory COUNTS = InformationCategory.AGGREGATE_STATISTICS;

  // Remedies, as "INSTRUMENT:EFFECT".
  private static final String JW_PERMIT = "JUDICIAL_WARRANT:PERMIT";
  private static final String CO_PERMIT = "COURT_ORDER:PERMIT";
  private static final String SR_PERMIT = "STATUTORY_REQUIREMENT:PERMIT";
  private static final String SR_ESCALATE = "STATUTORY_REQUIREMENT:ESCALATE";
  private static final String WC_PERMIT = "WRITTEN_CONSENT:PERMIT";
  private static final String WC_ESCALATE = "WRITTEN_CONSENT:ESCALATE";

  /** A scenario as authored. */
  record Authored(String id, String title, Request request, Expectation expected) {
    /** The clause ids of the hand-derived findings, in order: the catalog's "clauses". */
    ImmutableList<String> clauses() {
      return expected.reasons().stream()
          .map(CatalogScenarios::clauseOf)
          .distinct()
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** The outcome derived by hand; obligations and remedies are checked where given. */
  record Expectation(
      Effect effect,
      ImmutableList<String> reasons,
      ImmutableSet<InformationCategory> redacted,
      Optional<ImmutableSet<ObligationType>> expectedObligations,
      Optional<ImmutableList<String>> expectedRemedies) {
    Expectation redacts(InformationCategory... categories) {
      return new Expectation(
          effect,
          reasons,
          Sets.immutableEnumSet(List.of(categories)),
          expectedObligations,
          expectedRemedies);
    }

    Expectation obligations(ObligationType... types) {
      return new Expectation(
          effect, reasons, redacted, Optional.of(ImmutableSet.copyOf(types)), expectedRemedies);
    }

    Expectation remedies(String... remedies) {
      return new Expectation(
          effect,
          reasons,
          redacted,
          expectedObligations,
          Optional.of(ImmutableList.copyOf(remedies)));
    }
  }

  private CatalogScenarios() {}

  static String clauseOf(String reason) {
    int paren = reason.indexOf('(');
    return paren < 0 ? reason : reason.substring(0, paren);
  }

  static Expectation expect(Effect effect, String... reasons) {
    return new Expectation(
        effect,
        ImmutableList.copyOf(reasons),
        ImmutableSet.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** The order does not speak: PERMIT, not governed. */
  private static Expectation notGoverned() {
    return expect(PERMIT).obligations().remedies();
  }

  private static Request.Builder ask(Action action, Counterparty counterparty, Purpose purpose) {
    return Request.builder().action(action).counterparty(counterparty).purpose(purpose);
  }

  private static Request.Builder disclose(
      Counterparty counterparty, Purpose purpose, InformationCategory... information) {
    return ask(Action.DISCLOSE_INFORMATION, counterparty, purpose).information(information);
  }

  private static Request.Builder facility(
      Counterparty counterparty, Purpose purpose, FacilityArea area) {
    return ask(Action.PROVIDE_FACILITY, counterparty, purpose).facilityArea(area);
  }

  private static Request.Builder hold(Counterparty counterparty, Purpose purpose) {
    return ask(Action.HOLD_ON_DETAINER, counterparty, purpose);
  }

  private static Request.Builder transfer(Counterparty counterparty, Purpose purpose) {
    return ask(Action.TRANSFER_CUSTODY, counterparty, purpose);
  }

  private static Request.Builder visit(Counterparty counterparty, Purpose purpose) {
    return ask(Action.GRANT_CUSTODY_ACCESS, counterparty, purpose);
  }

  private static Request.Builder arrest(Counterparty counterparty, Purpose purpose) {
    return ask(Action.ARREST_OR_DETAIN, counterparty, purpose);
  }

  private static Request.Builder commit(Counterparty counterparty, Purpose purpose) {
    return ask(Action.COMMIT_RESOURCES, counterparty, purpose);
  }

  private static Request.Builder agree(Counterparty counterparty, Purpose purpose) {
    return ask(Action.ENTER_AGREEMENT, counterparty, purpose);
  }

  private static Request.Builder database(Counterparty counterparty, Purpose purpose) {
    return ask(Action.GRANT_DATABASE_ACCESS, counterparty, purpose);
  }

  private static Request.Builder inquire(Counterparty counterparty, Purpose purpose) {
    return ask(Action.INQUIRE_STATUS, counterparty, purpose);
  }

  private static Request.Builder contractor(Request.Builder request) {
    return request.actor(Actor.CITY_CONTRACTOR);
  }

  private static Request.Builder sister(Request.Builder request) {
    return request.actor(Actor.SISTER_AGENCY);
  }

  private static Authored s(
      String id, String title, Request.Builder request, Expectation expected) {
    return new Authored(id, title, request.requestId(id).build(), expected);
  }

  /** Every scenario, in id order. */
  static List<Authored> all() {
    return List.of(
        // Records desk: a city department is asked to disclose records.
        s(
            "C-001",
            "Records desk: ICE ERO asks for a resident's immigration status for a removal case",
            disclose(ICE, CIVIL, STATUS),
            expect(DENY, "EO-1", "EO-2.1")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-002",
            "Records desk: ICE emails for a resident's name and address without saying why",
            disclose(ICE, NO_PURPOSE, IDENTITY, CONTACT),
            expect(DENY, "EO-1", "EO-5.5").remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-003",
            "Records desk: ICE asks for a full case file, status included, to locate a person for"
                + " removal",
            disclose(ICE, CIVIL, STATUS, IDENTITY, CONTACT, RECORDS),
            expect(DENY, "EO-1", "EO-2.1", "EO-5.5").obligations(DOCUMENT_AND_REPORT)),
        s(
            "C-004",
            "Records desk: ICE presents a judicial warrant for a file with status and place of"
                + " birth",
            disclose(ICE, CIVIL, STATUS, BIRTHPLACE, IDENTITY).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-2.1(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)
                .remedies()),
        s(
            "C-005",
            "Records desk: HSI says a human-trafficking investigation needs a suspect's case file",
            disclose(HSI, CRIMINAL, RECORDS, RAP_SHEET),
            expect(ESCALATE, "EO-1(d)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-006",
            "Records desk: HSI asks for a criminal case file that records the suspect's immigration"
                + " status",
            disclose(HSI, CRIMINAL, STATUS, RECORDS),
            expect(ESCALATE, "EO-1(d)", "EO-2.1")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)),
        s(
            "C-007",
            "Records desk: the FBI asks for an arrestee's criminal history in a bank-robbery case",
            disclose(FEDERAL_POLICE, CRIMINAL, RAP_SHEET),
            notGoverned()),
        s(
            "C-008",
            "Records desk: US Marshals ask for a person's identity records without stating a"
                + " purpose",
            disclose(FEDERAL_POLICE, NO_PURPOSE, IDENTITY),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-009",
            "Records desk: DEA agents ask whether a person is in the country lawfully, with no"
                + " stated purpose",
            disclose(FEDERAL_POLICE, NO_PURPOSE, STATUS),
            expect(DENY, "EO-1(d)", "EO-2.1")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE, WC_ESCALATE)),
        s(
            "C-010",
            "Records desk: the state licensing board asks for a licensee's file, which records"
                + " immigration status",
            disclose(LOCAL, SERVICE, STATUS, IDENTITY),
            expect(PERMIT, "EO-2.1").redacts(STATUS).obligations(REDACT).remedies()),
        s(
            "C-011",
            "Records desk: a state agency asks for status, birthplace, identity and contact"
                + " details",
            disclose(LOCAL, SERVICE, STATUS, BIRTHPLACE, IDENTITY, CONTACT),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),
        s(
            "C-012",
            "Records desk: a university researcher asks for counts of residents by country of"
                + " birth",
            disclose(PRIVATE, NO_PURPOSE, BIRTHPLACE, COUNTS),
            expect(PERMIT, "EO-2.1").redacts(BIRTHPLACE)),
        s(
            "C-013",
            "Records desk: a landlord asks for a tenant's immigration status and place of birth",
            disclose(PRIVATE, NO_PURPOSE, STATUS, BIRTHPLACE),
            expect(DENY, "EO-2.1")
                .obligations()
                .remedies(JW_PERMIT, CO_PERMIT, SR_PERMIT, WC_PERMIT)),
        s(
            "C-014",
            "Records desk: a resident's lawyer asks for the client's own file, status included",
            disclose(PRIVATE, NO_PURPOSE, STATUS, RECORDS),
            expect(PERMIT, "EO-2.1").redacts(STATUS).obligations(REDACT).remedies()),
        s(
            "C-015",
            "Records desk: a resident asks for a copy of their own immigration-status record",
            disclose(SUBJECT, BENEFIT, STATUS),
            notGoverned()),
        s(
            "C-016",
            "Records desk: a state agency asks for status with the resident's signed consent",
            disclose(LOCAL, BENEFIT, STATUS).authorities(CONSENT),
            expect(PERMIT, "EO-2.1(c)").obligations(LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-017",
            "Records desk: the state Medicaid agency cites a statute requiring status verification",
            disclose(LOCAL, BENEFIT, STATUS, BIRTHPLACE).authorities(STATUTE),
            expect(PERMIT, "EO-2.1(b)").obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-018",
            "Records desk: ICE cites 8 U.S.C. 1373 as requiring the city to share a resident's"
                + " status",
            disclose(ICE, CIVIL, STATUS).authorities(STATUTE),
            expect(ESCALATE, "EO-1(b)", "EO-2.1(d)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-019",
            "Records desk: ICE presents a consent form it says the person signed",
            disclose(ICE, CIVIL, STATUS, IDENTITY).authorities(CONSENT),
            expect(DENY, "EO-1", "EO-2.1(d)")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-020",
            "Records desk: an unidentified caller cites a statute and asks for a resident's status",
            disclose(ANYONE, NO_PURPOSE, STATUS, IDENTITY).authorities(STATUTE),
            expect(ESCALATE, "EO-1(b)", "EO-2.1(d)")),
        s(
            "C-021",
            "Records desk: ICE serves an administrative subpoena for a person's case records",
            disclose(ICE, CIVIL, RECORDS).authorities(ADMIN_SUBPOENA),
            expect(DENY, "EO-1")),
        s(
            "C-022",
            "Records desk: ICE comes back with a court order for the same case records",
            disclose(ICE, CIVIL, RECORDS).authorities(ADMIN_SUBPOENA, COURT_ORDER),
            expect(PERMIT, "EO-1(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)),
        s(
            "C-023",
            "Records desk: the FBI asks for a rap sheet that also lists the person's immigration"
                + " status",
            disclose(FEDERAL_POLICE, CRIMINAL, RAP_SHEET, STATUS),
            expect(PERMIT, "EO-2.1").redacts(STATUS)),
        s(
            "C-024",
            "Records desk: the FBI cites a statute requiring status in a criminal background check",
            disclose(FEDERAL_POLICE, CRIMINAL, STATUS).authorities(STATUTE),
            expect(PERMIT, "EO-2.1(b)")),
        s(
            "C-025",
            "Records desk: ICE says it urgently needs a missing child's identity records",
            disclose(ICE, EMERGENCY, IDENTITY),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-026",
            "Records desk: ICE asks for status, birthplace and criminal history; a detainer is on"
                + " file",
            disclose(ICE, CIVIL, STATUS, BIRTHPLACE, RAP_SHEET).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-2.1")),
        s(
            "C-027",
            "Records desk: ICE presents a judicial warrant and cites a statute for status and"
                + " contact details",
            disclose(ICE, CIVIL, STATUS, CONTACT).authorities(WARRANT, STATUTE),
            expect(PERMIT, "EO-1(a)", "EO-2.1(a)", "EO-5.5(a)")),
        s(
            "C-028",
            "Records desk: HSI presents the person's written consent to share status in a criminal"
                + " case",
            disclose(HSI, CRIMINAL, STATUS, BIRTHPLACE).authorities(CONSENT),
            expect(ESCALATE, "EO-1(d)", "EO-2.1(d)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)),

        // Lockup: people in city custody.
        s(
            "C-029",
            "Lockup: an I-247A detainer asks the city to hold an arrestee 48 hours past release",
            hold(ICE, CIVIL).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-030",
            "Lockup: the detainer comes with an I-200 administrative warrant",
            hold(ICE, CIVIL).authorities(DETAINER, ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-5.1")),
        s(
            "C-031",
            "Lockup: ICE presents a criminal warrant signed by a federal judge to hold the person",
            hold(ICE, CIVIL).authorities(DETAINER, WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.1(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)),
        s(
            "C-032",
            "Lockup: a neighbouring county asks the city to keep someone on ICE's detainer",
            hold(LOCAL, NO_PURPOSE).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1").obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)),
        s(
            "C-033",
            "Lockup: a court order directs the city to keep a person for ICE",
            hold(ICE, CIVIL).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.1(a)")),
        s(
            "C-034",
            "Lockup: US Marshals ask the city to keep a person past release with no paper at all",
            hold(FEDERAL_POLICE, CRIMINAL),
            expect(DENY, "EO-5.1")),
        s(
            "C-035",
            "Lockup: HSI asks for a hold on a detainer, citing a criminal investigation",
            hold(HSI, CRIMINAL).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1").obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)),
        s(
            "C-036",
            "Lockup: ICE phones to ask for a hold without any paper",
            hold(ICE, NO_PURPOSE),
            expect(DENY, "EO-1", "EO-5.1")),
        s(
            "C-037",
            "Lockup: ICE sends an I-247A asking to be told the release date",
            disclose(ICE, NO_PURPOSE, RELEASE).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1", "EO-5.5")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-038",
            "Lockup: ICE asks for custody status, release time and immigration status under a"
                + " detainer",
            disclose(ICE, CIVIL, CUSTODY, RELEASE, STATUS).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-2.1", "EO-5.1", "EO-5.5")),
        s(
            "C-039",
            "Lockup: the FBI forwards an immigration detainer and asks whether the person is still"
                + " held",
            disclose(FEDERAL_POLICE, CRIMINAL, CUSTODY).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1")),
        s(
            "C-040",
            "Lockup: ICE brings a court order for the release date on a detainer",
            disclose(ICE, NO_PURPOSE, RELEASE).authorities(DETAINER, COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.1(a)", "EO-5.5(a)")),
        s(
            "C-041",
            "Lockup: a detained person's lawyer asks for the release date; the file holds a"
                + " detainer",
            disclose(PRIVATE, NO_PURPOSE, RELEASE, CUSTODY),
            notGoverned()),
        s(
            "C-042",
            "Lockup: the county sheriff asks for custody status with an ICE detainer attached",
            disclose(LOCAL, SERVICE, CUSTODY).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1").remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-043",
            "Lockup: ICE asks for court dates and release time under a detainer, citing a statute",
            disclose(ICE, CIVIL, RELEASE, CUSTODY).authorities(DETAINER, STATUTE),
            expect(DENY, "EO-1(b)", "EO-5.1", "EO-5.5(b)").remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-044",
            "Lockup: a federal agent with no stated purpose asks for the release date under a"
                + " detainer",
            disclose(FEDERAL_POLICE, NO_PURPOSE, RELEASE).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1")),
        s(
            "C-045",
            "Lockup: ICE asks for status and release date with a court order and a detainer",
            disclose(ICE, CIVIL, STATUS, RELEASE).authorities(DETAINER, COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-2.1(a)", "EO-5.1(a)", "EO-5.5(a)")),
        s(
            "C-046",
            "Lockup: ICE asks to interview a detainee by phone",
            visit(ICE, NO_PURPOSE),
            expect(DENY, "EO-1", "EO-5.4").obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)),
        s(
            "C-047",
            "Lockup: HSI asks to interview a detainee about a smuggling ring",
            visit(HSI, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-5.4")),
        s(
            "C-048",
            "Lockup: a consular officer visits a detained national",
            visit(CONSULATE, SERVICE),
            notGoverned()),
        s(
            "C-049",
            "Lockup: a detainee's lawyer asks for a visit",
            visit(PRIVATE, NO_PURPOSE),
            notGoverned()),
        s(
            "C-050",
            "Lockup: ICE brings a judicial warrant to interview a detainee",
            visit(ICE, NO_PURPOSE).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.4(a)")),
        s(
            "C-051",
            "Lockup: HSI brings a court order to interview a detainee",
            visit(HSI, CRIMINAL).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.4(a)")),
        s(
            "C-052",
            "Lockup: a federal agent asks to speak with a detainee without saying why",
            visit(FEDERAL_POLICE, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-053",
            "Lockup: the sally-port officer is asked to hand an arrestee to ICE",
            transfer(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-5.3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-054",
            "Lockup: ICE asks for a transfer, saying it is for a criminal case",
            transfer(ICE, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-5.3")),
        s(
            "C-055",
            "Lockup: the county asks for a transfer on a state charge and sends ICE's detainer with"
                + " the request",
            transfer(LOCAL, CRIMINAL).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.3").remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-056",
            "Lockup: the county asks for a transfer to its jail on a state criminal charge",
            transfer(LOCAL, CRIMINAL),
            notGoverned()),
        s(
            "C-057",
            "Lockup: ICE presents a court order for the transfer",
            transfer(ICE, CIVIL).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.3(a)")),
        s(
            "C-058",
            "Lockup: HSI presents a judicial warrant for a transfer in a criminal case",
            transfer(HSI, CRIMINAL).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.3(a)")),
        s(
            "C-059",
            "Lockup: ICE presents an immigration judge's removal order for a transfer",
            transfer(ICE, CIVIL).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-5.3")),
        s(
            "C-060",
            "Lockup: ICE brings a detainer, an I-205 warrant and an administrative subpoena for a"
                + " transfer",
            transfer(ICE, CIVIL).authorities(DETAINER, ADMIN_WARRANT, ADMIN_SUBPOENA),
            expect(DENY, "EO-1", "EO-5.3")),
        s(
            "C-061",
            "Lockup: US Marshals take a federal prisoner on a judge's writ",
            transfer(FEDERAL_POLICE, CRIMINAL).authorities(COURT_ORDER),
            notGoverned()),

        // Patrol: arrests.
        s(
            "C-062",
            "Patrol: ICE asks officers to arrest a man on its target list",
            arrest(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-5.2")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT)),
        s(
            "C-063",
            "Patrol: a Marshals task force asks officers to arrest on an immigration judge's order",
            arrest(FEDERAL_POLICE, CRIMINAL).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-5.2").remedies(JW_PERMIT)),
        s(
            "C-064",
            "Patrol: ICE brings a criminal arrest warrant signed by a judge",
            arrest(ICE, CIVIL).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.2(a)")),
        s(
            "C-065",
            "Patrol: ICE brings a court order, which is not an arrest warrant",
            arrest(ICE, CIVIL).authorities(COURT_ORDER),
            expect(DENY, "EO-1(a)", "EO-5.2")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT)),
        s(
            "C-066",
            "Patrol: state police ask for help arresting a burglary suspect",
            arrest(LOCAL, CRIMINAL),
            notGoverned()),
        s(
            "C-067",
            "Patrol: the FBI asks for an arrest on an immigration detainer it forwarded",
            arrest(FEDERAL_POLICE, CRIMINAL).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.2")),
        s(
            "C-068",
            "Patrol: the FBI asks for an arrest on a judicial warrant and hands over a detainer"
                + " too",
            arrest(FEDERAL_POLICE, CRIMINAL).authorities(DETAINER, WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.2(a)")),
        s(
            "C-069",
            "Patrol: a bounty hunter asks officers to detain someone for ICE",
            arrest(PRIVATE, CIVIL),
            expect(DENY, "EO-1", "EO-5.2")),
        s(
            "C-070",
            "Patrol: state troopers deputized by ICE ask for help with an immigration arrest",
            arrest(LOCAL, CIVIL),
            expect(DENY, "EO-1", "EO-5.2")),

        // Dispatch: personnel, vehicles, equipment.
        s(
            "C-071",
            "Dispatch: ICE asks police to hold a perimeter during a home raid",
            commit(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-4.1")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-072",
            "Dispatch: an ICE officer injured during an operation calls for an ambulance",
            commit(ICE, EMERGENCY),
            expect(PERMIT, "EO-4.1(a)")
                .obligations(DOCUMENT_AND_REPORT, EMERGENCY_ONLY)
                .remedies()),
        s(
            "C-073",
            "Dispatch: a National Guard convoy crashes and the fire department is called",
            commit(MILITARY, EMERGENCY),
            expect(PERMIT, "EO-4.1(a)")),
        s(
            "C-074",
            "Dispatch: the federalized Guard asks for joint patrols to fight crime",
            commit(MILITARY, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-4.3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies()),
        s(
            "C-075",
            "Dispatch: the military asks for police at a checkpoint without saying why",
            commit(MILITARY, NO_PURPOSE),
            expect(DENY, "EO-1", "EO-4.1", "EO-4.3")),
        s(
            "C-076",
            "Dispatch: troops with a judicial warrant ask police to join an immigration sweep",
            commit(MILITARY, CIVIL).authorities(WARRANT),
            expect(DENY, "EO-1(a)", "EO-4.1(b)", "EO-4.3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)),
        s(
            "C-077",
            "Dispatch: the FBI asks for traffic control at a bank-robbery scene",
            commit(FEDERAL_POLICE, CRIMINAL),
            notGoverned()),
        s(
            "C-078",
            "Dispatch: federal agents ask for two squad cars for an operation tomorrow, no purpose"
                + " given",
            commit(FEDERAL_POLICE, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)").remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-079",
            "Dispatch: HSI asks for a patrol car to back up a narcotics search",
            commit(HSI, CRIMINAL),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-080",
            "Dispatch: ICE presents a court order requiring police to keep the peace at an"
                + " enforcement site",
            commit(ICE, CIVIL).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-4.1(b)")),
        s(
            "C-081",
            "Dispatch: state police deputized by ICE ask for officers at an immigration checkpoint",
            commit(LOCAL, CIVIL),
            expect(DENY, "EO-1", "EO-4.1")),
        s(
            "C-082",
            "Dispatch: an ICE vehicle crashes; the caller also waves a judicial warrant",
            commit(ICE, EMERGENCY).authorities(WARRANT),
            expect(PERMIT, "EO-4.1(a)")),
        s(
            "C-083",
            "Dispatch: an anonymous caller asks police to close a street for an operation",
            commit(ANYONE, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-084",
            "Dispatch: a Guard unit asks for police help with an immigration sweep",
            commit(MILITARY, CIVIL),
            expect(DENY, "EO-1", "EO-4.1", "EO-4.3")),

        // Agreements.
        s(
            "C-085",
            "Police department: ICE offers a 287(g) agreement to deputize officers",
            agree(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-4.2").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-086",
            "Police department: HSI proposes a task-force agreement for criminal investigations",
            agree(HSI, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-4.2")),
        s(
            "C-087",
            "Police department: ICE brings a court order along with a draft agreement",
            agree(ICE, NO_PURPOSE).authorities(COURT_ORDER),
            expect(DENY, "EO-1", "EO-4.2")),
        s(
            "C-088",
            "Police department: the FBI proposes a joint terrorism task-force agreement",
            agree(FEDERAL_POLICE, CRIMINAL),
            notGoverned()),
        s(
            "C-089",
            "Budget office: the county jail offers a contract to hold immigration detainees",
            agree(LOCAL, CIVIL),
            expect(DENY, "EO-1", "EO-4.2")),
        s(
            "C-090",
            "Budget office: a private detention company bids for an immigration detention contract",
            agree(PRIVATE, CIVIL),
            expect(DENY, "EO-1", "EO-4.2")),
        s(
            "C-091",
            "Budget office: a federal agency proposes a data-sharing agreement without a stated"
                + " purpose",
            agree(OTHER_FEDERAL, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-092",
            "Budget office: the Guard proposes an agreement to deputize officers for immigration"
                + " enforcement",
            agree(MILITARY, CIVIL),
            expect(DENY, "EO-1", "EO-4.2")),
        s(
            "C-093",
            "Budget office: USCIS proposes an agreement to speed up residents' benefit"
                + " applications",
            agree(USCIS, BENEFIT),
            notGoverned()),

        // 311 data platform.
        s(
            "C-094",
            "311 data platform: ICE asks for a standing login to the service-request database",
            database(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-2.3").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-095",
            "311 data platform: a federal housing agency asks for bulk API access, no purpose"
                + " given",
            database(OTHER_FEDERAL, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-096",
            "311 data platform: the regional transit authority asks for a data feed with no stated"
                + " purpose",
            database(LOCAL, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)").remedies()),
        s(
            "C-097",
            "311 data platform: the county health department asks for access to coordinate a city"
                + " service",
            database(LOCAL, SERVICE),
            notGoverned()),
        s(
            "C-098",
            "311 data platform: a resident asks for portal access to their own service requests",
            database(SUBJECT, NO_PURPOSE),
            notGoverned()),
        s(
            "C-099",
            "311 data platform: HSI brings a judicial warrant and asks for direct database access",
            database(HSI, CRIMINAL).authorities(WARRANT),
            expect(DENY, "EO-1(d)", "EO-2.3").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-100",
            "311 data platform: the military asks for access to the city's camera network",
            database(MILITARY, NO_PURPOSE),
            expect(DENY, "EO-1", "EO-2.3")),
        s(
            "C-101",
            "311 data platform: ICE gets a court order for standing access to the license-plate"
                + " database",
            database(ICE, NO_PURPOSE).authorities(COURT_ORDER),
            expect(DENY, "EO-1", "EO-2.3")),
        s(
            "C-102",
            "311 data platform: a data broker asks for a bulk feed without a stated purpose",
            database(PRIVATE, NO_PURPOSE),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-103",
            "311 data platform: a journalist asks for counts of service requests by ward",
            disclose(PRIVATE, SERVICE, COUNTS),
            notGoverned()),
        s(
            "C-104",
            "311 data platform: ICE asks for aggregate counts without saying why",
            disclose(ICE, NO_PURPOSE, COUNTS),
            expect(DENY, "EO-1")),
        s(
            "C-105",
            "311 data platform: ICE asks for aggregate counts, saying they are for city planning",
            disclose(ICE, SERVICE, COUNTS),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-106",
            "311 data platform: the city's IT contractor is asked by ICE for a database login",
            contractor(database(ICE, CIVIL)),
            expect(DENY, "EO-1", "EO-2.3")),

        // Status inquiries.
        s(
            "C-107",
            "Benefits office: a caseworker wants to ask rental-aid applicants their immigration"
                + " status",
            inquire(SUBJECT, SERVICE),
            expect(DENY, "EO-2.2").obligations().remedies(CO_PERMIT, SR_PERMIT)),
        s(
            "C-108",
            "Benefits office: an applicant asks in writing that the city note their status for a"
                + " U-visa certification",
            inquire(SUBJECT, BENEFIT).authorities(CONSENT),
            expect(PERMIT, "EO-2.2(d)").obligations(LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-109",
            "Benefits office: a caseworker wants to ask about status to help an application,"
                + " without written consent",
            inquire(SUBJECT, BENEFIT),
            expect(DENY, "EO-2.2").remedies(CO_PERMIT, SR_PERMIT, WC_PERMIT)),
        s(
            "C-110",
            "Law Department: city lawyers need a plaintiff's immigration status for a case",
            inquire(LOCAL, LITIGATION),
            expect(PERMIT, "EO-2.2(c)").obligations(LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-111",
            "Courts: a judge orders the city to establish a party's place of birth",
            inquire(COURT, NO_PURPOSE).authorities(COURT_ORDER),
            expect(PERMIT, "EO-2.2(b)").obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-112",
            "Lockup: ICE asks officers to question arrestees about their citizenship",
            inquire(ICE, CIVIL),
            expect(DENY, "EO-1", "EO-2.2").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-113",
            "Lockup: ICE brings a court order requiring officers to ask about citizenship",
            inquire(ICE, CIVIL).authorities(COURT_ORDER),
            expect(DENY, "EO-1", "EO-2.2(b)").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-114",
            "Census liaison: a federal agency cites a regulation requiring a status question, no"
                + " purpose given",
            inquire(OTHER_FEDERAL, NO_PURPOSE).authorities(STATUTE),
            expect(ESCALATE, "EO-1(d)", "EO-2.2(a)")),
        s(
            "C-115",
            "Lockup: booking asks an arrestee's nationality because a treaty requires consular"
                + " notification",
            inquire(CONSULATE, SERVICE).authorities(STATUTE),
            expect(PERMIT, "EO-2.2(a)").obligations(LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-116",
            "Law Department: city lawyers defending a claim need the claimant's status",
            inquire(SUBJECT, LITIGATION),
            expect(PERMIT, "EO-2.2(c)")),
        s(
            "C-117",
            "Lockup: ICE asks officers to question arrestees, citing a statute",
            inquire(ICE, CIVIL).authorities(STATUTE),
            expect(DENY, "EO-1", "EO-2.2(a)")),
        s(
            "C-118",
            "Benefits office: USCIS asks the city to confirm an applicant's status, with the"
                + " applicant's signed consent",
            inquire(USCIS, BENEFIT).authorities(CONSENT),
            expect(PERMIT, "EO-2.2(d)")),
        s(
            "C-119",
            "Health clinic: the city's clinic contractor adds a citizenship question to its intake"
                + " form",
            contractor(inquire(SUBJECT, SERVICE)),
            expect(DENY, "EO-2.2")),
        s(
            "C-120",
            "Law Department: ICE asks city lawyers about a person's status for litigation",
            inquire(ICE, LITIGATION),
            expect(ESCALATE, "EO-1(d)", "EO-2.2(c)")),

        // Facilities office.
        s(
            "C-121",
            "Facilities office: ICE asks to stage vehicles in a city-owned parking lot",
            facility(ICE, CIVIL, NON_PUBLIC),
            expect(DENY, "EO-1", "EO-3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-122",
            "Facilities office: ICE agents want to use the public library reading room",
            facility(ICE, CIVIL, PUBLIC),
            expect(PERMIT, "EO-1(c)").obligations(DOCUMENT_AND_REPORT)),
        s(
            "C-123",
            "Facilities office: ICE asks to use a vacant city lot, no purpose given",
            facility(ICE, NO_PURPOSE, NON_PUBLIC),
            expect(DENY, "EO-1", "EO-3")),
        s(
            "C-124",
            "Facilities office: HSI asks for an office in a city building for a criminal task"
                + " force",
            facility(HSI, CRIMINAL, NON_PUBLIC),
            expect(DENY, "EO-1(d)", "EO-3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-125",
            "Facilities office: the National Guard asks to use a city garage for storm relief",
            facility(MILITARY, EMERGENCY, NON_PUBLIC),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-126",
            "Facilities office: ICE presents a judicial warrant to search a city storage room",
            facility(ICE, CIVIL, NON_PUBLIC).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-3(a)")),
        s(
            "C-127",
            "Facilities office: federal agents with no stated purpose ask for a city garage",
            facility(FEDERAL_POLICE, NO_PURPOSE, NON_PUBLIC),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-128",
            "Facilities office: the park district books a city warehouse for a summer programme",
            facility(LOCAL, SERVICE, NON_PUBLIC),
            notGoverned()),
        s(
            "C-129",
            "Facilities office: FEMA asks for a city gym as a disaster shelter",
            facility(OTHER_FEDERAL, EMERGENCY, NON_PUBLIC),
            notGoverned()),
        s(
            "C-130",
            "Facilities office: ICE shows an administrative warrant to use a city garage",
            facility(ICE, CIVIL, NON_PUBLIC).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-3")),
        s(
            "C-131",
            "Facilities office: army recruiters book a table in a public community centre",
            facility(MILITARY, SERVICE, PUBLIC),
            expect(PERMIT, "EO-1(c)")),
        s(
            "C-132",
            "Facilities office: ICE brings a court order for use of a public plaza",
            facility(ICE, CIVIL, PUBLIC).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)")),
        s(
            "C-133",
            "Facilities office: the city's garage operator is asked by ICE to hold spaces, no"
                + " purpose given",
            contractor(facility(ICE, NO_PURPOSE, NON_PUBLIC)),
            expect(DENY, "EO-1", "EO-3")),

        // Shelter run by a city contractor.
        s(
            "C-134",
            "Shelter: a city-funded shelter operator is asked by ICE for a resident's room number",
            contractor(disclose(ICE, NO_PURPOSE, CONTACT, IDENTITY)),
            expect(DENY, "EO-1", "EO-5.5")),
        s(
            "C-135",
            "Shelter: ICE asks to enter the non-public dormitory of a city-funded shelter",
            contractor(facility(ICE, CIVIL, NON_PUBLIC)),
            expect(DENY, "EO-1", "EO-3")),
        s(
            "C-136",
            "Shelter: ICE brings a judicial warrant to enter the dormitory",
            contractor(facility(ICE, CIVIL, NON_PUBLIC)).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-3(a)")),
        s(
            "C-137",
            "Shelter: ICE agents ask to wait in the shelter's public lobby",
            contractor(facility(ICE, NO_PURPOSE, PUBLIC)),
            expect(PERMIT, "EO-1(c)")),
        s(
            "C-138",
            "Shelter: the shelter wants to ask new residents about their citizenship at intake",
            contractor(inquire(SUBJECT, SERVICE)),
            expect(DENY, "EO-2.2")),
        s(
            "C-139",
            "Shelter: a state agency asks for a resident's file, status and birthplace included",
            contractor(disclose(LOCAL, SERVICE, STATUS, BIRTHPLACE, IDENTITY, RECORDS)),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),
        s(
            "C-140",
            "Shelter: ICE asks shelter staff to stand by during an arrest outside",
            contractor(commit(ICE, CIVIL)),
            expect(DENY, "EO-1", "EO-4.1")),

        // Other city contractors.
        s(
            "C-141",
            "City contractor: the towing company is asked to clear cars at an ICE checkpoint, no"
                + " purpose given",
            contractor(commit(ICE, NO_PURPOSE)),
            expect(DENY, "EO-1", "EO-4.1")),
        s(
            "C-142",
            "City contractor: the IT vendor sends the state counts with status and country of"
                + " birth",
            contractor(disclose(LOCAL, SERVICE, BIRTHPLACE, STATUS, COUNTS)),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),
        s(
            "C-143",
            "City contractor: a consulate asks the case-management vendor for a national's file",
            contractor(disclose(CONSULATE, SERVICE, STATUS, BIRTHPLACE, IDENTITY, RELEASE)),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),
        s(
            "C-144",
            "City contractor: a security firm is asked by the military to staff a checkpoint",
            contractor(commit(MILITARY, NO_PURPOSE)),
            expect(DENY, "EO-1", "EO-4.1", "EO-4.3")),
        s(
            "C-145",
            "City contractor: ICE offers the jail-health contractor a detention medical contract",
            contractor(agree(ICE, CIVIL)),
            expect(DENY, "EO-1", "EO-4.2")),

        // Sister agencies: only the Law Department referral applies.
        s(
            "C-146",
            "Sister agency: ICE asks the school district for a student's immigration status",
            sister(disclose(ICE, CIVIL, STATUS)),
            expect(ESCALATE, "EO-0")
                .obligations(REFER_TO_LAW_DEPARTMENT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-147",
            "Sister agency: ICE agents attend a public park-district event",
            sister(facility(ICE, CIVIL, PUBLIC)),
            expect(PERMIT, "EO-0(b)").obligations()),
        s(
            "C-148",
            "Sister agency: ICE brings a court order to the housing authority for a tenant's"
                + " contact details",
            sister(disclose(ICE, CIVIL, CONTACT)).authorities(COURT_ORDER),
            expect(PERMIT, "EO-0(a)").obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-149",
            "Sister agency: the transit authority gives the FBI CCTV stills in a robbery case",
            sister(disclose(FEDERAL_POLICE, CRIMINAL, IDENTITY)),
            notGoverned()),
        s(
            "C-150",
            "Sister agency: the Guard asks to use a transit garage for storm relief",
            sister(facility(MILITARY, EMERGENCY, NON_PUBLIC)),
            expect(ESCALATE, "EO-0")),
        s(
            "C-151",
            "Sister agency: transit police respond to an ICE vehicle crash",
            sister(commit(ICE, EMERGENCY)),
            notGoverned()),
        s(
            "C-152",
            "Sister agency: ICE brings a judicial warrant to the park district for a public plaza",
            sister(facility(ICE, CIVIL, PUBLIC)).authorities(WARRANT),
            expect(PERMIT, "EO-0(a)")),
        s(
            "C-153",
            "Sister agency: an unidentified caller asks the school district for a student's status",
            sister(disclose(ANYONE, NO_PURPOSE, STATUS)),
            expect(ESCALATE, "EO-0")),
        s(
            "C-154",
            "Sister agency: transit police are asked to hold someone on an ICE detainer",
            sister(hold(ICE, NO_PURPOSE)).authorities(DETAINER),
            expect(ESCALATE, "EO-0")),
        s(
            "C-155",
            "Sister agency: army recruiters book a public room at the park district",
            sister(facility(MILITARY, SERVICE, PUBLIC)),
            expect(PERMIT, "EO-0(b)")),
        s(
            "C-156",
            "Sister agency: the school district asks a student's birthplace for enrolment",
            sister(inquire(SUBJECT, SERVICE)),
            notGoverned()),

        // Benefits office.
        s(
            "C-157",
            "Benefits office: USCIS asks for an applicant's records with the applicant's consent",
            disclose(USCIS, BENEFIT, STATUS, IDENTITY, RECORDS).authorities(CONSENT),
            expect(PERMIT, "EO-2.1(c)")),
        s(
            "C-158",
            "Benefits office: a SAVE query for a resident's status with no stated purpose",
            disclose(USCIS, NO_PURPOSE, STATUS),
            expect(DENY, "EO-2.1")
                .obligations()
                .remedies(JW_PERMIT, CO_PERMIT, SR_PERMIT, WC_PERMIT)),
        s(
            "C-159",
            "Benefits office: USCIS's fraud unit asks for status for a removal referral",
            disclose(USCIS, CIVIL, STATUS),
            expect(DENY, "EO-1", "EO-2.1")),
        s(
            "C-160",
            "Benefits office: a state agency asks for every category of a resident's records",
            disclose(LOCAL, SERVICE, InformationCategory.values()),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),

        // Consulates.
        s(
            "C-161",
            "Consulate: a consulate is notified of a national's arrest",
            disclose(CONSULATE, NO_PURPOSE, IDENTITY, CUSTODY),
            notGoverned()),
        s(
            "C-162",
            "Consulate: a consulate asks for a resident's place of birth",
            disclose(CONSULATE, SERVICE, BIRTHPLACE),
            expect(DENY, "EO-2.1").remedies(JW_PERMIT, CO_PERMIT, SR_PERMIT, WC_PERMIT)),
        s(
            "C-163",
            "Consulate: a treaty requires telling the consulate a detained national's nationality",
            disclose(CONSULATE, SERVICE, BIRTHPLACE).authorities(STATUTE),
            expect(PERMIT, "EO-2.1(b)")),
        s(
            "C-164",
            "Consulate: a consulate asks whether a national is held, with nationality and status",
            disclose(CONSULATE, SERVICE, BIRTHPLACE, STATUS, CUSTODY),
            expect(PERMIT, "EO-2.1").redacts(STATUS, BIRTHPLACE)),

        // Courts.
        s(
            "C-165",
            "Courts: a circuit court subpoena for case records, status included",
            disclose(COURT, LITIGATION, STATUS, RECORDS).authorities(COURT_ORDER),
            expect(PERMIT, "EO-2.1(a)").obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE)),
        s(
            "C-166",
            "Courts: a court order for a resident's immigration-status record",
            disclose(COURT, LITIGATION, STATUS).authorities(COURT_ORDER),
            expect(PERMIT, "EO-2.1(a)")),
        s(
            "C-167",
            "Courts: a writ brings a prisoner to court to testify",
            transfer(COURT, NO_PURPOSE).authorities(COURT_ORDER),
            notGoverned()),
        s(
            "C-168",
            "Courts: a clerk asks for case records without any order",
            disclose(COURT, NO_PURPOSE, RECORDS),
            notGoverned()),

        // More nexus cases and interactions.
        s(
            "C-169",
            "Records desk: an unidentified caller says they enforce immigration law and wants a"
                + " phone number",
            disclose(ANYONE, CIVIL, CONTACT),
            expect(DENY, "EO-1")),
        s(
            "C-170",
            "Records desk: a federal benefits agency brings a signed consent for identity records,"
                + " no purpose given",
            disclose(OTHER_FEDERAL, NO_PURPOSE, IDENTITY).authorities(CONSENT),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-171",
            "Records desk: ICE asks for identity records, saying they are for the person's benefit"
                + " application",
            disclose(ICE, BENEFIT, IDENTITY),
            expect(ESCALATE, "EO-1(d)")),
        s(
            "C-172",
            "Records desk: a private employer asks for a worker's status and identity with the"
                + " worker's consent",
            disclose(PRIVATE, SERVICE, STATUS, IDENTITY).authorities(CONSENT),
            expect(PERMIT, "EO-2.1(c)")),
        s(
            "C-173",
            "Lockup: HSI asks for a hold on a detainer with a court order in a criminal case",
            hold(HSI, CRIMINAL).authorities(DETAINER, COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.1(a)")),
        // Catalog 1.1.0: immigration authorities stating a criminal investigation.
        s(
            "C-174",
            "Lockup: an HSI agent investigating a smuggling ring asks when a detainee will be"
                + " released",
            disclose(HSI, CRIMINAL, RELEASE),
            expect(DENY, "EO-1(d)", "EO-5.5")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-175",
            "Lockup: ICE officers say they are working a criminal case and ask for a detainee's"
                + " home address",
            disclose(ICE, CRIMINAL, CONTACT),
            expect(DENY, "EO-1(d)", "EO-5.5")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-176",
            "Lockup: HSI asks whether a fraud suspect is still in custody",
            disclose(HSI, CRIMINAL, CUSTODY),
            expect(DENY, "EO-1(d)", "EO-5.5")),
        s(
            "C-177",
            "Lockup: ICE asks for a detainee's release date and booking photo for a criminal case",
            disclose(ICE, CRIMINAL, RELEASE, IDENTITY),
            expect(DENY, "EO-1(d)", "EO-5.5").obligations(DOCUMENT_AND_REPORT)),
        s(
            "C-178",
            "Lockup: HSI brings a judicial warrant in a criminal case for a detainee's release"
                + " date",
            disclose(HSI, CRIMINAL, RELEASE).authorities(WARRANT),
            expect(PERMIT, "EO-1(a)", "EO-5.5(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)
                .remedies()),
        s(
            "C-179",
            "Lockup: ICE brings a court order in a criminal case for a detainee's custody record"
                + " and address",
            disclose(ICE, CRIMINAL, CUSTODY, CONTACT).authorities(COURT_ORDER),
            expect(PERMIT, "EO-1(a)", "EO-5.5(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)),
        s(
            "C-180",
            "Lockup: HSI cites a federal statute that it says requires the release date in a"
                + " criminal case",
            disclose(HSI, CRIMINAL, RELEASE).authorities(STATUTE),
            expect(ESCALATE, "EO-1(b)", "EO-5.5(b)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-181",
            "Lockup: ICE says a statute requires the city to give a detainee's phone number, no"
                + " purpose stated",
            disclose(ICE, NO_PURPOSE, CONTACT).authorities(STATUTE),
            expect(ESCALATE, "EO-1(b)", "EO-5.5(b)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-182",
            "Police station: HSI asks to borrow an interview room to question a witness in a"
                + " criminal case",
            facility(HSI, CRIMINAL, NON_PUBLIC),
            expect(DENY, "EO-1(d)", "EO-3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-183",
            "Police station: ICE officers on a criminal task force ask for desks in the district"
                + " station",
            facility(ICE, CRIMINAL, NON_PUBLIC),
            expect(DENY, "EO-1(d)", "EO-3")),
        s(
            "C-184",
            "Police station: HSI asks for log-in access to the city's arrest records for a"
                + " criminal investigation",
            database(HSI, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-2.3").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-185",
            "311 data platform: ICE asks for standing access to the licence-plate reader feed for"
                + " a criminal case",
            database(ICE, CRIMINAL),
            expect(DENY, "EO-1(d)", "EO-2.3").remedies()),
        s(
            "C-186",
            "Police station: HSI agents on a criminal case sit in the public hearing room like"
                + " anyone else",
            facility(HSI, CRIMINAL, PUBLIC),
            expect(PERMIT, "EO-1(c)").obligations(DOCUMENT_AND_REPORT).remedies()),
        s(
            "C-187",
            "Lockup: ICE reports a medical emergency during a transport and asks for the"
                + " detainee's custody status",
            disclose(ICE, EMERGENCY, CUSTODY),
            expect(DENY, "EO-1(d)", "EO-5.5")),
        s(
            "C-188",
            "Facilities office: ICE asks for a meeting room to return a resident's seized"
                + " documents to them",
            facility(ICE, BENEFIT, NON_PUBLIC),
            expect(ESCALATE, "EO-1(d)")
                .obligations(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),

        // Catalog 1.1.0: a detainer or an administrative warrant carried by another agency.
        s(
            "C-189",
            "Lockup: a US Marshals deputy carrying an I-200 asks for a detainee's release date for"
                + " a criminal case",
            disclose(FEDERAL_POLICE, CRIMINAL, RELEASE).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT, SR_ESCALATE)),
        s(
            "C-190",
            "Lockup: an FBI agent hands over an I-247A and asks when the detainee will be released",
            disclose(FEDERAL_POLICE, CRIMINAL, RELEASE).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1")
                .obligations(DOCUMENT_AND_REPORT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-191",
            "Lockup: Marshals carrying an I-200 ask the lockup to keep a person past release",
            hold(FEDERAL_POLICE, CRIMINAL).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-5.1")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-192",
            "Lockup: the state police forward an I-247A and ask for a detainee's custody status,"
                + " no purpose stated",
            disclose(LOCAL, NO_PURPOSE, CUSTODY).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-5.1")),
        s(
            "C-193",
            "Lockup: Marshals bring an I-200 and a judicial warrant for a detainee's release date",
            disclose(FEDERAL_POLICE, CRIMINAL, RELEASE).authorities(ADMIN_WARRANT, WARRANT),
            expect(PERMIT, "EO-1(a)")
                .obligations(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT)
                .remedies()),
        s(
            "C-194",
            "Facilities office: Marshals carrying an I-200 ask to stage vehicles in a city garage",
            facility(FEDERAL_POLICE, CRIMINAL, NON_PUBLIC).authorities(ADMIN_WARRANT),
            expect(DENY, "EO-1", "EO-3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-195",
            "311 data platform: the FBI shows an I-247A and asks for access to the city's records"
                + " system",
            database(FEDERAL_POLICE, CRIMINAL).authorities(DETAINER),
            expect(DENY, "EO-1", "EO-2.3").remedies()),

        // Catalog 1.1.0: lawyers and relatives are private parties; parents and guardians are
        // the person.
        s(
            "C-196",
            "Lockup: a detainee's lawyer asks for the client's immigration status on the booking"
                + " record, without a signed consent",
            disclose(PRIVATE, BENEFIT, STATUS),
            expect(DENY, "EO-2.1")
                .obligations()
                .remedies(JW_PERMIT, CO_PERMIT, SR_PERMIT, WC_PERMIT)),
        s(
            "C-197",
            "Lockup: the lawyer comes back with the client's signed consent for the status record",
            disclose(PRIVATE, BENEFIT, STATUS).authorities(CONSENT),
            expect(PERMIT, "EO-2.1(c)").obligations(LIMIT_TO_AUTHORITY_SCOPE).remedies()),
        s(
            "C-198",
            "Records desk: a resident's sister asks for his place of birth and address for a family"
                + " petition",
            disclose(PRIVATE, BENEFIT, BIRTHPLACE, CONTACT),
            expect(PERMIT, "EO-2.1").redacts(BIRTHPLACE).obligations(REDACT).remedies()),
        s(
            "C-199",
            "Lockup: a detainee's mother asks for her adult son's release date",
            disclose(PRIVATE, NO_PURPOSE, RELEASE),
            notGoverned()),
        s(
            "C-200",
            "Lockup: a detainee's wife brings his signed consent and asks for his immigration"
                + " status and release date",
            disclose(PRIVATE, BENEFIT, STATUS, RELEASE).authorities(CONSENT),
            expect(PERMIT, "EO-2.1(c)").obligations(LIMIT_TO_AUTHORITY_SCOPE).remedies()),
        s(
            "C-201",
            "Records desk: the parent of a 12-year-old asks for the child's immigration-status"
                + " record",
            disclose(SUBJECT, BENEFIT, STATUS),
            notGoverned()),
        s(
            "C-202",
            "Records desk: the guardian of an adult who is not legally competent asks for the"
                + " ward's place of birth and file",
            disclose(SUBJECT, BENEFIT, BIRTHPLACE, RECORDS),
            notGoverned()),
        s(
            "C-203",
            "Lockup: a juvenile detainee's guardian shows the I-247A the youth was served and asks"
                + " for the release date",
            disclose(SUBJECT, NO_PURPOSE, RELEASE, CUSTODY).authorities(DETAINER),
            notGoverned()),

        // Catalog 1.1.0: city lots and garages used for operations are not public areas.
        s(
            "C-204",
            "Facilities office: ICE asks to muster agents before dawn in a city parking lot that"
                + " is open to the public",
            facility(ICE, CIVIL, NON_PUBLIC),
            expect(DENY, "EO-1", "EO-3")
                .obligations(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT)
                .remedies(JW_PERMIT, CO_PERMIT)),
        s(
            "C-205",
            "Facilities office: Border Patrol, no purpose stated, wants to process people in a"
                + " public city garage",
            facility(ICE, NO_PURPOSE, NON_PUBLIC),
            expect(DENY, "EO-1", "EO-3")),
        s(
            "C-206",
            "Facilities office: HSI says a criminal task force will stage in a vacant city lot"
                + " the public walks through",
            facility(HSI, CRIMINAL, NON_PUBLIC),
            expect(DENY, "EO-1(d)", "EO-3")),
        s(
            "C-207",
            "Facilities office: ICE officers park in a public city garage and pay like any"
                + " driver, no operation",
            facility(ICE, NO_PURPOSE, PUBLIC),
            expect(PERMIT, "EO-1(c)").obligations(DOCUMENT_AND_REPORT).remedies()));
  }
}
