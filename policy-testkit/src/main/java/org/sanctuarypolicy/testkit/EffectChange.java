package org.sanctuarypolicy.testkit;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Effect;

/**
 * How many requests of the request space one catalog decides with one effect and another catalog
 * with another: one line of a {@link CatalogDiff}.
 *
 * <p>Immutable.
 */
public final class EffectChange {
  private final Effect from;
  private final Effect to;
  private final long count;

  EffectChange(Effect from, Effect to, long count) {
    this.from = from;
    this.to = to;
    this.count = count;
  }

  /**
   * The effect under the old catalog.
   *
   * @return the old effect
   */
  public Effect from() {
    return from;
  }

  /**
   * The effect under the new catalog, never the old one.
   *
   * @return the new effect
   */
  public Effect to() {
    return to;
  }

  /**
   * How many requests change so.
   *
   * @return the count, at least 1
   */
  public long count() {
    return count;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EffectChange change
        && change.from == from
        && change.to == to
        && change.count == count;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, count);
  }

  /** The change in words, for example {@code PERMIT -> DENY: 10,000}. */
  @Override
  public String toString() {
    return from + " -> " + to + ": " + String.format(Locale.ROOT, "%,d", count);
  }
}
