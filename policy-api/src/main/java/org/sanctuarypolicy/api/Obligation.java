package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * Something the city must do when it carries out a decision. A {@link ObligationType#REDACT}
 * obligation lists the categories to withhold; every other type has none.
 */
@Value.Immutable
public abstract class Obligation {
  Obligation() {}

  /**
   * What must be done.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract ObligationType type();

  /**
   * The categories to withhold, in enum order; non-empty exactly for {@link ObligationType#REDACT}.
   *
   * @return the categories
   */
  @Value.Parameter
  public abstract ImmutableSet<InformationCategory> categories();

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        (type() == ObligationType.REDACT) != categories().isEmpty(),
        "categories: %s with obligation %s; allowed: categories with REDACT only, and REDACT"
            + " needs at least one",
        categories(),
        type());
  }

  /**
   * An obligation without categories.
   *
   * @param type any type but {@link ObligationType#REDACT}
   * @return the obligation
   */
  public static Obligation of(ObligationType type) {
    return ImmutableObligation.of(type, ImmutableSet.of());
  }

  /**
   * A {@link ObligationType#REDACT} obligation.
   *
   * @param categories the categories to withhold, at least one
   * @return the obligation
   */
  public static Obligation redact(Iterable<InformationCategory> categories) {
    return ImmutableObligation.of(ObligationType.REDACT, categories);
  }
}
