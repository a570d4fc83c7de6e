package org.sanctuarypolicy.examples.desk;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordException;

/**
 * The vocabulary of the order and its decisions in plain words, for the city employee who reads
 * them: requests, reasons, remedies and obligations, and what the compliance record holds.
 */
public final class Words {
  private Words() {}

  /**
   * A request as a sentence, for example "A city department would share ... with ...".
   *
   * @param request the request
   * @return the sentence
   */
  public static String request(Request request) {
    StringBuilder text = new StringBuilder();
    text.append(capitalize(actor(request.actor()))).append(" would ");
    switch (request.action()) {
      case DISCLOSE_INFORMATION:
        text.append("share ")
            .append(list(request.information(), Words::information))
            .append(" with ");
        break;
      case INQUIRE_STATUS:
        text.append("ask about a person's citizenship or immigration status, for ");
        break;
      case PROVIDE_FACILITY:
        text.append("let ")
            .append(
                request.facilityArea().orElse(FacilityArea.NON_PUBLIC) == FacilityArea.PUBLIC
                    ? "a public area of city property"
                    : "a non-public area of city property")
            .append(" be used by ");
        break;
      default:
        text.append(action(request.action())).append(" for ");
        break;
    }
    text.append(counterparty(request.counterparty()))
        .append(". Stated purpose: ")
        .append(purpose(request.purpose()))
        .append(". Presented: ")
        .append(
            request.authorities().isEmpty()
                ? "nothing"
                : list(request.authorities(), Words::authority))
        .append('.');
    return text.toString();
  }

  /**
   * Who would act, in words.
   *
   * @param actor the actor
   * @return for example "a city department"
   */
  public static String actor(Actor actor) {
    return switch (actor) {
      case CITY_DEPARTMENT -> "a city department";
      case CITY_CONTRACTOR -> "a city contractor";
      case SISTER_AGENCY -> "a sister agency (not bound by the order)";
    };
  }

  /**
   * What the city would do, in words.
   *
   * @param action the action
   * @return for example "hold a person past release"
   */
  public static String action(Action action) {
    return switch (action) {
      case DISCLOSE_INFORMATION -> "share records about a person";
      case GRANT_DATABASE_ACCESS -> "give direct access to a city database";
      case INQUIRE_STATUS -> "ask about a person's immigration status";
      case PROVIDE_FACILITY -> "let city property be used";
      case COMMIT_RESOURCES -> "commit personnel, vehicles or equipment";
      case ENTER_AGREEMENT -> "enter an agreement";
      case ARREST_OR_DETAIN -> "arrest or detain a person";
      case HOLD_ON_DETAINER -> "hold a person past release";
      case TRANSFER_CUSTODY -> "hand a person in custody over";
      case GRANT_CUSTODY_ACCESS -> "let someone interview a person in custody";
    };
  }

  /**
   * Who would receive the cooperation, in words.
   *
   * @param counterparty the counterparty
   * @return for example "a court"
   */
  public static String counterparty(Counterparty counterparty) {
    return switch (counterparty) {
      case FEDERAL_IMMIGRATION_ENFORCEMENT -> "federal immigration enforcement (ICE ERO, CBP)";
      case FEDERAL_IMMIGRATION_INVESTIGATIONS -> "federal immigration investigations (ICE HSI)";
      case FEDERAL_IMMIGRATION_BENEFITS -> "federal immigration benefits (USCIS)";
      case FEDERAL_LAW_ENFORCEMENT -> "federal law enforcement (FBI, DEA, ATF, US Marshals)";
      case MILITARY -> "the military";
      case OTHER_FEDERAL_AGENCY -> "another federal agency";
      case STATE_OR_LOCAL_AGENCY -> "a state or local agency";
      case FOREIGN_GOVERNMENT -> "a foreign government (a consulate)";
      case COURT -> "a court";
      case DATA_SUBJECT -> "the person concerned (or their parent or guardian)";
      case PRIVATE_PARTY -> "a private party (a lawyer or a relative included)";
      case UNKNOWN -> "an unknown party";
    };
  }

