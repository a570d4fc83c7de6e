package org.sanctuarypolicy.record;

import java.time.Instant;
import java.util.Optional;
import org.sanctuarypolicy.api.Counterparty;

/** An OUTCOME entry: what happened after the DECISION entry {@code decisionSeq}. */
record OutcomeEntry(
    long seq,
    Instant recordedAt,
    String unit,
    String requestId,
    String prev,
    long decisionSeq,
    OutcomeType type,
    Optional<Counterparty> to,
    Optional<String> agency,
    Instant occurredAt)
    implements Entry {

  @Override
  public Kind kind() {
    return Kind.OUTCOME;
  }
}
