package org.sanctuarypolicy.examples.page;

import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;

/**
 * The words of the decision page: how a clerk at the counter names each value of the order's
 * vocabulary (actors, actions, counterparties, purposes, papers, information), and what each
 * obligation asks them to do.
 *
 * <p>The option values of the form are the wire names; these are only the labels. Every switch is
 * exhaustive, so a new enum constant does not compile until it has words. Where {@link
 * org.sanctuarypolicy.examples.desk.Words} already says it the way a clerk would, the page uses
 * that instead.
 */
final class ClerkWords {
  private ClerkWords() {}

  /** Who is asking, as the clerk would choose it. */
  static String counterparty(Counterparty counterparty) {
    return switch (counterparty) {
      case FEDERAL_IMMIGRATION_ENFORCEMENT ->
          "ICE (Enforcement and Removal Operations) or CBP, Border Patrol included";
      case FEDERAL_IMMIGRATION_INVESTIGATIONS -> "ICE Homeland Security Investigations (HSI)";
      case FEDERAL_IMMIGRATION_BENEFITS -> "USCIS, the immigration benefits agency (or SAVE)";
      case FEDERAL_LAW_ENFORCEMENT -> "FBI, DEA, ATF, US Marshals or other federal police";
      case MILITARY -> "The military, or the National Guard under federal command";
      case OTHER_FEDERAL_AGENCY -> "Another federal agency that is not police";
      case STATE_OR_LOCAL_AGENCY ->
          "State or local police, or another state, county or city agency (another city"
              + " department too)";
      case COURT -> "A court, its clerk or a judge";
      case DATA_SUBJECT -> "The person themselves (or their parent or guardian)";
      case FOREIGN_GOVERNMENT -> "A foreign consulate or government";
      case PRIVATE_PARTY -> "Someone else: a lawyer, a relative, a reporter, a business";
      case UNKNOWN -> "I don't know, or they would not say";
    };
  }

  /** Who is asking, short, as a headline names them. */
  static String who(Counterparty counterparty) {
    return switch (counterparty) {
      case FEDERAL_IMMIGRATION_ENFORCEMENT -> "ICE or CBP";
      case FEDERAL_IMMIGRATION_INVESTIGATIONS -> "ICE HSI";
      case FEDERAL_IMMIGRATION_BENEFITS -> "USCIS";
      case FEDERAL_LAW_ENFORCEMENT -> "federal police";
      case MILITARY -> "the military";
      case OTHER_FEDERAL_AGENCY -> "the federal agency";
      case STATE_OR_LOCAL_AGENCY -> "the state or local agency";
      case COURT -> "the court";
      case DATA_SUBJECT -> "the person";
      case FOREIGN_GOVERNMENT -> "the consulate";
      case PRIVATE_PARTY, UNKNOWN -> "the person asking";
    };
  }

  /** What they want the city to do, as the clerk would choose it. */
  static String action(Action action) {
    return switch (action) {
      case DISCLOSE_INFORMATION -> "Share records or information about a person";
      case GRANT_DATABASE_ACCESS -> "Get direct access to a city database or data system";
      case INQUIRE_STATUS ->
          "Ask a person about their citizenship, immigration status or place of birth, or write"
              + " it down";
      case PROVIDE_FACILITY ->
          "Use city property: an office, a room, a parking lot, a garage or a vacant lot";
      case COMMIT_RESOURCES ->
          "Get city staff, officers, vehicles, equipment or money: a perimeter, stand-by,"
              + " transport, a patrol, a checkpoint";
      case ENTER_AGREEMENT ->
          "Sign an agreement: 287(g), detention, deputizing officers, data sharing";
      case ARREST_OR_DETAIN -> "Arrest or detain a person";
      case HOLD_ON_DETAINER -> "Hold a person in custody past their release";
      case TRANSFER_CUSTODY -> "Hand over a person in city custody";
      case GRANT_CUSTODY_ACCESS -> "Interview or phone a person in city custody";
    };
  }

