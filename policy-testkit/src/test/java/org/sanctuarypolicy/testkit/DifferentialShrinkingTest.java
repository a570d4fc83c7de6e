package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The differential property, run through the jqwik engine against a product that honours detainers:
 * it fails, and shrinks the disagreement to the smallest request that shows it.
 */
class DifferentialShrinkingTest {
  @Test
  void differentialProperty_productHonouringDetainers_failsWithAMinimalHold(
      @TempDir Path database) {
    EngineExecutionResults results =
        EngineTestKit.engine("jqwik")
            .selectors(selectClass(MisjudgingConformance.class))
            .configurationParameter("jqwik.database", database.resolve("jqwik").toString())
            .configurationParameter("jqwik.reporting.onlyfailures", "true")
            .execute();

    List<Event> failed = results.testEvents().failed().list();
    assertThat(failed).hasSize(2);
    for (Event event : failed) {
      Throwable thrown =
          event
              .getPayload(TestExecutionResult.class)
              .flatMap(TestExecutionResult::getThrowable)
              .orElseThrow();
      assertThat(thrown).isInstanceOf(AssertionFailedError.class);
      Request shrunk = requestIn(thrown.getMessage());
      assertThat(shrunk.action()).isEqualTo(Action.HOLD_ON_DETAINER);
      assertThat(shrunk.actor()).isEqualTo(Actor.CITY_DEPARTMENT);
      assertThat(shrunk.authorities()).isEmpty();
      assertThat(thrown.getMessage())
          .contains("expected: DENY")
          .contains("observed: PERMIT")
          .contains("\"clause\":\"EO-5.1\"");
      assertThat(((AssertionFailedError) thrown).getExpected().getStringRepresentation())
          .isEqualTo("DENY");
    }
    Request anyRequest =
        requestIn(
            failed.stream()
                .filter(
                    e ->
                        e.getTestDescriptor()
                            .getUniqueId()
                            .toString()
                            .contains("adapter_anyRequest"))
                .map(
                    e ->
                        e.getPayload(TestExecutionResult.class)
                            .orElseThrow()
                            .getThrowable()
                            .orElseThrow()
                            .getMessage())
                .collect(Collectors.joining()));
    // Over all requests, every field shrinks to its first value: the smallest request there is.
    assertThat(anyRequest.counterparty()).isEqualTo(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT);
    assertThat(anyRequest.purpose()).isEqualTo(Purpose.UNKNOWN);
    assertThat(anyRequest.requestId()).isEqualTo("r-0");
  }

  private static Request requestIn(String message) {
    for (String line : message.split("\n")) {
      if (line.trim().startsWith("request:")) {
        return PolicyJson.parseRequest(line.substring(line.indexOf('{')));
      }
    }
    throw new AssertionError("no request in: " + message);
  }
}
