package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

class CompiledPolicyTest {
  private static final Policy COMPILED = SanctuaryPolicy.chicago();
  private static final Policy REFERENCE = SanctuaryPolicy.reference();

  /** DESIGN §8 law 8, over every request of the space. */
  @Test
  void compiled_equalsReference_onEveryRequest() {
    ConcurrentLinkedQueue<String> differing = new ConcurrentLinkedQueue<>();
    IntStream.range(0, RequestSpace.CONTEXTS)
        .parallel()
        .forEach(
            context -> {
              for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
                for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
                  Request request = RequestSpace.request(context, mask, variant);
                  Decision compiled = COMPILED.evaluate(request);
                  Decision reference = REFERENCE.evaluate(request);
                  if (!compiled.equals(reference) && differing.size() < 10) {
                    differing.add(request + "\n  compiled:  " + compiled + "\n  reference: " + reference);
                  }
                }
              }
            });
    assertThat(differing).isEmpty();
  }

  @Test
  void evaluate_sameRequestObject_returnsTheSameDecisionObject() {
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
