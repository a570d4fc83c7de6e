package org.sanctuarypolicy.record;

import java.time.Instant;

/** One entry of the record, read back from its canonical body. */
sealed interface Entry permits DecisionEntry, OutcomeEntry {
  /** The entry's kind, as the body and the {@code kind} column name it. */
  enum Kind {
    DECISION,
    OUTCOME
  }

  long seq();

  Kind kind();

  Instant recordedAt();

  String unit();

  String requestId();

  /** The {@code hash} of the entry before, or 64 zeros for entry 1. */
  String prev();
}
