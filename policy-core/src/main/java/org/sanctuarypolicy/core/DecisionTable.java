package org.sanctuarypolicy.core;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.api.internal.RequestBits;

/**
 * The compiled form of a catalog: every request maps to a dense key, and each key to the decision
 * the reference evaluator gives it, built on first use and shared (equal decisions are one object).
 *
 * <p>The key keeps only what the evaluator can tell apart, as the catalog's own conditions show:
 * the class of the actor, counterparty and purpose (values that belong to exactly the same sets the
 * catalog names are one class), the instruments the catalog's conditions name, the action, the
 * facility area, and the class of the information set (the status categories themselves, since
 * REDACT lists them; whether it meets each information set a condition names; whether it holds
 * anything but status information). Two requests with the same key get the same decision but for
 * the request id; the exhaustive equality test proves it over the whole request space.
 */
final class DecisionTable {
  private static final String TEMPLATE_ID = "template";
  private static final Authority[] AUTHORITIES = Authority.values();
  private static final InformationCategory[] CATEGORIES = InformationCategory.values();

  private final ReferenceEvaluator reference;
  private final int[] actorClass;
  private final int[] counterpartyClass;
  private final int[] purposeClass;
  private final int counterparties;
  private final int purposes;

  /** For each set of instruments (by bits of ordinals), the instruments the catalog looks at. */
  private final int[] authorityKey = new int[1 << AUTHORITIES.length];

  private final int authoritySets;

  /** For each action, its first variant; an action has one variant, one per area, or per class. */
  private final int[] firstVariant = new int[Action.values().length];

  private final int variants;

  /** The class of each non-empty information set, by its bit mask of ordinals. */
  private final int[] informationClass = new int[1 << CATEGORIES.length];

  /**
   * The template decision of each key, filled on first use. Written and read without a lock or a
   * volatile: a {@link Decision} is immutable and safely constructed (all its fields are final, as
   * Immutables generates them, and it does not let {@code this} escape), so the Java memory model's
   * final-field rule guarantees that a thread reading a reference written by another sees the whole
   * decision. A thread that reads {@code null} instead builds an equal template, which the interner
   * turns into the same object; the race costs at most one more reference evaluation.
   */
  private final @Nullable Decision[] decisions;

  /** Makes equal templates one object, so that decisions of different keys share them. */
  private final Interner<Decision> distinct = Interners.newStrongInterner();

  private final AtomicInteger distinctCount = new AtomicInteger();

  DecisionTable(ClauseCatalog catalog, ReferenceEvaluator reference) {
    this.reference = reference;
    Named named = new Named(catalog);
    actorClass = classes(Actor.values(), named.actors);
    counterpartyClass = classes(Counterparty.values(), named.counterparties);
    purposeClass = classes(Purpose.values(), named.purposes);
    counterparties = count(counterpartyClass);
    purposes = count(purposeClass);
    int[] authorityBit = new int[AUTHORITIES.length];
    int bit = 1;
    for (Authority authority : AUTHORITIES) {
      if (named.authorities.stream().anyMatch(set -> set.contains(authority))) {
        authorityBit[authority.ordinal()] = bit;
        bit <<= 1;
      }
    }
    authoritySets = bit;
    for (int presented = 0; presented < authorityKey.length; presented++) {
      int key = 0;
      for (Authority authority : AUTHORITIES) {
        if ((presented & (1 << authority.ordinal())) != 0) {
          key |= authorityBit[authority.ordinal()];
        }
      }
      authorityKey[presented] = key;
    }
    int informationClasses = classifyInformation(named.information);
    int next = 0;
    for (Action action : Action.values()) {
      firstVariant[action.ordinal()] = next;
      if (action == Action.DISCLOSE_INFORMATION) {
        next += informationClasses;
      } else if (action == Action.PROVIDE_FACILITY) {
        next += FacilityArea.values().length;
      } else {
        next += 1;
      }
    }
    variants = next;
    decisions =
        new Decision[count(actorClass) * counterparties * purposes * authoritySets * variants];
  }

  /** The sets of values the catalog's conditions (and who they bind) name. */
  private static final class Named {
    final List<Set<Actor>> actors = new ArrayList<>();
    final List<Set<Counterparty>> counterparties = new ArrayList<>();
    final List<Set<Purpose>> purposes = new ArrayList<>();
    final List<Set<Authority>> authorities = new ArrayList<>();
    final List<Set<InformationCategory>> information = new ArrayList<>();

