package org.sanctuarypolicy.record;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of checking a whole record: verified, or the first break. Also says how far the chain
 * reaches and how many checkpoints were checked.
 */
@Value.Immutable
public abstract class Verification {
  Verification() {}

  /**
   * The record's id.
   *
   * @return the random UUID made when the record was created
   */
  public abstract String recordId();

  /**
   * The number of entries read.
   *
   * @return the count
   */
  public abstract long entries();

  /**
   * The {@code seq} of the last entry, 0 for an empty record.
   *
   * @return the head's sequence number
   */
  public abstract long headSeq();

  /**
   * The {@code hash} of the last entry, 64 zeros for an empty record.
   *
   * @return the head's hash
   */
  public abstract String headHash();

  /**
   * The checkpoints whose {@code (seq, hash)} was found in the chain.
   *
   * @return the count
   */
  public abstract int checkpointsInChain();

  /**
   * The checkpoints whose signature was verified with the given public key (0 when no key was
   * given).
   *
   * @return the count
   */
  public abstract int checkpointsSigned();

  /**
   * The latest checkpoint in the chain, if any.
   *
   * @return the checkpoint, or empty
   */
  public abstract Optional<Checkpoint> latestCheckpoint();

  /**
   * The first break, or empty when the record verifies.
   *
   * @return the break, or empty
   */
  public abstract Optional<RecordBreak> firstBreak();

  /**
   * Whether the record verifies.
   *
   * @return true when there is no break
   */
  public final boolean verified() {
    return firstBreak().isEmpty();
  }

  static ImmutableVerification.Builder builder() {
    return ImmutableVerification.builder();
  }

  @Override
  public final String toString() {
    return firstBreak()
        .map(b -> "broken at " + b)
        .orElse(
            "verified: "
                + entries()
                + " entries, head "
                + headSeq()
                + " "
                + headHash()
                + ", "
                + checkpointsInChain()
                + " checkpoints in the chain, "
                + checkpointsSigned()
                + " signatures verified");
  }
}
