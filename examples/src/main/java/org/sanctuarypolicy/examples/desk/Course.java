package org.sanctuarypolicy.examples.desk;

import java.util.Optional;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * What an enforcement point does with a decision: act, act once the Law Department has verified the
 * instrument, refuse, or hold the request and refer it; or, when the decision could not be put on
 * the compliance record, nothing at all.
 */
public enum Course {
  /** Go ahead, carrying out the decision's obligations. */
  ACT,

  /** Go ahead only once the Law Department confirms the instrument, and only within its scope. */
  VERIFY_THEN_ACT,

  /** Do not act; tell the requester why and what would change the answer. */
  REFUSE,

  /** Do not act yet; hold the request and refer it to the Law Department. */
  HOLD_AND_REFER,

  /**
   * Do not act: the {@link RecordingPolicy} could not put the decision on the compliance record and
   * threw {@link RecordException}, so there is no decision to act on. Tell the employee, keep the
   * request, and take it again once the record can be written.
   */
  NOT_RECORDED;

  /**
   * The course a decision calls for. A PERMIT that carries {@link ObligationType#VERIFY_AUTHORITY}
   * waits for the Law Department; an ESCALATE holds and refers, or, where the caller cannot wait
   * for the Law Department (a dispatcher, a release at a fixed hour), refuses. Never {@link
   * #NOT_RECORDED}: a desk takes that course when it got no decision.
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

  /**
   * The outcome a desk records on a recorded decision as soon as it has taken this course: {@code
   * ACTED_WITHIN_AUTHORITY} for {@link #ACT} (the desk did what the decision allowed, within the
   * instrument, consent or exception that allowed it), {@code REFERRED} for {@link
   * #VERIFY_THEN_ACT} (the papers went to the Law Department) and {@link #HOLD_AND_REFER}, {@code
   * DECLINED} for {@link #REFUSE}; none for {@link #NOT_RECORDED}, which has no decision entry. A
   * request that went to the Law Department gets a second outcome once it answers.
   *
   * @return the outcome type, or empty
   */
  public Optional<OutcomeType> outcome() {
    return switch (this) {
      case ACT -> Optional.of(OutcomeType.ACTED_WITHIN_AUTHORITY);
      case VERIFY_THEN_ACT, HOLD_AND_REFER -> Optional.of(OutcomeType.REFERRED);
      case REFUSE -> Optional.of(OutcomeType.DECLINED);
      case NOT_RECORDED -> Optional.empty();
    };
  }
}
