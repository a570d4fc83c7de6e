package org.sanctuarypolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

class BenchmarkRequestsTest {
  @Test
  void generate_sameSizeAndSeed_sameRequests() {
    BenchmarkRequests first = BenchmarkRequests.generate(256, 7);
    BenchmarkRequests second = BenchmarkRequests.generate(256, 7);
    assertThat(second.requests).containsExactly(first.requests);
    assertThat(second.json).containsExactly(first.json);
  }

  @Test
  void standard_everyAction_andEveryRequestAsItsJsonLine() {
    BenchmarkRequests data = BenchmarkRequests.standard();
    assertThat(data.size()).isEqualTo(BenchmarkRequests.SIZE);
    assertThat(Arrays.stream(data.requests).map(Request::action).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Action.class));
    for (int i = 0; i < data.size(); i++) {
      assertThat(PolicyJson.parseRequest(data.json[i])).isEqualTo(data.requests[i]);
    }
  }

  @Test
  void evaluateBenchmark_benchmarkMethods_exactlyTheSixOfTheIssue() {
    Set<String> methods =
        Arrays.stream(EvaluateBenchmark.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(Benchmark.class))
            .map(method -> method.getName())
            .collect(Collectors.toSet());
    assertThat(methods)
        .containsExactlyInAnyOrder(
            "compiled", "reference", "handWritten", "drools", "buildAndEvaluate",
            "parseAndEvaluate");
  }
}
