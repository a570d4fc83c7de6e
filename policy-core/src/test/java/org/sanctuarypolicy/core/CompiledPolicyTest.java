package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * The compiled fast path: shared decisions and the per-object memo. That it equals the reference
 * evaluator on every request (DESIGN §8 law 8) is proven over the whole request space in
 * policy-testkit's {@code PolicyLawsTest}.
 */
class CompiledPolicyTest {
  private static final Policy COMPILED = SanctuaryPolicy.chicago();
  private static final Policy REFERENCE = SanctuaryPolicy.reference();

  @Test
  void evaluate_sameRequestObject_returnsTheSameDecisionObject() {
    // Remembered in the request object: these tests run with both modules on the module path, as
    // a modular application would, where policy-api opens the field to policy-core. Without the
    // memo, each evaluation would make a new decision that echoes the request id.
    Request request = disclosure("same-1");
    assertThat(COMPILED.evaluate(request)).isSameAs(COMPILED.evaluate(request));
  }

  @Test
  void evaluate_equalContentOtherId_sharesEverythingButTheId() {
    Decision first = COMPILED.evaluate(disclosure("shared-1"));
    Decision second = COMPILED.evaluate(disclosure("shared-2"));
    assertThat(first.requestId()).isEqualTo("shared-1");
    assertThat(second.requestId()).isEqualTo("shared-2");
    assertThat(second.reasons()).isSameAs(first.reasons());
    assertThat(second.obligations()).isSameAs(first.obligations());
    assertThat(second.withRequestId("shared-1")).isEqualTo(first);
  }

  @Test
  void info_compiledAndReference_sameFingerprint() {
    assertThat(COMPILED.info()).isEqualTo(REFERENCE.info());
  }

  private static Request disclosure(String id) {
    return Request.builder()
        .requestId(id)
        .action(Action.DISCLOSE_INFORMATION)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .information(InformationCategory.IMMIGRATION_STATUS, InformationCategory.IDENTITY)
        .build();
  }
}
