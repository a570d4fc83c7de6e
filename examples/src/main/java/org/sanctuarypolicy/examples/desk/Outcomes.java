package org.sanctuarypolicy.examples.desk;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordException;

/**
 * Records what a desk did after a recorded decision, and says so in words.
 *
 * <p>An outcome names the {@code seq} of the DECISION entry it follows, so only a decision that was
 * recorded (its {@link org.sanctuarypolicy.record.Recorded#seq() seq} is present) gets one. What
 * the outcome reports has already happened: a refusal, a referral, a release. When the record
 * cannot take the outcome, what was done stands (nobody is held longer because a database is down),
 * and the employee is told exactly what a supervisor must record once the record is back.
 */
public final class Outcomes {
  private Outcomes() {}

  /**
   * Records one outcome.
   *
   * @param record the compliance record that holds the decision
   * @param outcome what happened
   * @return what was recorded, or what could not be and what to do about it, one line each
   */
  public static ImmutableList<String> record(ComplianceRecord record, Outcome outcome) {
    return record(record, List.of(outcome));
  }

  /**
   * Records one outcome on several decision entries, such as a release on every detainer received
   * for the person released. It stops at the first entry the record cannot take.
   *
   * @param record the compliance record that holds the decisions
   * @param outcomes the same outcome (type, counterparty, agency and time) for each decision entry
   * @return what was recorded, and what could not be and what to do about it, one line each; empty
   *     when there is no outcome to record
   * @throws IllegalArgumentException when the outcomes differ in anything but their decision
   */
  public static ImmutableList<String> record(ComplianceRecord record, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return ImmutableList.of();
    }
    Outcome first = outcomes.get(0);
    for (Outcome outcome : outcomes) {
      checkArgument(
          outcome.type() == first.type()
              && outcome.to().equals(first.to())
              && outcome.agency().equals(first.agency())
              && outcome.occurredAt().equals(first.occurredAt()),
          "outcomes: %s differs from %s; allowed: one outcome for several decision entries",
          outcome,
          first);
    }
    List<Long> recorded = new ArrayList<>();
    List<Long> missed = new ArrayList<>();
    @Nullable RecordException failure = null;
    for (Outcome outcome : outcomes) {
      if (failure == null) {
        try {
          record.recordOutcome(outcome);
          recorded.add(outcome.decisionSeq());
          continue;
        } catch (RecordException e) {
          failure = e;
        }
      }
      missed.add(outcome.decisionSeq());
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    if (!recorded.isEmpty()) {
      lines.add(
          "Recorded " + what(first) + " on " + entries(recorded) + " of the compliance record.");
    }
    if (failure != null) {
      lines.add(
          "Could not record "
              + what(first)
              + " on "
              + entries(missed)
              + ": "
              + Words.recordFailure(failure)
              + ". What was done stands. Have a supervisor record it once the record is back: "
              + command(first, missed)
              + ".");
    }
    return lines.build();
  }

  /** The outcome in words: "DECLINED (declined)", with the receiving agency of a transfer. */
  private static String what(Outcome outcome) {
    OutcomeType type = outcome.type();
    String words = Words.outcome(type);
    if (type == OutcomeType.TRANSFERRED) {
      words +=
          ": "
              + outcome.agency().orElseThrow()
              + ", "
              + Words.counterparty(outcome.to().orElseThrow());
    }
    return type + " (" + words + ")";
  }

  private static String entries(List<Long> seqs) {
    return (seqs.size() == 1 ? "entry " : "entries ") + Words.list(seqs, String::valueOf);
  }

  /** The command that records the outcome later, at the time it happened. */
  private static String command(Outcome outcome, List<Long> seqs) {
    Optional<String> to = outcome.to().map(counterparty -> " --to " + counterparty);
    Optional<String> agency = outcome.agency().map(code -> " --agency " + code);
    String command =
        "policy-cli record outcome --record URL --seq "
            + (seqs.size() == 1 ? String.valueOf(seqs.get(0)) : "N")
            + " --outcome "
            + outcome.type()
            + to.orElse("")
            + agency.orElse("")
            + " --at "
            + outcome.occurredAt().map(String::valueOf).orElse("TIME");
    return seqs.size() == 1 ? command : command + ", for N = " + Words.list(seqs, String::valueOf);
  }
}