  /**
   * The stated purpose, in words.
   *
   * @param purpose the purpose
   * @return for example "an emergency"; "none" for {@link Purpose#UNKNOWN}
   */
  public static String purpose(Purpose purpose) {
    return switch (purpose) {
      case CIVIL_IMMIGRATION_ENFORCEMENT -> "civil immigration enforcement";
      case CRIMINAL_INVESTIGATION -> "a criminal investigation";
      case EMERGENCY_RESPONSE -> "an emergency";
      case SUBJECT_BENEFIT -> "the person's own application";
      case LITIGATION -> "the city's litigation";
      case CITY_SERVICE -> "ordinary city business";
      case UNKNOWN -> "none";
    };
  }

  /**
   * A legal instrument, in words.
   *
   * @param authority the instrument
   * @return for example "a judicial warrant"
   */
  public static String authority(Authority authority) {
    return switch (authority) {
      case IMMIGRATION_DETAINER -> "an immigration detainer (I-247A)";
      case ADMINISTRATIVE_WARRANT -> "an administrative immigration warrant";
      case ADMINISTRATIVE_SUBPOENA -> "an administrative subpoena";
      case JUDICIAL_WARRANT -> "a judicial warrant";
      case COURT_ORDER -> "a court order";
      case STATUTORY_REQUIREMENT -> "a statutory requirement";
      case WRITTEN_CONSENT -> "the person's written consent";
    };
  }

  /**
   * An information category, in words.
   *
   * @param category the category
   * @return for example "immigration status"
   */
  public static String information(InformationCategory category) {
    return switch (category) {
      case IMMIGRATION_STATUS -> "immigration status";
      case PLACE_OF_BIRTH -> "place of birth";
      case CONTACT_INFORMATION -> "contact information";
      case CUSTODY_STATUS -> "custody status";
      case RELEASE_INFORMATION -> "release information";
      case IDENTITY -> "identity";
      case CRIMINAL_HISTORY -> "criminal history";
      case CASE_RECORDS -> "case records";
      case AGGREGATE_STATISTICS -> "aggregate statistics";
    };
  }

  /**
   * What an obligation type asks of the city, in words.
   *
   * @param type the obligation type
   * @return an imperative phrase, for example "decline, but never physically interfere"
   */
  public static String obligation(ObligationType type) {
    return switch (type) {
      case REDACT -> "withhold";
      case VERIFY_AUTHORITY -> "have the Law Department verify the warrant, order or statute";
      case LIMIT_TO_AUTHORITY_SCOPE -> "act only within what the instrument or purpose covers";
      case REFER_TO_LAW_DEPARTMENT -> "hold the request and refer it to the Law Department";
      case DOCUMENT_AND_REPORT -> "record the request for the city's reporting duties";
      case DO_NOT_OBSTRUCT -> "decline, but never physically interfere";
      case EMERGENCY_ONLY -> "respond to the emergency only; do not support the operation";
    };
  }

  /**
   * An obligation in words, with the categories of a {@link ObligationType#REDACT}.
   *
   * @param obligation the obligation
   * @return for example "withhold immigration status and place of birth"
   */
  public static String obligation(Obligation obligation) {
    String words = obligation(obligation.type());
    return obligation.categories().isEmpty()
        ? words
        : words + " " + list(obligation.categories(), Words::information);
  }

  /**
   * What a decision's effect means for the city, in words.
   *
   * @param effect the effect
   * @return "allowed", "refused" or "held and referred to the Law Department"
   */
  public static String effect(Effect effect) {
    return switch (effect) {
      case PERMIT -> "allowed";
      case DENY -> "refused";
      case ESCALATE -> "held and referred to the Law Department";
    };
  }

  /**
   * One finding in words: the clause or exception that made it, its effect and its sentence.
   *
   * @param reason the finding
   * @return for example "EO-5.1 (refused): ..."
   */
  public static String reason(Reason reason) {
    return reason.exception().orElse(reason.clause())
        + " ("
        + effect(reason.effect())
        + "): "
        + reason.text();
  }

