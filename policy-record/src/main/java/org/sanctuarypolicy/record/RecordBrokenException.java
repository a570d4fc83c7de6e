package org.sanctuarypolicy.record;

/**
 * The record does not verify, so no report is made from it: the verification, with the first break,
 * is shown instead. Nothing was written.
 */
public final class RecordBrokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The verification that failed. */
  @SuppressWarnings("serial") // Verification is an immutable value, not Serializable.
  private final Verification verification;

  RecordBrokenException(Verification verification) {
    super(
        "the record does not verify: "
            + verification.firstBreak().map(RecordBreak::toString).orElse("no break"));
    this.verification = verification;
  }

  /**
   * The verification that failed, naming the first break.
   *
   * @return the verification
   */
  public Verification verification() {
    return verification;
  }
}
