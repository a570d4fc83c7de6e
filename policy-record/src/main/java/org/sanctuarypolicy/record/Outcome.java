package org.sanctuarypolicy.record;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.sanctuarypolicy.api.Counterparty;

/**
 * What happened after a recorded decision: its type, when it happened, and for a transfer the
 * counterparty and agency that received the person. An outcome names the {@code seq} of the
 * DECISION entry it follows.
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /**
   * The {@code seq} of the DECISION entry this outcome follows.
   *
   * @return the decision's sequence number, at least 1
   */
  public abstract long decisionSeq();

  /**
   * What happened.
   *
   * @return the outcome type
   */
  public abstract OutcomeType type();

  /**
   * For {@link OutcomeType#TRANSFERRED} only: the counterparty whose custody received the person.
   *
   * @return the counterparty, or empty
   */
  public abstract Optional<Counterparty> to();

  /**
   * For {@link OutcomeType#TRANSFERRED} only: the receiving agency's code, 1 to 64 characters of
   * {@code A-Z}, {@code 0-9} and {@code -}, such as {@code COOK-COUNTY-SHERIFF}.
   *
   * @return the agency code, or empty
   */
  public abstract Optional<String> agency();

  /**
   * When it happened; empty means at the time it is recorded.
   *
   * @return the time, or empty
   */
  public abstract Optional<Instant> occurredAt();

  /**
   * This outcome, happened at {@code occurredAt} instead of when it is recorded.
   *
   * @param occurredAt when it happened
   * @return the outcome with that time
   */
  public final Outcome at(Instant occurredAt) {
    return of(decisionSeq(), type(), to(), agency(), Optional.of(occurredAt));
  }

  @Value.Check
  final void check() {
    if (decisionSeq() < 1) {
      throw RecordInputException.of(
          "seq", Long.toString(decisionSeq()), "the seq of a DECISION entry, 1 or more");
    }
    boolean transferred = type() == OutcomeType.TRANSFERRED;
    if (transferred && to().isEmpty()) {
      throw RecordInputException.of("to", "missing", "a counterparty, required with TRANSFERRED");
    }
    if (transferred && agency().isEmpty()) {
      throw RecordInputException.of(
          "agency", "missing", "an agency code, required with TRANSFERRED");
    }
    if (!transferred && to().isPresent()) {
      throw RecordInputException.of(
          "to", to().get().name(), "nothing unless the outcome is TRANSFERRED");
    }
    if (!transferred && agency().isPresent()) {
      throw RecordInputException.of(
          "agency", agency().get(), "nothing unless the outcome is TRANSFERRED");
    }
    agency().ifPresent(code -> Codes.check("agency", code));
  }

  /**
   * An outcome other than a transfer, happened when it is recorded.
   *
   * @param decisionSeq the {@code seq} of the DECISION entry it follows
   * @param type what happened; not {@link OutcomeType#TRANSFERRED}
   * @return the outcome
   * @throws RecordInputException when {@code decisionSeq} is below 1 or {@code type} is {@code
   *     TRANSFERRED}
   */
  public static Outcome of(long decisionSeq, OutcomeType type) {
    return ImmutableOutcome.builder().decisionSeq(decisionSeq).type(type).build();
  }

  /**
   * A transfer into another agency's custody, happened when it is recorded.
   *
   * @param decisionSeq the {@code seq} of the DECISION entry it follows
   * @param to the counterparty whose custody received the person
   * @param agency the receiving agency's code
   * @return the outcome
   * @throws RecordInputException when {@code decisionSeq} is below 1 or {@code agency} is no code
   */
  public static Outcome transferred(long decisionSeq, Counterparty to, String agency) {
    return ImmutableOutcome.builder()
        .decisionSeq(decisionSeq)
        .type(OutcomeType.TRANSFERRED)
        .to(to)
        .agency(agency)
        .build();
  }

  /**
   * An outcome from its parts, as the command line and the service read them.
   *
   * @param decisionSeq the {@code seq} of the DECISION entry it follows
   * @param type what happened
   * @param to the receiving counterparty: present exactly when {@code type} is {@code TRANSFERRED}
   * @param agency the receiving agency: present exactly when {@code type} is {@code TRANSFERRED}
   * @param occurredAt when it happened, or empty for when it is recorded
   * @return the outcome
   * @throws RecordInputException when the parts break a rule above
   */
  public static Outcome of(
      long decisionSeq,
      OutcomeType type,
      Optional<Counterparty> to,
      Optional<String> agency,
      Optional<Instant> occurredAt) {
    return ImmutableOutcome.builder()
        .decisionSeq(decisionSeq)
        .type(type)
        .to(to)
        .agency(agency)
        .occurredAt(occurredAt)
        .build();
  }
}
