package org.sanctuarypolicy.core;

import com.google.common.base.Joiner;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Request;

/** The meaning of a {@link Condition}: whether it holds for a request, and in plain words. */
final class Conditions {
  private Conditions() {}

  /**
   * Whether {@code condition} holds for {@code request} with the given enforcement nexus. A nexus
   * rule never tests the nexus, so it may be evaluated with any value.
   */
  static boolean holds(Condition condition, Request request, Nexus nexus) {
    switch (condition.kind()) {
      case ACTOR_IN:
        return condition.actors().contains(request.actor());
      case ACTION_IN:
        return condition.actions().contains(request.action());
      case COUNTERPARTY_IN:
        return condition.counterparties().contains(request.counterparty());
      case PURPOSE_IN:
        return condition.purposes().contains(request.purpose());
      case NEXUS_IN:
        return condition.nexuses().contains(nexus);
      case AREA_IN:
        return request.facilityArea().map(condition.areas()::contains).orElse(false);
      case PRESENTED_ANY:
        return !Collections.disjoint(condition.authorities(), request.authorities());
      case INFORMATION_ANY:
        return !Collections.disjoint(condition.information(), request.information());
      case ALL_OF:
        for (Condition operand : condition.operands()) {
          if (!holds(operand, request, nexus)) {
            return false;
          }
        }
        return true;
      case ANY_OF:
        for (Condition operand : condition.operands()) {
          if (holds(operand, request, nexus)) {
            return true;
          }
        }
        return false;
      case NOT:
        return !holds(condition.operands().get(0), request, nexus);
    }
    throw new AssertionError(condition.kind());
  }

  /**
   * The condition in plain words, for example "the action is HOLD_ON_DETAINER". The order's named
   * terms (judicial process, an immigration authority, a watched counterparty, enforcement, status
   * information) are called by their names.
   */
  static String describe(Condition condition) {
    switch (condition.kind()) {
      case ACTOR_IN:
        return "the actor is " + or(condition.actors());
      case ACTION_IN:
        return "the action is " + or(condition.actions());
      case COUNTERPARTY_IN:
        if (condition.equals(ChicagoOrder.IMMIGRATION_AUTHORITY)) {
          return "the counterparty is an immigration authority ("
              + or(condition.counterparties())
              + ")";
        }
        if (condition.equals(ChicagoOrder.WATCHED)) {
          return "the counterparty is watched (" + or(condition.counterparties()) + ")";
        }
        return "the counterparty is " + or(condition.counterparties());
      case PURPOSE_IN:
        return "the purpose is " + or(condition.purposes());
      case NEXUS_IN:
        if (condition.equals(ChicagoOrder.ENFORCEMENT)) {
          return "enforcement (nexus CONFIRMED or PRESUMED)";
        }
        return "the nexus is " + or(condition.nexuses());
      case AREA_IN:
        return "the facility area is " + or(condition.areas());
      case PRESENTED_ANY:
        if (condition.equals(ChicagoOrder.JUDICIAL_PROCESS)) {
          return "judicial process (JUDICIAL_WARRANT or COURT_ORDER) is presented";
        }
        return or(condition.authorities()) + " is presented";
      case INFORMATION_ANY:
        if (condition.information().equals(ReferenceEvaluator.STATUS_INFORMATION)) {
          return "the information includes status information (IMMIGRATION_STATUS or"
              + " PLACE_OF_BIRTH)";
        }
        return "the information includes " + or(condition.information());
      case ALL_OF:
        return join(condition.operands(), Condition.Kind.ANY_OF, ", and ");
      case ANY_OF:
        return join(condition.operands(), Condition.Kind.ALL_OF, ", or ");
      case NOT:
        return negate(condition.operands().get(0));
    }
    throw new AssertionError(condition.kind());
  }

  private static String negate(Condition operand) {
    switch (operand.kind()) {
      case ACTION_IN:
        return "the action is " + nor(operand.actions());
      case COUNTERPARTY_IN:
        return "the counterparty is " + nor(operand.counterparties());
      case NEXUS_IN:
        return "the nexus is " + nor(operand.nexuses());
      default:
        return "not (" + describe(operand) + ")";
    }
  }

  private static String join(List<Condition> operands, Condition.Kind bracketed, String separator) {
    return operands.stream()
        .map(o -> o.kind() == bracketed ? "(" + describe(o) + ")" : describe(o))
        .collect(Collectors.joining(separator));
  }

  private static String nor(Set<? extends Enum<?>> values) {
    return values.size() == 1 ? "not " + or(values) : "none of " + Joiner.on(", ").join(values);
  }

  private static String or(Set<? extends Enum<?>> values) {
    return Joiner.on(" or ").join(values);
  }
}
