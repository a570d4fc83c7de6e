package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The decision on a request: its effect, whether the order governs it, every finding that made it,
 * the obligations to carry out, the remedies that would change it, and the policy that made it.
 */
@Value.Immutable(copy = true)
public abstract class Decision {
  Decision() {}

  /**
   * The request id, echoed.
   *
   * @return the request id
   */
  public abstract String requestId();

  /**
   * The effect. A caller that cannot escalate treats {@link Effect#ESCALATE} as {@link
   * Effect#DENY}; see {@link #permits()}.
   *
   * @return the effect
   */
  public abstract Effect effect();

  /**
   * Whether the order speaks to the request: true when at least one clause made a finding.
   *
   * @return true when governed
   */
  public abstract boolean governed();

  /**
   * Every finding, in clause order.
   *
   * @return the reasons; empty when not governed
   */
  public abstract ImmutableList<Reason> reasons();

  /**
   * The obligations to carry out, in the order of {@link ObligationType}.
   *
   * @return the obligations
   */
  public abstract ImmutableList<Obligation> obligations();

  /**
   * What would change a DENY or ESCALATE decision; empty for PERMIT.
   *
   * @return the remedies, in the order of {@link Authority}
   */
  public abstract ImmutableList<Remedy> remedies();

  /**
   * The policy that made the decision.
   *
   * @return its id, version and fingerprint
   */
  public abstract PolicyInfo policy();

  /**
   * Whether the city may act: true for {@link Effect#PERMIT} only.
   *
   * @return true when the effect is PERMIT
   */
  public final boolean permits() {
    return effect() == Effect.PERMIT;
  }

  /**
   * The obligation of the given type, if the decision carries it.
   *
   * @param type the obligation type
   * @return the obligation, or empty
   */
  public final Optional<Obligation> obligation(ObligationType type) {
    return obligations().stream().filter(o -> o.type() == type).findFirst();
  }

  /**
   * This decision for another request with the same content: every field shared but the request id.
   *
   * @param requestId the other request's id
   * @return the decision with that request id
   */
  public abstract Decision withRequestId(String requestId);

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        governed() || (reasons().isEmpty() && effect() == Effect.PERMIT),
        "governed: false with effect %s and %s reasons; allowed: false only for a PERMIT without"
            + " reasons",
        effect(),
        reasons().size());
    Preconditions.checkArgument(
        !governed() || !reasons().isEmpty(),
        "governed: true without reasons; allowed: true only with at least one reason");
    Preconditions.checkArgument(
        effect() != Effect.PERMIT || remedies().isEmpty(),
        "remedies: %s on a PERMIT; allowed: remedies only on DENY or ESCALATE",
        remedies());
  }

  /**
   * A new builder for a decision, for codecs and test kits; the policy builds its own.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Decision}; every field but the collections must be set exactly once. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
