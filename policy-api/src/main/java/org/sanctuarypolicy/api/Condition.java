package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.List;
import org.immutables.value.Value;

/**
 * A condition on a request, as data: the scope of a clause or the test of an exception. A leaf
 * tests one field against a set of values; {@link Kind#ALL_OF}, {@link Kind#ANY_OF} and {@link
 * Kind#NOT} combine conditions. Build conditions with the static factories.
 */
@Value.Immutable
public abstract class Condition {
  /** What a condition tests. */
  public enum Kind {
    /** The actor is one of {@link #actors()}. */
    ACTOR_IN,
    /** The action is one of {@link #actions()}. */
    ACTION_IN,
    /** The counterparty is one of {@link #counterparties()}. */
    COUNTERPARTY_IN,
    /** The purpose is one of {@link #purposes()}. */
    PURPOSE_IN,
    /** The enforcement nexus is one of {@link #nexuses()}. */
    NEXUS_IN,
    /** The facility area is one of {@link #areas()}. */
    AREA_IN,
    /** At least one of {@link #authorities()} is presented. */
    PRESENTED_ANY,
    /** The information includes at least one of {@link #information()}. */
    INFORMATION_ANY,
    /** Every one of {@link #operands()} holds. */
    ALL_OF,
    /** At least one of {@link #operands()} holds. */
    ANY_OF,
    /** The single operand does not hold. */
    NOT
  }

  Condition() {}

  /**
   * What the condition tests.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * The combined conditions, for {@link Kind#ALL_OF}, {@link Kind#ANY_OF} and {@link Kind#NOT}.
   *
   * @return the operands, empty for a leaf
   */
  public abstract ImmutableList<Condition> operands();

  /**
   * The actors of an {@link Kind#ACTOR_IN} condition.
   *
   * @return the actors, empty for other kinds
   */
  public abstract ImmutableSet<Actor> actors();

  /**
   * The actions of an {@link Kind#ACTION_IN} condition.
   *
   * @return the actions, empty for other kinds
   */
  public abstract ImmutableSet<Action> actions();

  /**
   * The counterparties of a {@link Kind#COUNTERPARTY_IN} condition.
   *
   * @return the counterparties, empty for other kinds
   */
  public abstract ImmutableSet<Counterparty> counterparties();

  /**
   * The purposes of a {@link Kind#PURPOSE_IN} condition.
   *
   * @return the purposes, empty for other kinds
   */
  public abstract ImmutableSet<Purpose> purposes();

  /**
   * The nexus values of a {@link Kind#NEXUS_IN} condition.
   *
   * @return the nexus values, empty for other kinds
   */
  public abstract ImmutableSet<Nexus> nexuses();

  /**
   * The areas of an {@link Kind#AREA_IN} condition.
   *
   * @return the areas, empty for other kinds
   */
  public abstract ImmutableSet<FacilityArea> areas();

  /**
   * The instruments of a {@link Kind#PRESENTED_ANY} condition.
   *
   * @return the instruments, empty for other kinds
   */
  public abstract ImmutableSet<Authority> authorities();

  /**
   * The categories of an {@link Kind#INFORMATION_ANY} condition.
   *
   * @return the categories, empty for other kinds
   */
  public abstract ImmutableSet<InformationCategory> information();

  @Value.Check
  final void check() {
    int sets =
        count(actors())
            + count(actions())
            + count(counterparties())
            + count(purposes())
            + count(nexuses())
            + count(areas())
            + count(authorities())
            + count(information());
    switch (kind()) {
      case ALL_OF:
      case ANY_OF:
        Preconditions.checkArgument(
            operands().size() >= 2 && sets == 0, "%s needs two or more operands", kind());
        break;
      case NOT:
        Preconditions.checkArgument(
            operands().size() == 1 && sets == 0, "NOT needs exactly one operand");
        break;
      default:
        Preconditions.checkArgument(
            operands().isEmpty() && sets == 1, "%s needs one non-empty set of values", kind());
    }
  }

  private static int count(ImmutableSet<?> set) {
    return set.isEmpty() ? 0 : 1;
  }

  private static ImmutableCondition.Builder leaf(Kind kind) {
    return ImmutableCondition.builder().kind(kind);
  }

  /**
   * The actor is one of {@code actors}.
   *
   * @param actors one or more actors
   * @return the condition
   */
  public static Condition actorIn(Actor... actors) {
    return leaf(Kind.ACTOR_IN).addActors(actors).build();
  }

  /**
   * The action is one of {@code actions}.
   *
   * @param actions one or more actions
   * @return the condition
   */
  public static Condition actionIn(Action... actions) {
    return leaf(Kind.ACTION_IN).addActions(actions).build();
  }

  /**
   * The counterparty is one of {@code counterparties}.
   *
   * @param counterparties one or more counterparties
   * @return the condition
   */
  public static Condition counterpartyIn(Counterparty... counterparties) {
    return leaf(Kind.COUNTERPARTY_IN).addCounterparties(counterparties).build();
  }

  /**
   * The purpose is one of {@code purposes}.
   *
   * @param purposes one or more purposes
   * @return the condition
   */
  public static Condition purposeIn(Purpose... purposes) {
    return leaf(Kind.PURPOSE_IN).addPurposes(purposes).build();
  }

  /**
   * The enforcement nexus is one of {@code nexuses}.
   *
   * @param nexuses one or more nexus values
   * @return the condition
   */
  public static Condition nexusIn(Nexus... nexuses) {
    return leaf(Kind.NEXUS_IN).addNexuses(nexuses).build();
  }

  /**
   * The facility area is one of {@code areas}.
   *
   * @param areas one or more areas
   * @return the condition
   */
  public static Condition areaIn(FacilityArea... areas) {
    return leaf(Kind.AREA_IN).addAreas(areas).build();
  }

  /**
   * At least one of {@code authorities} is presented.
   *
   * @param authorities one or more instruments
   * @return the condition
   */
  public static Condition presentedAny(Authority... authorities) {
    return leaf(Kind.PRESENTED_ANY).addAuthorities(authorities).build();
  }

  /**
   * The information includes at least one of {@code categories}.
   *
   * @param categories one or more categories
   * @return the condition
   */
  public static Condition informationAny(InformationCategory... categories) {
    return leaf(Kind.INFORMATION_ANY).addInformation(categories).build();
  }

  /**
   * Every one of {@code conditions} holds.
   *
   * @param conditions two or more conditions
   * @return the condition
   */
  public static Condition allOf(Condition... conditions) {
    return combine(Kind.ALL_OF, Arrays.asList(conditions));
  }

  /**
   * At least one of {@code conditions} holds.
   *
   * @param conditions two or more conditions
   * @return the condition
   */
  public static Condition anyOf(Condition... conditions) {
    return combine(Kind.ANY_OF, Arrays.asList(conditions));
  }

  /**
   * {@code condition} does not hold.
   *
   * @param condition the condition to negate
   * @return the condition
   */
  public static Condition not(Condition condition) {
    return combine(Kind.NOT, List.of(condition));
  }

  private static Condition combine(Kind kind, List<Condition> operands) {
    return ImmutableCondition.builder().kind(kind).addAllOperands(operands).build();
  }
}
