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
        !mentionsNexus(condition()), "a nexus rule's condition may not test the nexus itself");
  }

  private static boolean mentionsNexus(Condition condition) {
    return condition.kind() == Condition.Kind.NEXUS_IN
        || condition.operands().stream().anyMatch(NexusRule::mentionsNexus);
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
