package org.sanctuarypolicy.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.Purpose;

/**
 * The classes of the request space that a set of catalogs cannot tell apart: two requests of the
 * same class get the same decision from every policy that decides by one of the catalogs.
 *
 * <p>A catalog tells values apart only through the sets its conditions name (and the actors its
 * clauses bind, and the instruments it tries as remedies); the information categories also through
 * the status categories, which a REDACT obligation lists. So actors, counterparties and purposes
 * that belong to exactly the same named sets are one class; an instrument no catalog names nor
 * tries is never looked at; and information sets are one class when they hold the same status
 * categories, both hold or both lack other categories, and meet the same named sets. Every action
 * and every facility area is its own class.
 */
final class SpaceClasses {
  /** The status categories: a REDACT obligation lists those of the request. */
  private static final int STATUS_INFORMATION =
      bit(InformationCategory.IMMIGRATION_STATUS) | bit(InformationCategory.PLACE_OF_BIRTH);

  private static final int INFORMATION_SETS = 1 << InformationCategory.values().length;

  /** The class of each context (an actor, a counterparty and a purpose), by context index. */
  final int[] contextClass = new int[RequestSpace.CONTEXTS];

  /** One context of each class. */
  final int[] contextRepresentative;

  /** The instruments some catalog names or tries, as a bit mask of ordinals. */
  final int namedAuthorities;

  /** The class of each variant of the space (see {@link RequestSpace}), by variant. */
  final int[] variantClass = new int[RequestSpace.VARIANTS];

  /** One variant of each class. */
  final int[] variantRepresentative;

  SpaceClasses(List<ClauseCatalog> catalogs) {
    Named named = new Named();
    catalogs.forEach(named::collect);
    namedAuthorities = named.authorities;

    int[] actorClass = classes(Actor.values().length, named.actors);
    int[] counterpartyClass = classes(Counterparty.values().length, named.counterparties);
    int[] purposeClass = classes(Purpose.values().length, named.purposes);
    Map<List<Integer>, Integer> contexts = new HashMap<>();
    List<Integer> contextRepresentatives = new ArrayList<>();
    for (int context = 0; context < RequestSpace.CONTEXTS; context++) {
      int purpose = context % Purpose.values().length;
      int counterparty = (context / Purpose.values().length) % Counterparty.values().length;
      int actor = context / (Purpose.values().length * Counterparty.values().length);
      List<Integer> signature =
          List.of(actorClass[actor], counterpartyClass[counterparty], purposeClass[purpose]);
      int at = context;
      contextClass[context] =
          contexts.computeIfAbsent(
              signature,
              s -> {
                contextRepresentatives.add(at);
                return contextRepresentatives.size() - 1;
              });
    }
    contextRepresentative = contextRepresentatives.stream().mapToInt(Integer::intValue).toArray();

    // Variants: the plain actions and the areas one class each, then the information sets.
    int firstDisclosure = RequestSpace.VARIANTS - (INFORMATION_SETS - 1);
    List<Integer> variantRepresentatives = new ArrayList<>();
    for (int variant = 0; variant < firstDisclosure; variant++) {
      variantClass[variant] = variant;
      variantRepresentatives.add(variant);
    }
    Map<List<Integer>, Integer> informationClasses = new HashMap<>();
    for (int mask = 1; mask < INFORMATION_SETS; mask++) {
      List<Integer> signature = new ArrayList<>();
      signature.add(mask & STATUS_INFORMATION);
      signature.add((mask & ~STATUS_INFORMATION) == 0 ? 1 : 0);
      for (int set : named.information) {
        signature.add((mask & set) != 0 ? 1 : 0);
      }
      int variant = firstDisclosure + mask - 1;
      variantClass[variant] =
          informationClasses.computeIfAbsent(
              signature,
              s -> {
                variantRepresentatives.add(variant);
                return variantRepresentatives.size() - 1;
              });
    }
    variantRepresentative = variantRepresentatives.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Gives values that belong to exactly the same named sets (bit masks) one class. */
  private static int[] classes(int values, List<Integer> named) {
    Map<List<Boolean>, Integer> classes = new HashMap<>();
    int[] result = new int[values];
    for (int value = 0; value < values; value++) {
      List<Boolean> signature = new ArrayList<>();
      for (int set : named) {
        signature.add((set & (1 << value)) != 0);
      }
      result[value] = classes.computeIfAbsent(signature, s -> classes.size());
    }
    return result;
  }

  private static int bit(Enum<?> value) {
    return 1 << value.ordinal();
  }

  private static int mask(Set<? extends Enum<?>> values) {
    int mask = 0;
    for (Enum<?> value : values) {
      mask |= bit(value);
    }
    return mask;
  }

  /** The sets of values catalogs name, as bit masks of ordinals. */
  private static final class Named implements Condition.Visitor<Named> {
    final List<Integer> actors = new ArrayList<>();
    final List<Integer> counterparties = new ArrayList<>();
    final List<Integer> purposes = new ArrayList<>();
    final List<Integer> information = new ArrayList<>();
    int authorities;

    void collect(ClauseCatalog catalog) {
      catalog.remedyCandidates().forEach(candidate -> authorities |= bit(candidate));
      catalog.nexusRules().stream().map(NexusRule::condition).forEach(this::collect);
      for (Clause clause : catalog.clauses()) {
        actors.add(mask(clause.binds()));
        collect(clause.scope());
        clause.exceptions().stream().map(ClauseException::condition).forEach(this::collect);
      }
    }

    private void collect(Condition condition) {
      condition.accept(this);
    }

    @Override
    public Named actorIn(Condition.ActorIn condition) {
      actors.add(mask(condition.values()));
      return this;
    }

    @Override
    public Named actionIn(Condition.ActionIn condition) {
      return this; // every action is its own class
    }

    @Override
    public Named counterpartyIn(Condition.CounterpartyIn condition) {
      counterparties.add(mask(condition.values()));
      return this;
    }

    @Override
    public Named purposeIn(Condition.PurposeIn condition) {
      purposes.add(mask(condition.values()));
      return this;
    }

    @Override
    public Named nexusIn(Condition.NexusIn condition) {
      return this; // the nexus follows from the other fields, through the nexus rules
    }

    @Override
    public Named areaIn(Condition.AreaIn condition) {
      return this; // every area is its own class
    }

    @Override
    public Named presentedAny(Condition.PresentedAny condition) {
      authorities |= mask(condition.values());
      return this;
    }

    @Override
    public Named informationAny(Condition.InformationAny condition) {
      information.add(mask(condition.values()));
      return this;
    }

    @Override
    public Named allOf(Condition.AllOf condition) {
      condition.operands().forEach(this::collect);
      return this;
    }

    @Override
    public Named anyOf(Condition.AnyOf condition) {
      condition.operands().forEach(this::collect);
      return this;
    }

    @Override
    public Named not(Condition.Not condition) {
      collect(condition.operand());
      return this;
    }
  }
}
