package org.sanctuarypolicy.core;

import static org.sanctuarypolicy.api.Condition.actionIn;
import static org.sanctuarypolicy.api.Condition.allOf;
import static org.sanctuarypolicy.api.Condition.anyOf;
import static org.sanctuarypolicy.api.Condition.areaIn;
import static org.sanctuarypolicy.api.Condition.counterpartyIn;
import static org.sanctuarypolicy.api.Condition.informationAny;
import static org.sanctuarypolicy.api.Condition.nexusIn;
import static org.sanctuarypolicy.api.Condition.not;
import static org.sanctuarypolicy.api.Condition.presentedAny;
import static org.sanctuarypolicy.api.Condition.purposeIn;
import static org.sanctuarypolicy.api.ObligationType.DOCUMENT_AND_REPORT;
import static org.sanctuarypolicy.api.ObligationType.DO_NOT_OBSTRUCT;
import static org.sanctuarypolicy.api.ObligationType.EMERGENCY_ONLY;
import static org.sanctuarypolicy.api.ObligationType.LIMIT_TO_AUTHORITY_SCOPE;
import static org.sanctuarypolicy.api.ObligationType.REFER_TO_LAW_DEPARTMENT;
import static org.sanctuarypolicy.api.ObligationType.VERIFY_AUTHORITY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Term;

/**
 * The Chicago order's clause catalog, as data: the nexus rules that tell whether a request serves
 * immigration enforcement, and the clauses with their exceptions and obligations. Nothing here is
 * evaluated; {@link ReferenceEvaluator} interprets it.
 */
final class ChicagoOrder {
  static final String ID = "chicago-immigration-non-cooperation";
  static final String VERSION = "1.1.0";

  private static final String ORDER_ASSIST =
      "Order: no city department or agency may cooperate with, or provide resources to, federal"
          + " immigration authorities conducting raids and other enforcement operations";
  private static final String ORDER_STATUS = "Order: no sharing of residents' immigration status";
  private static final String ORDER_FACILITIES =
      "Order: no office space or facilities for immigration enforcement operations";
  private static final String ORDER_RESOURCES =
      "Order: no city resources to assist raids or arrests";
  private static final String ORDER_DETAINERS =
      "Order: limits on honouring federal immigration detainers";

  private static final Set<Actor> BOUND = EnumSet.of(Actor.CITY_DEPARTMENT, Actor.CITY_CONTRACTOR);

  private static final Set<ObligationType> NONE = EnumSet.noneOf(ObligationType.class);
  private static final Set<ObligationType> VERIFY_LIMIT =
      EnumSet.of(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE);
  private static final Set<ObligationType> VERIFY_LIMIT_REPORT =
      EnumSet.of(VERIFY_AUTHORITY, LIMIT_TO_AUTHORITY_SCOPE, DOCUMENT_AND_REPORT);
  private static final Set<ObligationType> LIMIT = EnumSet.of(LIMIT_TO_AUTHORITY_SCOPE);
  private static final Set<ObligationType> REFER = EnumSet.of(REFER_TO_LAW_DEPARTMENT);
  private static final Set<ObligationType> REFER_REPORT =
      EnumSet.of(REFER_TO_LAW_DEPARTMENT, DOCUMENT_AND_REPORT);
  private static final Set<ObligationType> REPORT = EnumSet.of(DOCUMENT_AND_REPORT);
  private static final Set<ObligationType> REPORT_NO_OBSTRUCT =
      EnumSet.of(DOCUMENT_AND_REPORT, DO_NOT_OBSTRUCT);

  // The order's named terms: the catalog lists them (terms()), so that its descriptions call
  // each by its name.
  private static final Condition JUDICIAL_PROCESS =
      presentedAny(Authority.JUDICIAL_WARRANT, Authority.COURT_ORDER);
  private static final Condition ENFORCEMENT = nexusIn(Nexus.CONFIRMED, Nexus.PRESUMED);
  private static final Condition IMMIGRATION_AUTHORITY =
      counterpartyIn(
          Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
          Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS);
  private static final Condition WATCHED =
      counterpartyIn(
          Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
          Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS,
          Counterparty.MILITARY);
  private static final Condition STATUS_INFORMATION =
      informationAny(InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);
  private static final Condition CIVIL_IMMIGRATION_PAPERS =
      presentedAny(Authority.IMMIGRATION_DETAINER, Authority.ADMINISTRATIVE_WARRANT);
  private static final Condition PUBLIC_FACILITY =
      allOf(actionIn(Action.PROVIDE_FACILITY), areaIn(FacilityArea.PUBLIC));
  private static final Condition STATED_CRIMINAL_INVESTIGATION =
      allOf(IMMIGRATION_AUTHORITY, purposeIn(Purpose.CRIMINAL_INVESTIGATION));

