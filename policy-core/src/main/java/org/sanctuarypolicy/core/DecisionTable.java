package org.sanctuarypolicy.core;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

/**
 * The compiled form of a catalog: every request maps to a dense key, and each key to the decision
 * the reference evaluator gives it, built on first use and shared (equal decisions are one object).
 *
 * <p>The key is the actor, counterparty, purpose, the set of instruments, the action, the facility
 * area, and the information set reduced to what the evaluator can tell apart: the status categories
 * themselves (REDACT lists them), whether the set meets each information set a condition of the
 * catalog names, and whether it holds anything but status information. Two requests with the same
 * key get the same decision but for the request id; the exhaustive equality test proves it over the
 * whole request space.
 */
final class DecisionTable {
  private static final String TEMPLATE_ID = "template";
  private static final int AUTHORITY_SETS = 1 << Authority.values().length;
  private static final int CONTEXTS =
      Actor.values().length * Counterparty.values().length * Purpose.values().length;

  private final ReferenceEvaluator reference;
  /** For each action, its first variant; an action has one variant, one per area, or per class. */
  private final int[] firstVariant = new int[Action.values().length];
  private final int variants;
  /** Information class of each non-empty information set, by its bit mask. */
  private final int[] informationClass = new int[1 << InformationCategory.values().length];
  /** A representative information set of each class. */
  private final List<ImmutableSet<InformationCategory>> representatives = new ArrayList<>();
  private final @Nullable Decision[] decisions;
  private final Map<Decision, Decision> distinct = new ConcurrentHashMap<>();

  DecisionTable(ClauseCatalog catalog, ReferenceEvaluator reference) {
    this.reference = reference;
    classifyInformation(informationSetsNamedBy(catalog));
    int next = 0;
    for (Action action : Action.values()) {
      firstVariant[action.ordinal()] = next;
      if (action == Action.DISCLOSE_INFORMATION) {
        next += representatives.size();
      } else if (action == Action.PROVIDE_FACILITY) {
        next += FacilityArea.values().length;
      } else {
        next += 1;
      }
    }
    this.variants = next;
    this.decisions = new Decision[CONTEXTS * AUTHORITY_SETS * variants];
  }

  private static List<ImmutableSet<InformationCategory>> informationSetsNamedBy(
      ClauseCatalog catalog) {
    List<ImmutableSet<InformationCategory>> sets = new ArrayList<>();
    sets.add(ReferenceEvaluator.STATUS_INFORMATION);
    for (NexusRule rule : catalog.nexusRules()) {
      collect(rule.condition(), sets);
    }
    for (Clause clause : catalog.clauses()) {
      collect(clause.scope(), sets);
      for (ClauseException exception : clause.exceptions()) {
        collect(exception.condition(), sets);
      }
    }
    return sets;
  }

  private static void collect(Condition condition, List<ImmutableSet<InformationCategory>> sets) {
    if (condition.kind() == Condition.Kind.INFORMATION_ANY && !sets.contains(condition.information())) {
      sets.add(condition.information());
    }
    condition.operands().forEach(operand -> collect(operand, sets));
  }

  /** Gives each non-empty information set the class of its signature, in order of first sight. */
  private void classifyInformation(List<ImmutableSet<InformationCategory>> named) {
    Map<List<Object>, Integer> classes = new HashMap<>();
    for (int mask = 1; mask < informationClass.length; mask++) {
      EnumSet<InformationCategory> set = EnumSet.noneOf(InformationCategory.class);
      for (InformationCategory category : InformationCategory.values()) {
        if ((mask & (1 << category.ordinal())) != 0) {
          set.add(category);
        }
      }
      List<Object> signature = new ArrayList<>();
      EnumSet<InformationCategory> status = EnumSet.copyOf(set);
      status.retainAll(ReferenceEvaluator.STATUS_INFORMATION);
      signature.add(status);
      signature.add(ReferenceEvaluator.STATUS_INFORMATION.containsAll(set));
      for (ImmutableSet<InformationCategory> tested : named) {
        signature.add(tested.stream().anyMatch(set::contains));
      }
      Integer known = classes.get(signature);
      if (known == null) {
        known = representatives.size();
        classes.put(signature, known);
        representatives.add(ImmutableSet.copyOf(set));
      }
      informationClass[mask] = known;
    }
  }

  /** The decision for {@code request}, shared with every request of the same key but its id. */
  Decision decide(Request request) {
    int key = key(request);
    Decision template = decisions[key];
    if (template == null) {
      template = fill(key, request);
    }
    return template.withRequestId(request.requestId());
  }

  private Decision fill(int key, Request request) {
    Request.Builder representative =
        Request.builderFrom(request).requestId(TEMPLATE_ID);
    if (request.action() == Action.DISCLOSE_INFORMATION) {
      representative.information(representatives.get(informationClass[mask(request.information())]));
    }
    Decision decided = reference.decide(representative.build());
    Decision shared = distinct.computeIfAbsent(decided, d -> d);
    decisions[key] = shared;
    return shared;
  }

  private int key(Request request) {
    int context =
        (request.actor().ordinal() * Counterparty.values().length + request.counterparty().ordinal())
                * Purpose.values().length
            + request.purpose().ordinal();
    int variant = firstVariant[request.action().ordinal()];
    if (request.action() == Action.DISCLOSE_INFORMATION) {
      variant += informationClass[mask(request.information())];
    } else if (request.action() == Action.PROVIDE_FACILITY) {
      variant += request.facilityArea().orElseThrow().ordinal();
    }
    return (context * AUTHORITY_SETS + mask(request.authorities())) * variants + variant;
  }

  private static int mask(ImmutableSet<? extends Enum<?>> set) {
    int mask = 0;
    for (Enum<?> value : set) {
      mask |= 1 << value.ordinal();
    }
    return mask;
  }

  /** How many distinct decisions have been built so far. */
  int distinctDecisions() {
    return distinct.size();
  }
}
