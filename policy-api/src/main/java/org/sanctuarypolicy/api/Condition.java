package org.sanctuarypolicy.api;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * A condition on a request, as data: the scope of a clause or the test of an exception. A leaf
 * tests one field against a non-empty set of values; {@link AllOf}, {@link AnyOf} and {@link Not}
 * combine conditions. Each kind is its own small value type, and code that reads conditions does so
 * through a {@link Visitor}, so that a new kind is a compile error wherever conditions are read.
 * Build conditions with the static factories.
 */
public sealed interface Condition {
  /** The name of each kind of condition, as the catalog's JSON and its fingerprint spell it. */
  enum Kind {
    /** {@link ActorIn}. */
    ACTOR_IN,
    /** {@link ActionIn}. */
    ACTION_IN,
    /** {@link CounterpartyIn}. */
    COUNTERPARTY_IN,
    /** {@link PurposeIn}. */
    PURPOSE_IN,
    /** {@link NexusIn}. */
    NEXUS_IN,
    /** {@link AreaIn}. */
    AREA_IN,
    /** {@link PresentedAny}. */
    PRESENTED_ANY,
    /** {@link InformationAny}. */
    INFORMATION_ANY,
    /** {@link AllOf}. */
    ALL_OF,
    /** {@link AnyOf}. */
    ANY_OF,
    /** {@link Not}. */
    NOT
  }

  /**
   * What each kind of condition means to one reader.
   *
   * @param <R> what the reader makes of a condition
   */
  interface Visitor<R extends @Nullable Object> {
    /**
     * Reads an actor test.
     *
     * @param condition the condition
     * @return the result
     */
    R actorIn(ActorIn condition);

    /**
     * Reads an action test.
     *
     * @param condition the condition
     * @return the result
     */
    R actionIn(ActionIn condition);

    /**
     * Reads a counterparty test.
     *
     * @param condition the condition
     * @return the result
     */
    R counterpartyIn(CounterpartyIn condition);

    /**
     * Reads a purpose test.
     *
     * @param condition the condition
     * @return the result
     */
    R purposeIn(PurposeIn condition);

    /**
     * Reads a nexus test.
     *
     * @param condition the condition
     * @return the result
     */
    R nexusIn(NexusIn condition);

    /**
     * Reads a facility-area test.
     *
     * @param condition the condition
     * @return the result
     */
    R areaIn(AreaIn condition);

    /**
     * Reads an instrument test.
     *
     * @param condition the condition
     * @return the result
     */
    R presentedAny(PresentedAny condition);

    /**
     * Reads an information test.
     *
     * @param condition the condition
     * @return the result
     */
    R informationAny(InformationAny condition);

    /**
     * Reads a conjunction.
     *
     * @param condition the condition
     * @return the result
     */
    R allOf(AllOf condition);

    /**
     * Reads a disjunction.
     *
     * @param condition the condition
     * @return the result
     */
    R anyOf(AnyOf condition);

    /**
     * Reads a negation.
     *
     * @param condition the condition
     * @return the result
     */
    R not(Not condition);
  }

  /**
   * The kind's name.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * Lets {@code visitor} read this condition.
   *
   * @param visitor the reader
   * @param <R> what the reader makes of it
   * @return the reader's result
   */
  <R extends @Nullable Object> R accept(Visitor<R> visitor);

  /**
   * The actor is one of {@code values}.
   *
   * @param values one or more actors, in enum order
   */
  record ActorIn(ImmutableSet<Actor> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more actors
     */
    public ActorIn {
      values = checkedValues(values, Kind.ACTOR_IN);
    }

    @Override
    public Kind kind() {
      return Kind.ACTOR_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.actorIn(this);
    }
  }

  /**
   * The action is one of {@code values}.
   *
   * @param values one or more actions, in enum order
   */
  record ActionIn(ImmutableSet<Action> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more actions
     */
    public ActionIn {
      values = checkedValues(values, Kind.ACTION_IN);
    }

    @Override
    public Kind kind() {
      return Kind.ACTION_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.actionIn(this);
    }
  }

  /**
   * The counterparty is one of {@code values}.
   *
   * @param values one or more counterparties, in enum order
   */
  record CounterpartyIn(ImmutableSet<Counterparty> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more counterparties
     */
    public CounterpartyIn {
      values = checkedValues(values, Kind.COUNTERPARTY_IN);
    }

    @Override
    public Kind kind() {
      return Kind.COUNTERPARTY_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.counterpartyIn(this);
    }
  }

  /**
   * The stated purpose is one of {@code values}.
   *
   * @param values one or more purposes, in enum order
   */
  record PurposeIn(ImmutableSet<Purpose> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more purposes
     */
    public PurposeIn {
      values = checkedValues(values, Kind.PURPOSE_IN);
    }

    @Override
    public Kind kind() {
      return Kind.PURPOSE_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.purposeIn(this);
    }
  }

  /**
   * The enforcement nexus is one of {@code values}. A nexus rule may not test it.
   *
   * @param values one or more nexus values, in enum order
   */
  record NexusIn(ImmutableSet<Nexus> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more nexus values
     */
    public NexusIn {
      values = checkedValues(values, Kind.NEXUS_IN);
    }

    @Override
    public Kind kind() {
      return Kind.NEXUS_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.nexusIn(this);
    }
  }

  /**
   * The action is {@link Action#PROVIDE_FACILITY} and its area is one of {@code values}; a request
   * without an area never meets it.
   *
   * @param values one or more areas, in enum order
   */
  record AreaIn(ImmutableSet<FacilityArea> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more areas
     */
    public AreaIn {
      values = checkedValues(values, Kind.AREA_IN);
    }

    @Override
    public Kind kind() {
      return Kind.AREA_IN;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.areaIn(this);
    }
  }