  private static final List<Term> TERMS =
      List.of(
          Term.of("judicial process is presented", JUDICIAL_PROCESS),
          Term.of("the request has an enforcement nexus", ENFORCEMENT),
          Term.of("the counterparty is an immigration authority", IMMIGRATION_AUTHORITY),
          Term.of("the counterparty is watched", WATCHED),
          Term.of("the information includes status information", STATUS_INFORMATION),
          Term.of("civil immigration papers are presented", CIVIL_IMMIGRATION_PAPERS),
          Term.of("the facility is used as a public area", PUBLIC_FACILITY),
          Term.of(
              "an immigration authority states a criminal investigation",
              STATED_CRIMINAL_INVESTIGATION));

  private static final Condition NOT_DATA_SUBJECT = not(counterpartyIn(Counterparty.DATA_SUBJECT));

  private static final ClauseCatalog CATALOG =
      ClauseCatalog.builder()
          .id(ID)
          .version(VERSION)
          .title(
              "Chicago executive order: no cooperation with federal civil immigration"
                  + " enforcement")
          .addAllNexusRules(nexusRules())
          .addPhysicalActions(
              Action.PROVIDE_FACILITY,
              Action.COMMIT_RESOURCES,
              Action.ARREST_OR_DETAIN,
              Action.HOLD_ON_DETAINER,
              Action.TRANSFER_CUSTODY,
              Action.GRANT_CUSTODY_ACCESS)
          .addRemedyCandidates(
              Authority.JUDICIAL_WARRANT,
              Authority.COURT_ORDER,
              Authority.STATUTORY_REQUIREMENT,
              Authority.WRITTEN_CONSENT)
          .addAllClauses(clauses())
          .addAllTerms(TERMS)
          .build();

  private ChicagoOrder() {}

  static ClauseCatalog catalog() {
    return CATALOG;
  }

  private static List<NexusRule> nexusRules() {
    return List.of(
        NexusRule.of(
            anyOf(
                purposeIn(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT),
                allOf(CIVIL_IMMIGRATION_PAPERS, NOT_DATA_SUBJECT)),
            Nexus.CONFIRMED,
            "The stated purpose is civil immigration enforcement: the purpose, not the agency's"
                + " label, decides, so deputized agents count. Or an immigration detainer or an"
                + " administrative warrant is presented by anyone but the person concerned: the"
                + " paper is itself a civil immigration instrument, whatever purpose is stated"
                + " (5 ILCS 805/15(a))."),
        NexusRule.of(
            allOf(purposeIn(Purpose.UNKNOWN), WATCHED),
            Nexus.PRESUMED,
            "An immigration authority or the military states no purpose: enforcement is"
                + " presumed."),
        NexusRule.of(
            allOf(
                WATCHED,
                not(
                    allOf(
                        purposeIn(Purpose.EMERGENCY_RESPONSE), actionIn(Action.COMMIT_RESOURCES)))),
            Nexus.CLAIMED,
            "An immigration authority or the military states another purpose: it needs"
                + " verification before the city acts on it (an emergency call for resources is"
                + " the one case that is not held back)."),
        NexusRule.of(
            allOf(
                purposeIn(Purpose.UNKNOWN),
                anyOf(
                    counterpartyIn(
                        Counterparty.UNKNOWN,
                        Counterparty.FEDERAL_LAW_ENFORCEMENT,
                        Counterparty.OTHER_FEDERAL_AGENCY),
                    allOf(actionIn(Action.GRANT_DATABASE_ACCESS), NOT_DATA_SUBJECT))),
            Nexus.UNDETERMINED,
            "No purpose is stated and the counterparty is unknown or a federal agency whose"
                + " agents may be deputized for immigration work, or someone asks for bulk"
                + " database access: the city cannot tell."));
  }

  private static Clause.Builder clause(String id, String title, String text) {
    return Clause.builder().id(id).title(title).text(text);
  }

