package org.sanctuarypolicy.testkit;

import com.google.common.base.Preconditions;
import java.util.Locale;
import java.util.Objects;
import org.sanctuarypolicy.api.Effect;

/**
 * How many requests of the request space one catalog decides with one effect and another catalog
 * with another: one line of a {@link CatalogDiff}.
 *
 * <p>Immutable, with value equality.
 *
 * @param from the effect under the old catalog
 * @param to the effect under the new catalog, never the old one
 * @param count how many requests change so, at least 1
 */
public record EffectChange(Effect from, Effect to, long count) {
  /**
   * A change of effect, checked.
   *
   * @param from the effect under the old catalog
   * @param to the effect under the new catalog, never the old one
   * @param count how many requests change so, at least 1
   * @throws IllegalArgumentException when {@code to} is {@code from} or the count is below 1
   */
  public EffectChange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Preconditions.checkArgument(
        from != to, "to: %s, the same as from; allowed: another effect", to);
    Preconditions.checkArgument(count >= 1, "count: %s; allowed: 1 or more", count);
  }

  /** The change in words, for example {@code PERMIT -> DENY: 10,000}. */
  @Override
  public String toString() {
    return from + " -> " + to + ": " + String.format(Locale.ROOT, "%,d", count);
  }
}
