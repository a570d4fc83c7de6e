package org.sanctuarypolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Effect;

/** The checks each benchmark runs before timing, run by the build so the baselines stay right. */
class EquivalenceTest {
  private static DroolsPolicy drools;

  @BeforeAll
  static void startDrools() {
    drools = DroolsPolicy.create();
  }

  @AfterAll
  static void stopDrools() {
    drools.close();
  }

  @Test
  void checkHandWritten_wholeRequestSpace_equalsThePolicy() {
    assertThatCode(Equivalence::checkHandWritten).doesNotThrowAnyException();
  }

  @Test
  void checkDrools_randomAndBenchmarkRequests_equalsTheReference() {
    assertThatCode(() -> Equivalence.checkDrools(drools, BenchmarkRequests.standard()))
        .doesNotThrowAnyException();
  }

  @Test
  void checkCompiled_benchmarkRequests_equalsTheReference() {
    assertThatCode(() -> Equivalence.checkCompiled(BenchmarkRequests.standard()))
        .doesNotThrowAnyException();
  }

  @Test
  void checkBuildAndEvaluate_benchmarkRequests_equalsTheReference() {
    assertThatCode(() -> Equivalence.checkBuildAndEvaluate(BenchmarkRequests.standard()))
        .doesNotThrowAnyException();
  }

  @Test
  void checkParseAndEvaluate_benchmarkRequests_equalsTheReference() {
    assertThatCode(() -> Equivalence.checkParseAndEvaluate(BenchmarkRequests.standard()))
        .doesNotThrowAnyException();
  }

  @Test
  void checkOverSpace_wrongFunction_throwsNamingTheFirstDifferingRequest() {
    // The first request of the space: a city department granting database access to immigration
    // enforcement for civil immigration enforcement, with no instrument, which the order denies.
    assertThatThrownBy(() -> Equivalence.checkOverSpace("alwaysPermit", request -> Effect.PERMIT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("alwaysPermit differs from the reference evaluator on request ")
        .hasMessageContaining("\"requestId\":\"space-0\"")
        .hasMessageContaining("alwaysPermit gave PERMIT")
        .hasMessageContaining("the reference {\"requestId\":\"space-0\",\"effect\":\"DENY\"");
  }

  @Test
  void checkEffects_wrongFunction_throwsNamingTheFirstDifferingRequest() {
    BenchmarkRequests data = BenchmarkRequests.generate(64, 1);
    assertThatThrownBy(
            () -> Equivalence.checkEffects("alwaysDeny", request -> Effect.DENY, data))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("alwaysDeny differs from the reference evaluator on request ")
        .hasMessageContaining("alwaysDeny gave DENY");
  }
}