  private static List<Clause> clauses() {
    return List.of(
        clause(
                "EO-0",
                "Who is bound",
                "Sister agencies (schools, housing, transit, parks boards) are separate units of"
                    + " government that the order does not bind; a request with an enforcement"
                    + " nexus goes to the Law Department before they act.")
            .addSources(
                "Order: binds city departments and agencies",
                "MCC 2-173-020(a): \"No agent or agency shall participate in civil immigration"
                    + " enforcement operations\"")
            .addBinds(Actor.SISTER_AGENCY)
            .scope(not(nexusIn(Nexus.NONE)))
            .baseEffect(BaseEffect.ESCALATE)
            .addAllBaseObligations(REFER)
            .addExceptions(
                ClauseException.of(
                    "EO-0(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT,
                    "A judicial warrant or court order is presented: comply once it is verified,"
                        + " within its scope."),
                ClauseException.of(
                    "EO-0(b)",
                    PUBLIC_FACILITY,
                    Effect.PERMIT,
                    NONE,
                    "The area is open to every member of the public on equal terms."))
            .build(),
        clause(
                "EO-1",
                "No assistance to civil immigration enforcement",
                "City departments and contractors may not cooperate with, or provide resources"
                    + " to, civil immigration enforcement.")
            .addSources(ORDER_ASSIST, "MCC 2-173-020(a)")
            .addAllBinds(BOUND)
            .scope(not(nexusIn(Nexus.NONE)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-1(a)",
                    allOf(
                        JUDICIAL_PROCESS,
                        not(
                            actionIn(
                                Action.ENTER_AGREEMENT,
                                Action.GRANT_DATABASE_ACCESS,
                                Action.INQUIRE_STATUS))),
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order compels the action: comply once it is"
                        + " verified, within its scope, and record it."),
                ClauseException.of(
                    "EO-1(b)",
                    allOf(
                        presentedAny(Authority.STATUTORY_REQUIREMENT),
                        actionIn(Action.DISCLOSE_INFORMATION)),
                    Effect.ESCALATE,
                    REFER_REPORT,
                    "A statute is said to require the disclosure: the Law Department decides"
                        + " whether it does."),
                ClauseException.of(
                    "EO-1(c)",
                    PUBLIC_FACILITY,
                    Effect.PERMIT,
                    REPORT,
                    "The area is open to every member of the public on equal terms; record the"
                        + " request."),
                ClauseException.of(
                    "EO-1(d)",
                    nexusIn(Nexus.CLAIMED, Nexus.UNDETERMINED),
                    Effect.ESCALATE,
                    REFER_REPORT,
                    "The purpose is claimed by a watched agency or cannot be told: the Law"
                        + " Department verifies it before the city acts."))
            .build(),
        clause(
                "EO-2.1",
                "No sharing of immigration-status information",
                "A person's citizenship, immigration status or place of birth is not shared:"
                    + " those categories are withheld, and a request for nothing else is"
                    + " refused.")
            .addSources(
                ORDER_STATUS,
                "MCC 2-173-030(a)(1): \"no agent or agency shall request, maintain, or share the"
                    + " citizenship or immigration status of any person\"",
                "8 U.S.C. 1373")
            .addAllBinds(BOUND)
            .scope(
                allOf(actionIn(Action.DISCLOSE_INFORMATION), STATUS_INFORMATION, NOT_DATA_SUBJECT))
            .baseEffect(BaseEffect.REDACT)
            .addExceptions(
                ClauseException.of(
                    "EO-2.1(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT,
                    "A judicial warrant or court order requires the disclosure: disclose what it"
                        + " requires once it is verified."),
                ClauseException.of(
                    "EO-2.1(b)",
                    allOf(presentedAny(Authority.STATUTORY_REQUIREMENT), nexusIn(Nexus.NONE)),
                    Effect.PERMIT,
                    VERIFY_LIMIT,
                    "A statute requires the disclosure and no enforcement is involved: disclose"
                        + " what it requires once it is verified."),
                ClauseException.of(
                    "EO-2.1(c)",
                    allOf(presentedAny(Authority.WRITTEN_CONSENT), nexusIn(Nexus.NONE)),
                    Effect.PERMIT,
                    LIMIT,
                    "The person consented in writing and no enforcement is involved: disclose"
                        + " what the consent covers."),
                ClauseException.of(
                    "EO-2.1(d)",
                    presentedAny(Authority.STATUTORY_REQUIREMENT, Authority.WRITTEN_CONSENT),
                    Effect.ESCALATE,
                    REFER,
                    "A statute or a consent is presented, but enforcement may be involved: the Law"
                        + " Department decides."))
            .build(),
        clause(
                "EO-2.2",
                "No status inquiries",
                "City staff do not ask about or record a person's citizenship, immigration"
                    + " status or place of birth.")
            .addSources(
                ORDER_STATUS, "MCC 2-173-030(a)(1)", "MCC 2-173-030(a)(2)", "5 ILCS 805/15(e)")
            .addAllBinds(BOUND)
            .scope(actionIn(Action.INQUIRE_STATUS))
            .baseEffect(BaseEffect.DENY)
            .addExceptions(
                ClauseException.of(
                    "EO-2.2(a)",
                    presentedAny(Authority.STATUTORY_REQUIREMENT),
                    Effect.PERMIT,
                    LIMIT,
                    "A statute, regulation or treaty requires the question: ask only what it"
                        + " requires."),
                ClauseException.of(
                    "EO-2.2(b)",
                    presentedAny(Authority.COURT_ORDER),
                    Effect.PERMIT,
                    VERIFY_LIMIT,
                    "A court order requires the question: ask only what it requires, once it is"
                        + " verified."),
                ClauseException.of(
                    "EO-2.2(c)",
                    purposeIn(Purpose.LITIGATION),
                    Effect.PERMIT,
                    LIMIT,
                    "The city's lawyers need it for a case: ask only what the case needs."),
                ClauseException.of(
                    "EO-2.2(d)",
                    allOf(
                        presentedAny(Authority.WRITTEN_CONSENT),
                        purposeIn(Purpose.SUBJECT_BENEFIT)),
                    Effect.PERMIT,
                    LIMIT,
                    "The person asks in writing, for their own application or request: ask only"
                        + " what it needs."))
            .build(),
        clause(
                "EO-2.3",
                "No database access for immigration enforcement",
                "No one gets direct access to a city database or data-sharing platform for"
                    + " immigration enforcement, and no immigration authority gets it whatever"
                    + " purpose it states; a warrant compels records, not standing access.")
            .addSources(
                ORDER_STATUS,
                "MCC 2-173-030(b)",
                "Illinois TRUST Act: no use of agency databases not available to the public for"
                    + " investigative or immigration enforcement purposes (wording as the General"
                    + " Assembly's bill summaries quote it)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.GRANT_DATABASE_ACCESS),
                    anyOf(ENFORCEMENT, STATED_CRIMINAL_INVESTIGATION)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT)
            .build(),
        clause(
                "EO-3",
                "No city facilities for immigration enforcement",
                "City offices, rooms, lots, garages and vacant lots are not used as staging"
                    + " areas, processing locations or operations bases for immigration"
                    + " enforcement, and immigration authorities do not use them for interviews"
                    + " or any other investigative purpose, whatever purpose they state.")
            .addSources(
                ORDER_FACILITIES,
                "MCC 2-173-020(a)(2)(B): no permitting ICE \"use of agency facilities for"
                    + " investigative interviews or other investigative purpose\"",
                "Executive Order No. 2025-8 (city lots, vacant lots and garages)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.PROVIDE_FACILITY),
                    anyOf(ENFORCEMENT, STATED_CRIMINAL_INVESTIGATION),
                    areaIn(FacilityArea.NON_PUBLIC)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-3(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires access: allow what it covers once"
                        + " it is verified, and record it."))
            .build(),
        clause(
                "EO-4.1",
                "No city resources for raids or arrests",
                "No personnel, vehicles, equipment or money for immigration raids or arrests:"
                    + " no perimeters, stand-by, on-site support, transport, patrols or"
                    + " checkpoints.")
            .addSources(
                ORDER_RESOURCES,
                "MCC 2-173-020(a)(6)",
                "Executive Order No. 2025-6 (Protecting Chicago Initiative)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.COMMIT_RESOURCES),
                    anyOf(ENFORCEMENT, allOf(purposeIn(Purpose.EMERGENCY_RESPONSE), WATCHED))))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-4.1(a)",
                    purposeIn(Purpose.EMERGENCY_RESPONSE),
                    Effect.PERMIT,
                    EnumSet.of(EMERGENCY_ONLY, DOCUMENT_AND_REPORT),
                    "An imminent threat to life or safety: respond to the emergency only, and do"
                        + " not secure, escort or support the operation."),
                ClauseException.of(
                    "EO-4.1(b)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires the help: give what it covers"
                        + " once it is verified, and record it."))
            .build(),
        clause(
                "EO-4.2",
                "No enforcement agreements",
                "The city does not enter 287(g), detention, deputization or data-sharing"
                    + " agreements for immigration enforcement.")
            .addSources(ORDER_RESOURCES, "MCC 2-173-020(a)(4)")
            .addAllBinds(BOUND)
            .scope(
                allOf(actionIn(Action.ENTER_AGREEMENT), anyOf(IMMIGRATION_AUTHORITY, ENFORCEMENT)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT)
            .build(),
        clause(
                "EO-4.3",
                "No joint policing with the military",
                "City police do not patrol, police or run checkpoints with the military.")
            .addSources(
                ORDER_RESOURCES, "Executive Order No. 2025-6 (Protecting Chicago Initiative)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.COMMIT_RESOURCES),
                    counterpartyIn(Counterparty.MILITARY),
                    purposeIn(
                        Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
                        Purpose.CRIMINAL_INVESTIGATION,
                        Purpose.UNKNOWN)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .build(),
        clause(
                "EO-5.1",
                "No compliance with immigration detainers",
                "No one is held past release on an immigration detainer, and no custody status"
                    + " or release information is given in answer to one.")
            .addSources(
                ORDER_DETAINERS,
                "MCC 2-173-020(a)(1)(C)",
                "MCC 2-173-020(a)(3)",
                "5 ILCS 805/15(a)")
            .addAllBinds(BOUND)
            .scope(
                anyOf(
                    actionIn(Action.HOLD_ON_DETAINER),
                    allOf(
                        actionIn(Action.DISCLOSE_INFORMATION),
                        informationAny(
                            InformationCategory.CUSTODY_STATUS,
                            InformationCategory.RELEASE_INFORMATION),
                        presentedAny(Authority.IMMIGRATION_DETAINER),
                        NOT_DATA_SUBJECT)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-5.1(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires it: comply within its scope once"
                        + " it is verified, and record it."))
            .build(),
        clause(
                "EO-5.2",
                "No civil immigration arrests",
                "City staff do not stop, arrest or detain anyone for civil immigration"
                    + " enforcement, on a detainer or on an administrative warrant.")
            .addSources(
                ORDER_RESOURCES,
                "MCC 2-173-020(a)(1)(A)",
                "MCC 2-173-020(a)(1)(B)",
                "5 ILCS 805/15(a)",
                "5 ILCS 805/15(b)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.ARREST_OR_DETAIN),
                    anyOf(ENFORCEMENT, CIVIL_IMMIGRATION_PAPERS)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-5.2(a)",
                    presentedAny(Authority.JUDICIAL_WARRANT),
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A criminal warrant signed by a judge: arrest on it once it is verified, and"
                        + " record it."))
            .build(),
        clause(
                "EO-5.3",
                "No transfers into immigration custody",
                "No one in city custody is handed to immigration authorities for civil"
                    + " immigration enforcement.")
            .addSources(ORDER_DETAINERS, "MCC 2-173-020(a)(5)", "5 ILCS 805/15(a)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.TRANSFER_CUSTODY),
                    anyOf(IMMIGRATION_AUTHORITY, ENFORCEMENT, CIVIL_IMMIGRATION_PAPERS)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-5.3(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires the transfer: comply once it is"
                        + " verified, and record it."))
            .build(),
        clause(
                "EO-5.4",
                "No access to people in custody",
                "Immigration authorities may not interview or telephone a person in city"
                    + " custody.")
            .addSources(ORDER_DETAINERS, "MCC 2-173-020(a)(2)(A)")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.GRANT_CUSTODY_ACCESS),
                    anyOf(IMMIGRATION_AUTHORITY, ENFORCEMENT)))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT_NO_OBSTRUCT)
            .addExceptions(
                ClauseException.of(
                    "EO-5.4(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires access: allow what it covers once"
                        + " it is verified, and record it."))
            .build(),
        clause(
                "EO-5.5",
                "No custody, release or contact information for immigration authorities",
                "Immigration authorities are not told a person's custody status, release date or"
                    + " contact information, whatever purpose they state.")
            .addSources(
                ORDER_DETAINERS,
                "MCC 2-173-020(a)(3): no \"responding to ICE inquiries or communicating with ICE"
                    + " regarding a person's custody status, release date, or contact"
                    + " information\"")
            .addAllBinds(BOUND)
            .scope(
                allOf(
                    actionIn(Action.DISCLOSE_INFORMATION),
                    informationAny(
                        InformationCategory.CONTACT_INFORMATION,
                        InformationCategory.CUSTODY_STATUS,
                        InformationCategory.RELEASE_INFORMATION),
                    IMMIGRATION_AUTHORITY))
            .baseEffect(BaseEffect.DENY)
            .addAllBaseObligations(REPORT)
            .addExceptions(
                ClauseException.of(
                    "EO-5.5(a)",
                    JUDICIAL_PROCESS,
                    Effect.PERMIT,
                    VERIFY_LIMIT_REPORT,
                    "A judicial warrant or court order requires the disclosure: disclose what it"
                        + " requires once it is verified, and record it."),
                ClauseException.of(
                    "EO-5.5(b)",
                    presentedAny(Authority.STATUTORY_REQUIREMENT),
                    Effect.ESCALATE,
                    REFER_REPORT,
                    "A statute is said to require the disclosure: the Law Department decides"
                        + " whether it does."))
            .build());
  }
}
