package org.sanctuarypolicy.record;

import org.immutables.value.Value;

/** The first place a record breaks: the entry, the kind of break, and what was found there. */
@Value.Immutable
public abstract class RecordBreak {
  RecordBreak() {}

  /**
   * The {@code seq} at which the record breaks (for a checkpoint, the {@code seq} it signed; 0 for
   * the identity row).
   *
   * @return the sequence number
   */
  @Value.Parameter
  public abstract long seq();

  /**
   * How it breaks.
   *
   * @return the kind of break
   */
  @Value.Parameter
  public abstract BreakKind kind();

  /**
   * What was found, in plain words.
   *
   * @return the detail
   */
  @Value.Parameter
  public abstract String detail();

  static RecordBreak of(long seq, BreakKind kind, String detail) {
    return ImmutableRecordBreak.of(seq, kind, detail);
  }

  @Override
  public final String toString() {
    return "entry " + seq() + ": " + kind() + ": " + detail();
  }
}
