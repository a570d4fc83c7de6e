package org.sanctuarypolicy.record;

/** How a record breaks, as {@link ComplianceRecord#verify()} names it. */
public enum BreakKind {
  /** The record's identity row in {@code record_meta} is missing, repeated or of another format. */
  IDENTITY,
  /** A {@code seq} is missing (the entries jump over it) or repeated (two rows hold it). */
  MISSING_SEQ,
  /** An entry's body is not an entry the record writes, or not in canonical form. */
  MALFORMED_BODY,
  /** An entry's {@code hash} is not the SHA-256 of its body. */
  HASH_MISMATCH,
  /** An entry's {@code prev} is not the hash of the entry before it. */
  PREV_MISMATCH,
  /**
   * A column ({@code seq}, {@code kind}, {@code recorded_at}, {@code unit}, {@code request_id})
   * disagrees with the body.
   */
  COLUMN_MISMATCH,
  /** An OUTCOME entry names no earlier DECISION entry. */
  OUTCOME_WITHOUT_DECISION,
  /** A checkpoint's signature does not verify with the given public key. */
  CHECKPOINT_SIGNATURE,
  /** A checkpoint's {@code (seq, hash)} is no longer in the chain. */
  CHECKPOINT_NOT_IN_CHAIN,
  /** The record holds fewer entries than a checkpoint signed: it was cut short. */
  TRUNCATED
}