  /**
   * What the city would do, as the rest of a sentence that starts "Do not" or "You may".
   *
   * @param action the action
   * @param counterparty who asks
   * @return for example "hold this person for ICE or CBP"
   */
  static String act(Action action, Counterparty counterparty) {
    String who = who(counterparty);
    return switch (action) {
      case DISCLOSE_INFORMATION -> "share this information with " + who;
      case GRANT_DATABASE_ACCESS -> "give " + who + " access to a city database";
      case INQUIRE_STATUS ->
          "ask about or write down anyone's citizenship, immigration status or place of birth";
      case PROVIDE_FACILITY -> "let " + who + " use this city space";
      case COMMIT_RESOURCES -> "send city staff, officers or equipment to help " + who;
      case ENTER_AGREEMENT -> "sign this agreement with " + who;
      case ARREST_OR_DETAIN -> "arrest or detain anyone for " + who;
      case HOLD_ON_DETAINER -> "hold this person for " + who;
      case TRANSFER_CUSTODY -> "hand this person over to " + who;
      case GRANT_CUSTODY_ACCESS -> "let " + who + " interview or phone this person";
    };
  }

  /** A paper they showed, as the clerk would check it. */
  static String authority(Authority authority) {
    return switch (authority) {
      case IMMIGRATION_DETAINER ->
          "An immigration detainer: ICE form I-247A, or another request to hold someone or to be"
              + " told of a release";
      case ADMINISTRATIVE_WARRANT ->
          "An administrative immigration warrant: ICE form I-200, I-203, I-205 or I-286, or an"
              + " order signed by an immigration officer or an immigration judge";
      case ADMINISTRATIVE_SUBPOENA -> "A subpoena from an agency, not from a court";
      case JUDICIAL_WARRANT ->
          "A warrant signed by a judge of a court: a criminal arrest or search warrant";
      case COURT_ORDER -> "A court order, a subpoena from a court, or a writ";
      case STATUTORY_REQUIREMENT -> "A specific statute, regulation or treaty that requires it";
      case WRITTEN_CONSENT -> "The person's written consent (or their parent's or guardian's)";
    };
  }

  /** The label of the "nothing" box among the papers. */
  static final String NO_PAPERS = "Nothing: they showed no paper";

  /** A paper, short, as something to ask for. */
  static String remedy(Authority authority) {
    return switch (authority) {
      case IMMIGRATION_DETAINER -> "an immigration detainer";
      case ADMINISTRATIVE_WARRANT -> "an administrative immigration warrant";
      case ADMINISTRATIVE_SUBPOENA -> "an administrative subpoena";
      case JUDICIAL_WARRANT -> "a warrant signed by a judge";
      case COURT_ORDER -> "a court order";
      case STATUTORY_REQUIREMENT -> "the statute, regulation or treaty that requires it";
      case WRITTEN_CONSENT -> "the person's written consent";
    };
  }

  /** The reason they gave. */
  static String purpose(Purpose purpose) {
    return switch (purpose) {
      case CIVIL_IMMIGRATION_ENFORCEMENT ->
          "Immigration enforcement: finding, arresting, holding or deporting someone for"
              + " immigration reasons";
      case CRIMINAL_INVESTIGATION -> "A criminal investigation";
      case EMERGENCY_RESPONSE -> "An emergency: an immediate threat to someone's life or safety";
      case SUBJECT_BENEFIT ->
          "The person's own application or request, for example a U-visa certification";
      case LITIGATION -> "A court case that the city's lawyers are handling";
      case CITY_SERVICE -> "Ordinary city business";
      case UNKNOWN -> "They gave no reason, or I don't know it";
    };
  }

