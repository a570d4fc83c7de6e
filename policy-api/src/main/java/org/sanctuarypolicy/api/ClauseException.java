package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * An exception to a clause: when its condition holds (and no earlier exception did), its effect
 * replaces the clause's base effect and its obligations apply. Its id is its clause's id and a
 * letter in parentheses, for example {@code EO-1(a)}; the clause checks that.
 */
@Value.Immutable
public abstract class ClauseException {
  ClauseException() {}

  /**
   * The exception id: the clause id and the letter, for example {@code EO-1(a)}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * When the exception holds.
   *
   * @return the condition
   */
  public abstract Condition condition();

  /**
   * The effect the exception gives.
   *
   * @return the effect
   */
  public abstract Effect effect();

  /**
   * The obligations the finding carries when the exception holds, in enum order.
   *
   * @return the obligations
   */
  public abstract ImmutableSet<ObligationType> obligations();

  /**
   * A plain-language sentence saying what the exception decides and why.
   *
   * @return the sentence
   */
  public abstract String text();

  @Value.Check
  final void check() {
    Preconditions.checkArgument(!text().isBlank(), "text: empty; allowed: a sentence");
    Preconditions.checkArgument(
        !obligations().contains(ObligationType.REDACT),
        "obligations: REDACT; allowed: REDACT only from a clause's REDACT base effect");
  }

  /**
   * An exception.
   *
   * @param id the id, for example {@code EO-1(a)}
   * @param condition when it holds
   * @param effect the effect it gives
   * @param obligations the obligations it carries
   * @param text a plain-language sentence
   * @return the exception
   */
  public static ClauseException of(
      String id,
      Condition condition,
      Effect effect,
      Iterable<ObligationType> obligations,
      String text) {
    return ImmutableClauseException.builder()
        .id(id)
        .condition(condition)
        .effect(effect)
        .addAllObligations(obligations)
        .text(text)
        .build();
  }
}
