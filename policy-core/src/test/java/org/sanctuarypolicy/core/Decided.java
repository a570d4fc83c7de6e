package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;

/**
 * What the spec-derived tests share: requests, findings, deciding with both evaluators, and the
 * check of a decision the order does not speak to.
 */
final class Decided {
  static final Policy POLICY = SanctuaryPolicy.chicago();
  static final Policy REFERENCE = SanctuaryPolicy.reference();

  private Decided() {}

  /** A finding as the decision reports it, without its sentence. */
  record Finding(String clause, Optional<String> exception, Effect effect) {
    static Finding of(Reason reason) {
      return new Finding(reason.clause(), reason.exception(), reason.effect());
    }
  }

  static Finding base(String clause, Effect effect) {
    return new Finding(clause, Optional.empty(), effect);
  }

  static Finding excepted(String exceptionId, Effect effect) {
    String clause = exceptionId.substring(0, exceptionId.indexOf('('));
    return new Finding(clause, Optional.of(exceptionId), effect);
  }

  static Request.Builder request(Action action, Counterparty counterparty) {
    return Request.builder().requestId("t-1").action(action).counterparty(counterparty);
  }

  /**
   * Decides the request with the shipped policy, and checks that the reference evaluator, which
   * interprets the catalog afresh on every call, gives the same decision: every expectation of a
   * test that decides through here holds for both.
   */
  static Decision evaluate(Request.Builder request) {
    Request built = request.build();
    Decision decision = POLICY.evaluate(built);
    assertThat(REFERENCE.evaluate(built)).as("reference decision").isEqualTo(decision);
    return decision;
  }

  static List<Finding> findings(Decision decision) {
    return decision.reasons().stream().map(Finding::of).collect(Collectors.toList());
  }

  /** Asserts a decision the order does not speak to: PERMIT, not governed, and nothing else. */
  static void assertNotGoverned(Decision decision) {
    assertThat(decision.effect()).as("effect").isEqualTo(Effect.PERMIT);
    assertThat(decision.governed()).as("governed").isFalse();
    assertThat(decision.reasons()).as("reasons").isEmpty();
    assertThat(decision.obligations()).as("obligations").isEmpty();
    assertThat(decision.remedies()).as("remedies").isEmpty();
  }
}