  /** The information they ask for. */
  static String information(InformationCategory category) {
    return switch (category) {
      case IMMIGRATION_STATUS -> "Citizenship or immigration status";
      case PLACE_OF_BIRTH -> "Place of birth, nationality or country of origin";
      case CONTACT_INFORMATION -> "Home address, phone number or e-mail";
      case CUSTODY_STATUS -> "Whether the person is in custody";
      case RELEASE_INFORMATION -> "Release date or time, or court dates";
      case IDENTITY -> "Name, date of birth, photos, ID numbers or fingerprints";
      case CRIMINAL_HISTORY -> "Criminal history";
      case CASE_RECORDS -> "Other records about the person";
      case AGGREGATE_STATISTICS -> "Counts or statistics about no one in particular";
    };
  }

  /** The kind of space. */
  static String facilityArea(FacilityArea area) {
    return switch (area) {
      case PUBLIC ->
          "A space open to everyone, used the way any member of the public may use it: a lobby,"
              + " a public hearing room";
      case NON_PUBLIC ->
          "Any other use: an office or back room, or a city lot, garage or vacant lot as a staging"
              + " area, processing site or base, even where the public may park";
    };
  }

  /** Who would act: where the clerk works. */
  static String actor(Actor actor) {
    return switch (actor) {
      case CITY_DEPARTMENT -> "A city department";
      case CITY_CONTRACTOR -> "A contractor working for the city";
      case SISTER_AGENCY ->
          "A sister agency: Chicago Public Schools, the Housing Authority, the CTA, the Park"
              + " District (the order does not bind them)";
    };
  }

  /** A finding's or a decision's effect, short. */
  static String effect(Effect effect) {
    return switch (effect) {
      case PERMIT -> "allowed";
      case DENY -> "refused";
      case ESCALATE -> "held for the Law Department";
    };
  }

  /** A decision's effect as the answer to "may I?". */
  static String answer(Effect effect) {
    return switch (effect) {
      case PERMIT -> "yes";
      case DENY -> "no";
      case ESCALATE -> "not yet";
    };
  }

  /** A clause's base effect, for the order page. */
  static String baseEffect(BaseEffect effect) {
    return switch (effect) {
      case DENY -> "refused";
      case ESCALATE -> "held for the Law Department";
      case REDACT -> "the status information is held back; a request for nothing else is refused";
      case PERMIT -> "allowed";
    };
  }

  /** What an obligation asks the clerk to do, as a step. */
  static String step(ObligationType type) {
    return switch (type) {
      case REDACT -> "Hold back";
      case VERIFY_AUTHORITY ->
          "Before you act, send the papers to the Law Department and wait until it confirms that"
              + " the warrant, order or statute is genuine and applies.";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Do only what the papers, the consent or the reason covers: nothing more.";
      case REFER_TO_LAW_DEPARTMENT ->
          "Do not act yet. Send the request, with a copy of every paper shown, to the Law"
              + " Department and wait for its answer.";
      case DOCUMENT_AND_REPORT ->
          "Write down the request (who asked, for what, with which papers) and report it the way"
              + " your department does: the city must report these requests. This page keeps"
              + " nothing.";
      case DO_NOT_OBSTRUCT ->
          "Never physically stand in the way, even if they go ahead without the city: do not"
              + " block, hide anyone or interfere.";
      case EMERGENCY_ONLY ->
          "Help with the emergency only: do not secure, escort or support the immigration"
              + " operation.";
    };
  }

  /** The order in which the steps are shown: what to do first, what to write down last. */
  static int stepOrder(ObligationType type) {
    return switch (type) {
      case REFER_TO_LAW_DEPARTMENT -> 0;
      case VERIFY_AUTHORITY -> 1;
      case REDACT -> 2;
      case LIMIT_TO_AUTHORITY_SCOPE -> 3;
      case EMERGENCY_ONLY -> 4;
      case DO_NOT_OBSTRUCT -> 5;
      case DOCUMENT_AND_REPORT -> 6;
    };
  }
}
