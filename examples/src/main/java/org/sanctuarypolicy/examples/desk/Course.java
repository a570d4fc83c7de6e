package org.sanctuarypolicy.examples.desk;

import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.ObligationType;

/**
 * What an enforcement point does with a decision: act, act once the Law Department has verified the
 * instrument, refuse, or hold the request and refer it.
 */
public enum Course {
  /** Go ahead, carrying out the decision's obligations. */
  ACT,

  /** Go ahead only once the Law Department confirms the instrument, and only within its scope. */
  VERIFY_THEN_ACT,

  /** Do not act; tell the requester why and what would change the answer. */
  REFUSE,

  /** Do not act yet; hold the request and refer it to the Law Department. */
  HOLD_AND_REFER;

  /**
   * The course a decision calls for. A PERMIT that carries {@link ObligationType#VERIFY_AUTHORITY}
   * waits for the Law Department; an ESCALATE holds and refers, or, where the caller cannot wait
   * for the Law Department (a dispatcher, a release at a fixed hour), refuses.
   *
   * @param decision the decision
   * @param canEscalate whether this caller can hold a request and refer it
   * @return the course
   */
  public static Course of(Decision decision, boolean canEscalate) {
    return switch (decision.effect()) {
      case PERMIT ->
          decision.obligation(ObligationType.VERIFY_AUTHORITY).isPresent() ? VERIFY_THEN_ACT : ACT;
      case DENY -> REFUSE;
      case ESCALATE -> canEscalate ? HOLD_AND_REFER : REFUSE;
    };
  }
}
