package org.sanctuarypolicy.record;

import java.util.OptionalLong;
import org.immutables.value.Value;
import org.sanctuarypolicy.api.Decision;

/**
 * A decision and, when it was recorded, the {@code seq} of its DECISION entry: the number that its
 * outcomes name.
 */
@Value.Immutable
public abstract class Recorded {
  Recorded() {}

  /**
   * The decision, already on the record when {@link #seq()} is present.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * The {@code seq} of the DECISION entry; empty when the decision was not reportable and the
   * policy records only reportable decisions.
   *
   * @return the sequence number, or empty
   */
  @Value.Parameter
  public abstract OptionalLong seq();

  static Recorded of(Decision decision, OptionalLong seq) {
    return ImmutableRecorded.of(decision, seq);
  }
}
