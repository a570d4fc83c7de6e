package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One clause of the order, as data: who it binds, when it speaks, what it gives by default, and its
 * exceptions in the order they are tried. A clause in scope yields exactly one finding.
 */
@Value.Immutable
public abstract class Clause {
  /** Letters and digits in groups joined by {@code -} or {@code .}, starting with a letter. */
  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*");

  static final String ALLOWED_ID =
      "letters and digits in groups joined by '-' or '.', starting with a letter, at most 32"
          + " characters (for example EO-2.1)";

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

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        id().length() <= 32 && ID.matcher(id()).matches(),
        "id: \"%s\" is malformed; allowed: %s",
        id(),
        ALLOWED_ID);
    Preconditions.checkArgument(!title().isBlank(), "title: empty; allowed: a short title");
    Preconditions.checkArgument(!text().isBlank(), "text: empty; allowed: a sentence");
    Preconditions.checkArgument(
        !sources().isEmpty(), "sources: empty; allowed: one or more sources");
    for (int i = 0; i < sources().size(); i++) {
      Preconditions.checkArgument(
          !sources().get(i).isBlank(), "sources/%s: empty; allowed: a source", i);
    }
    Preconditions.checkArgument(!binds().isEmpty(), "binds: empty; allowed: one or more actors");
    Preconditions.checkArgument(
        !baseObligations().contains(ObligationType.REDACT),
        "baseObligations: REDACT; allowed: REDACT only from the REDACT base effect");
    char previous = 'a' - 1;
    for (int i = 0; i < exceptions().size(); i++) {
      String exception = exceptions().get(i).id();
      char letter = letter(exception);
      Preconditions.checkArgument(
          letter > previous,
          "exceptions/%s/id: \"%s\" is not this clause's id and a letter after the previous"
              + " one's; allowed: %s(%s) to %s(z)",
          i,
          exception,
          id(),
          (char) (previous + 1),
          id());
      previous = letter;
    }
  }

  /** The letter of an exception id of this clause, or 0 when it is not this clause's. */
  private char letter(String exception) {
    boolean ours =
        exception.length() == id().length() + 3
            && exception.startsWith(id())
            && exception.charAt(id().length()) == '('
            && exception.endsWith(")");
    char letter = ours ? exception.charAt(id().length() + 1) : 0;
    return letter >= 'a' && letter <= 'z' ? letter : 0;
  }

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
