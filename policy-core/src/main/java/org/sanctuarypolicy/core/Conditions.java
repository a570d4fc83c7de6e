package org.sanctuarypolicy.core;

import com.google.common.base.Joiner;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.api.Term;

/** The meaning of a {@link Condition}: whether it holds for a request, and in plain words. */
final class Conditions {
  private Conditions() {}

  /**
   * Whether {@code condition} holds for {@code request} with the given enforcement nexus. A nexus
   * rule never tests the nexus, so it may be evaluated with any value.
   */
  static boolean holds(Condition condition, Request request, Nexus nexus) {
    return condition.accept(new Holds(request, nexus));
  }

  private static final class Holds implements Condition.Visitor<Boolean> {
    private final Request request;
    private final Nexus nexus;

    Holds(Request request, Nexus nexus) {
      this.request = request;
      this.nexus = nexus;
    }

    @Override
    public Boolean actorIn(Condition.ActorIn condition) {
      return condition.values().contains(request.actor());
    }

    @Override
    public Boolean actionIn(Condition.ActionIn condition) {
      return condition.values().contains(request.action());
    }

    @Override
    public Boolean counterpartyIn(Condition.CounterpartyIn condition) {
      return condition.values().contains(request.counterparty());
    }

    @Override
    public Boolean purposeIn(Condition.PurposeIn condition) {
      return condition.values().contains(request.purpose());
    }

    @Override
    public Boolean nexusIn(Condition.NexusIn condition) {
      return condition.values().contains(nexus);
    }

    @Override
    public Boolean areaIn(Condition.AreaIn condition) {
      return request.facilityArea().map(condition.values()::contains).orElse(false);
    }

    @Override
    public Boolean presentedAny(Condition.PresentedAny condition) {
      return !Collections.disjoint(condition.values(), request.authorities());
    }

    @Override
    public Boolean informationAny(Condition.InformationAny condition) {
      return !Collections.disjoint(condition.values(), request.information());
    }

    @Override
    public Boolean allOf(Condition.AllOf condition) {
      for (Condition operand : condition.operands()) {
        if (!operand.accept(this)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Boolean anyOf(Condition.AnyOf condition) {
      for (Condition operand : condition.operands()) {
        if (operand.accept(this)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Boolean not(Condition.Not condition) {
      return !condition.operand().accept(this);
    }
  }

  /**
   * The condition in plain words, for example "the action is HOLD_ON_DETAINER". A condition equal
   * to one of the catalog's {@code terms} is called by the term's name, followed by what it means.
   */
  static String describe(Condition condition, List<Term> terms) {
    return new Describe(terms).of(condition);
  }

  private static final class Describe implements Condition.Visitor<String> {
    private final List<Term> terms;

    Describe(List<Term> terms) {
      this.terms = terms;
    }

    String of(Condition condition) {
      for (Term term : terms) {
        if (term.condition().equals(condition)) {
          return term.name() + " (" + condition.accept(this) + ")";
        }
      }
      return condition.accept(this);
    }

    @Override
    public String actorIn(Condition.ActorIn condition) {
      return "the actor is " + or(condition.values());
    }

    @Override
    public String actionIn(Condition.ActionIn condition) {
      return "the action is " + or(condition.values());
    }

    @Override
    public String counterpartyIn(Condition.CounterpartyIn condition) {
      return "the counterparty is " + or(condition.values());
    }

    @Override
    public String purposeIn(Condition.PurposeIn condition) {
      return "the purpose is " + or(condition.values());
    }

    @Override
    public String nexusIn(Condition.NexusIn condition) {
      return "the nexus is " + or(condition.values());
    }

    @Override
    public String areaIn(Condition.AreaIn condition) {
      return "the facility area is " + or(condition.values());
    }

    @Override
    public String presentedAny(Condition.PresentedAny condition) {
      return or(condition.values()) + " is presented";
    }

    @Override
    public String informationAny(Condition.InformationAny condition) {
      return "the information includes " + or(condition.values());
    }

    @Override
    public String allOf(Condition.AllOf condition) {
      return join(condition.operands(), Condition.Kind.ANY_OF, ", and ");
    }

    @Override
    public String anyOf(Condition.AnyOf condition) {
      return join(condition.operands(), Condition.Kind.ALL_OF, ", or ");
    }

    @Override
    public String not(Condition.Not condition) {
      Condition operand = condition.operand();
      if (terms.stream().noneMatch(term -> term.condition().equals(operand))) {
        if (operand instanceof Condition.ActionIn action) {
          return "the action is " + nor(action.values());
        }
        if (operand instanceof Condition.CounterpartyIn counterparty) {
          return "the counterparty is " + nor(counterparty.values());
        }
        if (operand instanceof Condition.NexusIn nexus) {
          return "the nexus is " + nor(nexus.values());
        }
      }
      return "not (" + of(operand) + ")";
    }

    private String join(List<Condition> operands, Condition.Kind bracketed, String separator) {
      return operands.stream()
          .map(o -> o.kind() == bracketed ? "(" + of(o) + ")" : of(o))
          .collect(Collectors.joining(separator));
    }
  }

  private static String nor(Set<? extends Enum<?>> values) {
    return values.size() == 1 ? "not " + or(values) : "none of " + Joiner.on(", ").join(values);
  }

  private static String or(Set<? extends Enum<?>> values) {
    return Joiner.on(" or ").join(values);
  }
}
