package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Objects;
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
 *
 * @param effect the effect the product gave
 * @param redacted the categories the product withheld, in enum order, possibly empty
 */
public record Observation(Effect effect, ImmutableSet<InformationCategory> redacted) {
  /**
   * An observation, its categories kept in enum order.
   *
   * @param effect the effect the product gave
   * @param redacted the categories the product withheld, possibly none
   */
  public Observation {
    Objects.requireNonNull(effect, "effect");
    redacted = Sets.immutableEnumSet(redacted);
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

  /** The effect, and the withheld categories if any: {@code PERMIT, redacted [PLACE_OF_BIRTH]}. */
  @Override
  public String toString() {
    return redacted.isEmpty() ? effect.name() : effect + ", redacted " + redacted;
  }
}
