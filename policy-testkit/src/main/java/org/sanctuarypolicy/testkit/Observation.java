package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;

/**
 * What a product did with a request, as far as certification looks: its effect, and the information
 * categories it withheld from a disclosure it permitted.
 *
 * <p>Immutable, with value equality.
 */
public final class Observation {
  private final Effect effect;
  private final ImmutableSet<InformationCategory> redacted;

  private Observation(Effect effect, ImmutableSet<InformationCategory> redacted) {
    this.effect = effect;
    this.redacted = redacted;
  }

  /**
   * An observation of an effect, with nothing withheld.
   *
   * @param effect what the product decided
   * @return the observation
   */
  public static Observation of(Effect effect) {
    return new Observation(Objects.requireNonNull(effect, "effect"), ImmutableSet.of());
  }

  /**
   * An observation of an effect and the categories withheld.
   *
   * @param effect what the product decided
   * @param redacted the categories it withheld, possibly none
   * @return the observation
   */
  public static Observation of(Effect effect, Iterable<InformationCategory> redacted) {
    Objects.requireNonNull(redacted, "redacted");
    return new Observation(
        Objects.requireNonNull(effect, "effect"), Sets.immutableEnumSet(redacted));
  }

  /**
   * What a decision of the library amounts to: its effect, and the categories of its {@code REDACT}
   * obligation, if any.
   *
   * @param decision a decision
   * @return the observation
   */
  public static Observation of(Decision decision) {
    Objects.requireNonNull(decision, "decision");
    return new Observation(
        decision.effect(),
        decision
            .obligation(ObligationType.REDACT)
            .map(Obligation::categories)
            .orElse(ImmutableSet.of()));
  }

  /**
   * Whether an observation passes for a decision: the same effect and, where the decision carries
   * {@code REDACT} (whose categories are never empty), exactly its categories withheld.
   */
  static boolean passes(Decision expected, Observation observed) {
    Observation wanted = of(expected);
    return observed.effect == wanted.effect
        && (wanted.redacted.isEmpty() || wanted.redacted.equals(observed.redacted));
  }

  /**
   * The effect the product gave.
   *
   * @return the effect
   */
  public Effect effect() {
    return effect;
  }

  /**
   * The categories the product withheld, in enum order.
   *
   * @return the categories, possibly empty
   */
  public ImmutableSet<InformationCategory> redacted() {
    return redacted;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Observation
        && ((Observation) other).effect == effect
        && ((Observation) other).redacted.equals(redacted);
  }

  @Override
  public int hashCode() {
    return Objects.hash(effect, redacted);
  }

  /** The effect, and the withheld categories if any: {@code PERMIT, redacted [PLACE_OF_BIRTH]}. */
  @Override
  public String toString() {
    return redacted.isEmpty() ? effect.name() : effect + ", redacted " + redacted;
  }
}