    /** Adds the sets a condition names itself; returns its operands, which name their own. */
    private final Condition.Visitor<List<Condition>> sets =
        new Condition.Visitor<>() {
          @Override
          public List<Condition> actorIn(Condition.ActorIn condition) {
            actors.add(condition.values());
            return List.of();
          }

          @Override
          public List<Condition> actionIn(Condition.ActionIn condition) {
            return List.of(); // every action has its own variants
          }

          @Override
          public List<Condition> counterpartyIn(Condition.CounterpartyIn condition) {
            counterparties.add(condition.values());
            return List.of();
          }

          @Override
          public List<Condition> purposeIn(Condition.PurposeIn condition) {
            purposes.add(condition.values());
            return List.of();
          }

          @Override
          public List<Condition> nexusIn(Condition.NexusIn condition) {
            return List.of(); // the nexus follows from the other fields
          }

          @Override
          public List<Condition> areaIn(Condition.AreaIn condition) {
            return List.of(); // every area has its own variant
          }

          @Override
          public List<Condition> presentedAny(Condition.PresentedAny condition) {
            authorities.add(condition.values());
            return List.of();
          }

          @Override
          public List<Condition> informationAny(Condition.InformationAny condition) {
            information.add(condition.values());
            return List.of();
          }

          @Override
          public List<Condition> allOf(Condition.AllOf condition) {
            return condition.operands();
          }

          @Override
          public List<Condition> anyOf(Condition.AnyOf condition) {
            return condition.operands();
          }

          @Override
          public List<Condition> not(Condition.Not condition) {
            return List.of(condition.operand());
          }
        };

    /**
     * Reads every condition of the catalog. Remedy candidates need no set of their own: an
     * instrument that no condition names never changes an effect, so it is never a remedy, whether
     * it is presented or not.
     */
    Named(ClauseCatalog catalog) {
      information.add(ReferenceEvaluator.STATUS_INFORMATION);
      catalog.nexusRules().stream().map(NexusRule::condition).forEach(this::collect);
      for (Clause clause : catalog.clauses()) {
        actors.add(clause.binds());
        collect(clause.scope());
        clause.exceptions().stream().map(ClauseException::condition).forEach(this::collect);
      }
    }

    private void collect(Condition condition) {
      condition.accept(sets).forEach(this::collect);
    }
  }

  /** Gives values that belong to exactly the same named sets one class, in order of first sight. */
  private static <E extends Enum<E>> int[] classes(E[] values, List<Set<E>> named) {
    return classesBy(values, value -> named.stream().map(set -> set.contains(value)).toList());
  }

  private static <T> int[] classesBy(T[] values, Function<T, List<Boolean>> signature) {
    Map<List<Boolean>, Integer> classes = new HashMap<>();
    int[] result = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = classes.computeIfAbsent(signature.apply(values[i]), s -> classes.size());
    }
    return result;
  }

  private static int count(int[] classes) {
    int count = 0;
    for (int c : classes) {
      count = Math.max(count, c + 1);
    }
    return count;
  }

  /** Classes the non-empty information sets by what the evaluator can tell apart; their count. */
  private int classifyInformation(List<Set<InformationCategory>> named) {
    Integer[] masks = new Integer[informationClass.length - 1];
    for (int mask = 1; mask < informationClass.length; mask++) {
      masks[mask - 1] = mask;
    }
    int[] classes =
        classesBy(
            masks,
            mask -> {
              EnumSet<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
              for (InformationCategory category : CATEGORIES) {
                if ((mask & (1 << category.ordinal())) != 0) {
                  set.add(category);
                }
              }
              List<Boolean> signature = new ArrayList<>();
              for (InformationCategory status : ReferenceEvaluator.STATUS_INFORMATION) {
                signature.add(set.contains(status));
              }
              signature.add(ReferenceEvaluator.STATUS_INFORMATION.containsAll(set));
              for (Set<InformationCategory> tested : named) {
                signature.add(tested.stream().anyMatch(set::contains));
              }
              return signature;
            });
    System.arraycopy(classes, 0, informationClass, 1, classes.length);
    return count(classes);
  }

  /** The decision for {@code request}, shared with every request of the same key but its id. */
  Decision decide(Request request) {
    int key = key(request);
    Decision template = decisions[key];
    if (template == null) {
      template = reference.decide(request).withRequestId(TEMPLATE_ID);
      Decision interned = distinct.intern(template);
      if (interned == template) {
        distinctCount.incrementAndGet();
      }
      template = interned;
      decisions[key] = template;
    }
    return template.withRequestId(request.requestId());
  }

  private int key(Request request) {
    int context =
        (actorClass[request.actor().ordinal()] * counterparties
                    + counterpartyClass[request.counterparty().ordinal()])
                * purposes
            + purposeClass[request.purpose().ordinal()];
    Action action = request.action();
    int variant = firstVariant[action.ordinal()];
    if (action == Action.DISCLOSE_INFORMATION) {
      variant += informationClass[RequestBits.information(request)];
    } else if (action == Action.PROVIDE_FACILITY) {
      variant += request.facilityArea().orElseThrow().ordinal();
    }
    return (context * authoritySets + authorityKey[RequestBits.authorities(request)]) * variants
        + variant;
  }

  /** How many keys the table has: the classes of requests it tells apart. */
  int keys() {
    return decisions.length;
  }

  /** How many distinct decisions have been built so far. */
  int distinctDecisions() {
    return distinctCount.get();
  }
}
