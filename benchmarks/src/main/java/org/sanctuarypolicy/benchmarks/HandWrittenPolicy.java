package org.sanctuarypolicy.benchmarks;

import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The order's effect written by hand as straight-line Java from the order's clauses and exceptions:
 * no catalog, no findings, no obligations, only the combined effect. It is the floor a
 * general-purpose implementation cannot beat, and {@link Equivalence#checkHandWritten()} proves it
 * equal to the policy on every request of the space.
 */
final class HandWrittenPolicy {
  private HandWrittenPolicy() {}

  /** The effect the order gives {@code request}: DENY, ESCALATE or PERMIT. */
  static Effect effect(Request request) {
    Actor actor = request.actor();
    Action action = request.action();
    Counterparty counterparty = request.counterparty();
    Purpose purpose = request.purpose();
    Set<Authority> authorities = request.authorities();

    boolean immigrationAuthority =
        counterparty == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
            || counterparty == Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
    boolean watched = immigrationAuthority || counterparty == Counterparty.MILITARY;
    Nexus nexus = nexus(action, counterparty, purpose, authorities, watched);
    if (nexus == Nexus.NONE && actor == Actor.SISTER_AGENCY) {
      return Effect.PERMIT;
    }

    boolean judicialWarrant = authorities.contains(Authority.JUDICIAL_WARRANT);
    boolean courtOrder = authorities.contains(Authority.COURT_ORDER);
    boolean judicial = judicialWarrant || courtOrder;
    boolean publicArea =
        action == Action.PROVIDE_FACILITY
            && request.facilityArea().orElseThrow() == FacilityArea.PUBLIC;

    // EO-0: a sister agency with a nexus.
    if (actor == Actor.SISTER_AGENCY) {
      return judicial || publicArea ? Effect.PERMIT : Effect.ESCALATE;
    }

    boolean statute = authorities.contains(Authority.STATUTORY_REQUIREMENT);
    boolean consent = authorities.contains(Authority.WRITTEN_CONSENT);
    boolean detainer = authorities.contains(Authority.IMMIGRATION_DETAINER);
    boolean administrativeWarrant = authorities.contains(Authority.ADMINISTRATIVE_WARRANT);
    boolean enforcement = nexus == Nexus.CONFIRMED || nexus == Nexus.PRESUMED;
    boolean statedCriminalInvestigation =
        immigrationAuthority && purpose == Purpose.CRIMINAL_INVESTIGATION;
    boolean escalate = false;

    // EO-1
    if (nexus != Nexus.NONE) {
      if (judicial
          && action != Action.ENTER_AGREEMENT
          && action != Action.GRANT_DATABASE_ACCESS
          && action != Action.INQUIRE_STATUS) {
        // (a) PERMIT
      } else if (statute && action == Action.DISCLOSE_INFORMATION) {
        escalate = true; // (b)
      } else if (publicArea) {
        // (c) PERMIT
      } else if (nexus == Nexus.CLAIMED || nexus == Nexus.UNDETERMINED) {
        escalate = true; // (d)
      } else {
        return Effect.DENY;
      }
    }

    switch (action) {
      case DISCLOSE_INFORMATION:
        {
          Set<InformationCategory> information = request.information();
          boolean toOthers = counterparty != Counterparty.DATA_SUBJECT;
          // EO-2.1
          if (toOthers
              && (information.contains(InformationCategory.IMMIGRATION_STATUS)
                  || information.contains(InformationCategory.PLACE_OF_BIRTH))) {
            if (judicial) {
              // (a) PERMIT
            } else if ((statute || consent) && nexus == Nexus.NONE) {
              // (b), (c) PERMIT
            } else if (statute || consent) {
              escalate = true; // (d)
            } else if (onlyStatusInformation(information)) {
              return Effect.DENY; // REDACT with nothing left to disclose
            }
            // else REDACT: PERMIT with the status categories withheld
          }
          // EO-5.1, second branch
          if (toOthers
              && detainer
              && !judicial
              && (information.contains(InformationCategory.CUSTODY_STATUS)
                  || information.contains(InformationCategory.RELEASE_INFORMATION))) {
            return Effect.DENY;
          }
          // EO-5.5
          if (immigrationAuthority
              && (information.contains(InformationCategory.CUSTODY_STATUS)
                  || information.contains(InformationCategory.RELEASE_INFORMATION)
                  || information.contains(InformationCategory.CONTACT_INFORMATION))) {
            if (judicial) {
              // (a) PERMIT
            } else if (statute) {
              escalate = true; // (b)
            } else {
              return Effect.DENY;
            }
          }
          break;
        }
      case INQUIRE_STATUS:
        // EO-2.2
        if (!statute
            && !courtOrder
            && purpose != Purpose.LITIGATION
            && !(consent && purpose == Purpose.SUBJECT_BENEFIT)) {
          return Effect.DENY;
        }
        break;
      case GRANT_DATABASE_ACCESS:
        // EO-2.3
        if (enforcement || statedCriminalInvestigation) {
          return Effect.DENY;
        }
        break;
      case PROVIDE_FACILITY:
        // EO-3
        if ((enforcement || statedCriminalInvestigation) && !publicArea && !judicial) {
          return Effect.DENY;
        }
        break;
      case COMMIT_RESOURCES:
        // EO-4.1
        if ((enforcement || (purpose == Purpose.EMERGENCY_RESPONSE && watched))
            && purpose != Purpose.EMERGENCY_RESPONSE
            && !judicial) {
          return Effect.DENY;
        }
        // EO-4.3
        if (counterparty == Counterparty.MILITARY
            && (purpose == Purpose.CIVIL_IMMIGRATION_ENFORCEMENT
                || purpose == Purpose.CRIMINAL_INVESTIGATION
                || purpose == Purpose.UNKNOWN)) {
          return Effect.DENY;
        }
        break;
      case ENTER_AGREEMENT:
        // EO-4.2
        if (immigrationAuthority || enforcement) {
          return Effect.DENY;
        }
        break;
      case HOLD_ON_DETAINER:
        // EO-5.1, first branch
        if (!judicial) {
          return Effect.DENY;
        }
        break;
      case ARREST_OR_DETAIN:
        // EO-5.2
        if ((enforcement || detainer || administrativeWarrant) && !judicialWarrant) {
          return Effect.DENY;
        }
        break;
      case TRANSFER_CUSTODY:
        // EO-5.3
        if ((immigrationAuthority || enforcement || detainer || administrativeWarrant)
            && !judicial) {
          return Effect.DENY;
        }
        break;
      case GRANT_CUSTODY_ACCESS:
        // EO-5.4
        if ((immigrationAuthority || enforcement) && !judicial) {
          return Effect.DENY;
        }
        break;
    }
    return escalate ? Effect.ESCALATE : Effect.PERMIT;
  }

  /** The enforcement nexus: what the counterparty, purpose and papers say about enforcement. */
  private static Nexus nexus(
      Action action,
      Counterparty counterparty,
      Purpose purpose,
      Set<Authority> authorities,
      boolean watched) {
    boolean papers =
        authorities.contains(Authority.IMMIGRATION_DETAINER)
            || authorities.contains(Authority.ADMINISTRATIVE_WARRANT);
    if (purpose == Purpose.CIVIL_IMMIGRATION_ENFORCEMENT
        || (papers && counterparty != Counterparty.DATA_SUBJECT)) {
      return Nexus.CONFIRMED;
    }
    if (purpose == Purpose.UNKNOWN && watched) {
      return Nexus.PRESUMED;
    }
    if (watched && !(purpose == Purpose.EMERGENCY_RESPONSE && action == Action.COMMIT_RESOURCES)) {
      return Nexus.CLAIMED;
    }
    if (purpose == Purpose.UNKNOWN
        && (counterparty == Counterparty.UNKNOWN
            || counterparty == Counterparty.FEDERAL_LAW_ENFORCEMENT
            || counterparty == Counterparty.OTHER_FEDERAL_AGENCY
            || (action == Action.GRANT_DATABASE_ACCESS
                && counterparty != Counterparty.DATA_SUBJECT))) {
      return Nexus.UNDETERMINED;
    }
    return Nexus.NONE;
  }

  private static boolean onlyStatusInformation(Set<InformationCategory> information) {
    int status =
        (information.contains(InformationCategory.IMMIGRATION_STATUS) ? 1 : 0)
            + (information.contains(InformationCategory.PLACE_OF_BIRTH) ? 1 : 0);
    return information.size() == status;
  }
}
