package org.sanctuarypolicy.api;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of a decision: the clause that spoke, the exception that held (if any), the effect it
 * gave and a plain-language sentence a city clerk can read.
 */
@Value.Immutable
public abstract class Reason {
  Reason() {}

  /**
   * The clause id, for example {@code EO-5.1}.
   *
   * @return the clause id
   */
  @Value.Parameter
  public abstract String clause();

  /**
   * The id of the exception that replaced the clause's base effect, for example {@code EO-1(a)}.
   *
   * @return the exception id, empty when the base effect stands
   */
  @Value.Parameter
  public abstract Optional<String> exception();

  /**
   * The finding's effect.
   *
   * @return PERMIT, DENY or ESCALATE
   */
  @Value.Parameter
  public abstract Effect effect();

  /**
   * A plain-language sentence explaining the finding.
   *
   * @return the sentence
   */
  @Value.Parameter
  public abstract String text();

  /**
   * A reason.
   *
   * @param clause the clause id
   * @param exception the exception id, empty when the base effect stands
   * @param effect the finding's effect
   * @param text the sentence
   * @return the reason
   */
  public static Reason of(String clause, Optional<String> exception, Effect effect, String text) {
    return ImmutableReason.of(clause, exception, effect, text);
  }
}