  /**
   * At least one of {@code values} is presented.
   *
   * @param values one or more instruments, in enum order
   */
  record PresentedAny(ImmutableSet<Authority> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more instruments
     */
    public PresentedAny {
      values = checkedValues(values, Kind.PRESENTED_ANY);
    }

    @Override
    public Kind kind() {
      return Kind.PRESENTED_ANY;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.presentedAny(this);
    }
  }

  /**
   * The information to disclose includes at least one of {@code values}.
   *
   * @param values one or more categories, in enum order
   */
  record InformationAny(ImmutableSet<InformationCategory> values) implements Condition {
    /**
     * The condition.
     *
     * @param values one or more categories
     */
    public InformationAny {
      values = checkedValues(values, Kind.INFORMATION_ANY);
    }

    @Override
    public Kind kind() {
      return Kind.INFORMATION_ANY;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.informationAny(this);
    }
  }

  /**
   * Every one of {@code operands} holds.
   *
   * @param operands two or more conditions
   */
  record AllOf(ImmutableList<Condition> operands) implements Condition {
    /**
     * The condition.
     *
     * @param operands two or more conditions
     */
    public AllOf {
      operands = checkedOperands(operands, Kind.ALL_OF);
    }

    @Override
    public Kind kind() {
      return Kind.ALL_OF;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.allOf(this);
    }
  }

  /**
   * At least one of {@code operands} holds.
   *
   * @param operands two or more conditions
   */
  record AnyOf(ImmutableList<Condition> operands) implements Condition {
    /**
     * The condition.
     *
     * @param operands two or more conditions
     */
    public AnyOf {
      operands = checkedOperands(operands, Kind.ANY_OF);
    }

    @Override
    public Kind kind() {
      return Kind.ANY_OF;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.anyOf(this);
    }
  }

  /**
   * {@code operand} does not hold.
   *
   * @param operand the negated condition
   */
  record Not(Condition operand) implements Condition {
    /**
     * The condition.
     *
     * @param operand the negated condition
     */
    public Not {
      Preconditions.checkNotNull(operand, "NOT needs exactly one operand");
    }

    @Override
    public Kind kind() {
      return Kind.NOT;
    }

    @Override
    public <R extends @Nullable Object> R accept(Visitor<R> visitor) {
      return visitor.not(this);
    }
  }

  /**
   * The actor is one of {@code actors}.
   *
   * @param actors one or more actors
   * @return the condition
   */
  static Condition actorIn(Actor... actors) {
    return new ActorIn(ImmutableSet.copyOf(actors));
  }

  /**
   * The action is one of {@code actions}.
   *
   * @param actions one or more actions
   * @return the condition
   */
  static Condition actionIn(Action... actions) {
    return new ActionIn(ImmutableSet.copyOf(actions));
  }

  /**
   * The counterparty is one of {@code counterparties}.
   *
   * @param counterparties one or more counterparties
   * @return the condition
   */
  static Condition counterpartyIn(Counterparty... counterparties) {
    return new CounterpartyIn(ImmutableSet.copyOf(counterparties));
  }

  /**
   * The purpose is one of {@code purposes}.
   *
   * @param purposes one or more purposes
   * @return the condition
   */
  static Condition purposeIn(Purpose... purposes) {
    return new PurposeIn(ImmutableSet.copyOf(purposes));
  }

  /**
   * The enforcement nexus is one of {@code nexuses}.
   *
   * @param nexuses one or more nexus values
   * @return the condition
   */
  static Condition nexusIn(Nexus... nexuses) {
    return new NexusIn(ImmutableSet.copyOf(nexuses));
  }

  /**
   * The facility area is one of {@code areas}.
   *
   * @param areas one or more areas
   * @return the condition
   */
  static Condition areaIn(FacilityArea... areas) {
    return new AreaIn(ImmutableSet.copyOf(areas));
  }

  /**
   * At least one of {@code authorities} is presented.
   *
   * @param authorities one or more instruments
   * @return the condition
   */
  static Condition presentedAny(Authority... authorities) {
    return new PresentedAny(ImmutableSet.copyOf(authorities));
  }

  /**
   * The information includes at least one of {@code categories}.
   *
   * @param categories one or more categories
   * @return the condition
   */
  static Condition informationAny(InformationCategory... categories) {
    return new InformationAny(ImmutableSet.copyOf(categories));
  }

  /**
   * Every one of {@code conditions} holds.
   *
   * @param conditions two or more conditions
   * @return the condition
   */
  static Condition allOf(Condition... conditions) {
    return new AllOf(ImmutableList.copyOf(Arrays.asList(conditions)));
  }

  /**
   * At least one of {@code conditions} holds.
   *
   * @param conditions two or more conditions
   * @return the condition
   */
  static Condition anyOf(Condition... conditions) {
    return new AnyOf(ImmutableList.copyOf(Arrays.asList(conditions)));
  }

  /**
   * {@code condition} does not hold.
   *
   * @param condition the condition to negate
   * @return the condition
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  private static <E extends Enum<E>> ImmutableSet<E> checkedValues(
      Collection<E> values, Kind kind) {
    Preconditions.checkNotNull(values, "%s needs one or more values, not null", kind);
    Preconditions.checkArgument(!values.isEmpty(), "%s needs one or more values", kind);
    return Sets.immutableEnumSet(values);
  }

  private static ImmutableList<Condition> checkedOperands(
      Collection<Condition> operands, Kind kind) {
    Preconditions.checkNotNull(operands, "%s needs two or more operands, not null", kind);
    Preconditions.checkArgument(operands.size() >= 2, "%s needs two or more operands", kind);
    return ImmutableList.copyOf(operands);
  }
}
