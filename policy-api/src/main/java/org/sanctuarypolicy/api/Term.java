package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * A named term of a catalog, such as "judicial process" for {@code PRESENTED_ANY [JUDICIAL_WARRANT,
 * COURT_ORDER]}: wherever a condition equal to the term's appears, the catalog's descriptions call
 * it by its name. Terms change no decision; they are the catalog's own words.
 */
@Value.Immutable
public abstract class Term {
  Term() {}

  /**
   * The name, for example {@code judicial process}.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The condition the name stands for.
   *
   * @return the condition
   */
  @Value.Parameter
  public abstract Condition condition();

  @Value.Check
  final void check() {
    Preconditions.checkArgument(!name().isBlank(), "name: empty; allowed: a few words");
  }

  /**
   * A term.
   *
   * @param name the name
   * @param condition the condition it stands for
   * @return the term
   */
  public static Term of(String name, Condition condition) {
    return ImmutableTerm.of(name, condition);
  }
}
