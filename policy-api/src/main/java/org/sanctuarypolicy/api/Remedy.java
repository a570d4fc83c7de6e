package org.sanctuarypolicy.api;

import org.immutables.value.Value;

/**
 * What would change a DENY or ESCALATE decision: presenting one more instrument, and the effect the
 * request would then get.
 */
@Value.Immutable
public abstract class Remedy {
  Remedy() {}

  /**
   * The instrument that, added to those presented, changes the decision.
   *
   * @return a judicial warrant, court order, statutory requirement or written consent
   */
  @Value.Parameter
  public abstract Authority authority();

  /**
   * The effect the request would get with the instrument added.
   *
   * @return the resulting effect
   */
  @Value.Parameter
  public abstract Effect effect();

  /**
   * A remedy.
   *
   * @param authority the instrument to add
   * @param effect the resulting effect
   * @return the remedy
   */
  public static Remedy of(Authority authority, Effect effect) {
    return ImmutableRemedy.of(authority, effect);
  }
}
