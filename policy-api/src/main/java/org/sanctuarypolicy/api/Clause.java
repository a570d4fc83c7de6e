package org.sanctuarypolicy.api;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * One clause of the order, as data: who it binds, when it speaks, what it gives by default, and its
 * exceptions in the order they are tried. A clause in scope yields exactly one finding.
 */
@Value.Immutable
public abstract class Clause {
  Clause() {}

  /**
   * The clause id, for example {@code EO-2.1}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The clause's short title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the clause says, in a sentence a city clerk understands.
   *
   * @return the plain-language text
   */
  public abstract String text();

  /**
   * Where the clause comes from: the effect of the order it implements and the underlying law.
   *
   * @return the sources
   */
  public abstract ImmutableList<String> sources();

  /**
   * The actors the clause binds; it is out of scope for any other actor.
   *
   * @return the bound actors, in enum order
   */
  public abstract ImmutableSet<Actor> binds();

  /**
   * When the clause speaks, for an actor it binds.
   *
   * @return the scope condition
   */
  public abstract Condition scope();

  /**
   * The effect when no exception holds.
   *
   * @return the base effect
   */
  public abstract BaseEffect baseEffect();

  /**
   * The obligations a finding with the base effect carries, in enum order; {@link
   * ObligationType#DO_NOT_OBSTRUCT} only for a physical action.
   *
   * @return the base obligations
   */
  public abstract ImmutableSet<ObligationType> baseObligations();

  /**
   * The exceptions, in the order they are tried; the first that holds decides.
   *
   * @return the exceptions
   */
  public abstract ImmutableList<ClauseException> exceptions();

  /**
   * A new builder for a clause.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Clause}. */
  public static final class Builder extends ImmutableClause.Builder {
    Builder() {}
  }
}