  /**
   * Whether a finding allows the request only with categories withheld: the base finding of a
   * clause whose effect is to withhold them (REDACT). Under a refusal such a finding does not
   * contradict it, and should not read as if it did.
   *
   * @param reason the finding
   * @param catalog the catalog of the policy that made it
   * @return true for such a finding
   */
  public static boolean withholds(Reason reason, ClauseCatalog catalog) {
    return reason.exception().isEmpty()
        && reason.effect() == Effect.PERMIT
        && catalog
            .clause(reason.clause())
            .map(clause -> clause.baseEffect() == BaseEffect.REDACT)
            .orElse(false);
  }

  /**
   * One remedy in words: what to present, and what the answer would then be.
   *
   * @param remedy the remedy
   * @return for example "with a judicial warrant, it would be allowed"
   */
  public static String remedy(Remedy remedy) {
    return "with " + authority(remedy.authority()) + ", it would be " + effect(remedy.effect());
  }

  /**
   * What would change a decision, as one sentence for the requester.
   *
   * @param decision the decision
   * @return for example "with a judicial warrant, it would be allowed; with a court order, it would
   *     be allowed." or, without remedies, "nothing the requester could present would change it."
   */
  public static String whatWouldChange(Decision decision) {
    return decision.remedies().isEmpty()
        ? "nothing the requester could present would change it."
        : Joiner.on("; ").join(decision.remedies().stream().map(Words::remedy).iterator()) + ".";
  }

  /**
   * What the employee is shown about a decision: the answer, every reason, what would change it and
   * what the order requires.
   *
   * @param decision the decision
   * @return the lines, never empty
   */
  public static ImmutableList<String> explain(Decision decision) {
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    lines.add(
        "Decision: "
            + decision.effect()
            + ", "
            + effect(decision.effect())
            + (decision.governed() ? "." : " (the order does not speak to this request)."));
    if (!decision.reasons().isEmpty()) {
      lines.add("Why:");
      decision.reasons().forEach(reason -> lines.add("  - " + reason(reason)));
    }
    if (decision.effect() != Effect.PERMIT) {
      lines.add("What would change it: " + whatWouldChange(decision));
    }
    if (!decision.obligations().isEmpty()) {
      lines.add(
          "The order requires: "
              + Joiner.on("; ")
                  .join(
                      decision.obligations().stream()
                          .map(o -> o.type() + " (" + obligation(o) + ")")
                          .iterator()));
    }
    return lines.build();
  }

  /**
   * What an outcome on the compliance record says happened, in words.
   *
   * @param type the outcome type
   * @return for example "declined"
   */
  public static String outcome(OutcomeType type) {
    return switch (type) {
      case DECLINED -> "declined";
      case REFERRED -> "referred to the Law Department";
      case ACTED_WITHIN_AUTHORITY -> "acted within what allowed it";
      case BAIL_POSTED -> "the person posted bail";
      case RELEASED -> "released under ordinary process, held for no one";
      case TRANSFERRED -> "handed over to another agency's custody";
    };
  }

  /**
   * Why the compliance record could not take an entry, in words: a desk then has no decision to act
   * on, or an outcome still to record.
   *
   * @param failure what the record reported
   * @return for example "the compliance record could not be written (the record is closed)"
   */
  public static String recordFailure(RecordException failure) {
    return "the compliance record could not be written (" + failure.getMessage() + ")";
  }

  /**
   * Which policy decides, in one line: its id, version and fingerprint.
   *
   * @param policy the policy
   * @return for example "Policy chicago-immigration-non-cooperation 1.0.0, sha256:..."
   */
  public static String policy(Policy policy) {
    PolicyInfo info = policy.info();
    return "Policy " + info.id() + " " + info.version() + ", " + info.fingerprint();
  }

  /**
   * The items in words, joined by commas and a final "and".
   *
   * @param items the items
   * @param words how to say one item
   * @param <T> the type of the items
   * @return the phrase; empty for no items
   */
  public static <T> String list(Iterable<T> items, Function<T, String> words) {
    List<String> parts = new ArrayList<>();
    items.forEach(item -> parts.add(words.apply(item)));
    if (parts.size() <= 1) {
      return Joiner.on("").join(parts);
    }
    return Joiner.on(", ").join(parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  /**
   * The text with its first character in upper case.
   *
   * @param text the text
   * @return the capitalized text
   */
  public static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
