package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.core.SanctuaryPolicy;

class ConformanceTestsTest {
  private static final CertificationAdapter CORRECT =
      CertificationAdapter.of(SanctuaryPolicy.chicago());

  /** How a vendor uses the kit: one test factory, one dynamic test per scenario. */
  @TestFactory
  Stream<DynamicTest> conformance() {
    return ConformanceTests.dynamicTests(CORRECT);
  }

  @Test
  void dynamicTests_oneTestPerScenario_namedByIdAndTitle() {
    List<DynamicTest> tests = ConformanceTests.dynamicTests(CORRECT).collect(Collectors.toList());
    assertThat(tests).hasSize(ConformanceCatalog.load().size());
    assertThat(tests.get(0).getDisplayName())
        .isEqualTo(
            "C-001 Records desk: ICE ERO asks for a resident's immigration status for a removal"
                + " case");
    assertThat(tests.get(0).getTestSourceUri())
        .hasValueSatisfying(
            uri ->
                assertThat(uri.toString())
                    .isEqualTo(
                        "classpath:/org/sanctuarypolicy/testkit/conformance-catalog.jsonl?line=1"));
  }

  @Test
  void dynamicTests_wrongProduct_failsWithTheReportsWords() throws Throwable {
    CertificationAdapter honoursDetainers =
        request ->
            request.requestId().equals("C-029")
                ? Observation.of(Effect.PERMIT)
                : CORRECT.decide(request);
    List<DynamicTest> tests =
        ConformanceTests.dynamicTests(honoursDetainers).collect(Collectors.toList());

    tests.get(0).getExecutable().execute();
    DynamicTest hold = tests.get(28);
    assertThat(hold.getDisplayName()).startsWith("C-029 ");
    ScenarioResult expected = Certification.run(honoursDetainers).failures().get(0);
    assertThatThrownBy(() -> hold.getExecutable().execute())
        .isInstanceOfSatisfying(
            AssertionFailedError.class,
            e -> {
              assertThat(e.getExpected().getStringRepresentation()).isEqualTo("DENY");
              assertThat(e.getActual().getStringRepresentation()).isEqualTo("PERMIT");
            })
        .hasMessage(expected.message());
  }
}
