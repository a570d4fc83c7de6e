package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import org.immutables.value.Value;

/**
 * One rule of the enforcement nexus: when its condition holds (and no earlier rule's did), the
 * request has this nexus. A request no rule matches has {@link Nexus#NONE}.
 */
@Value.Immutable
public abstract class NexusRule {
  NexusRule() {}

  /**
   * When the rule holds; it never tests the nexus itself.
   *
   * @return the condition
   */
  @Value.Parameter
  public abstract Condition condition();

  /**
   * The nexus the rule gives.
   *
   * @return the nexus
   */
  @Value.Parameter
  public abstract Nexus nexus();

  /**
   * A plain-language sentence explaining the rule.
   *
   * @return the sentence
   */
  @Value.Parameter
  public abstract String text();

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        !condition().accept(new TestsNexus()),
        "condition: tests the nexus; allowed: a condition on the request's fields only, since the"
            + " nexus rules are what give the nexus");
    Preconditions.checkArgument(!text().isBlank(), "text: empty; allowed: a sentence");
  }

  /** Whether a condition tests the nexus anywhere. */
  private static final class TestsNexus implements Condition.Visitor<Boolean> {
    @Override
    public Boolean actorIn(Condition.ActorIn condition) {
      return false;
    }

    @Override
    public Boolean actionIn(Condition.ActionIn condition) {
      return false;
    }

    @Override
    public Boolean counterpartyIn(Condition.CounterpartyIn condition) {
      return false;
    }

    @Override
    public Boolean purposeIn(Condition.PurposeIn condition) {
      return false;
    }

    @Override
    public Boolean nexusIn(Condition.NexusIn condition) {
      return true;
    }

    @Override
    public Boolean areaIn(Condition.AreaIn condition) {
      return false;
    }

    @Override
    public Boolean presentedAny(Condition.PresentedAny condition) {
      return false;
    }

    @Override
    public Boolean informationAny(Condition.InformationAny condition) {
      return false;
    }

    @Override
    public Boolean allOf(Condition.AllOf condition) {
      return condition.operands().stream().anyMatch(o -> o.accept(this));
    }

    @Override
    public Boolean anyOf(Condition.AnyOf condition) {
      return condition.operands().stream().anyMatch(o -> o.accept(this));
    }

    @Override
    public Boolean not(Condition.Not condition) {
      return condition.operand().accept(this);
    }
  }

  /**
   * A nexus rule.
   *
   * @param condition when it holds
   * @param nexus the nexus it gives
   * @param text a plain-language sentence
   * @return the rule
   */
  public static NexusRule of(Condition condition, Nexus nexus, String text) {
    return ImmutableNexusRule.of(condition, nexus, text);
  }
}
