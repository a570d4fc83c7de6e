package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.slf4j.LoggerFactory;

class DecisionLogTest {
  private final Logger logger = (Logger) LoggerFactory.getLogger(DecisionLog.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeEach
  void listen() {
    appender.start();
    logger.addAppender(appender);
    logger.setLevel(Level.DEBUG);
    // Only this appender hears the events: the console would print every one of the battery's.
    logger.setAdditive(false);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(appender);
    logger.setLevel(null);
    logger.setAdditive(true);
  }

  private static Map<String, String> keyValues(ILoggingEvent event) {
    return event.getKeyValuePairs().stream()
        .collect(Collectors.toMap(kv -> kv.key, kv -> String.valueOf(kv.value)));
  }

  @Test
  void log_deny_oneInfoEventWithTheDesignKeys() {
    Request request =
        Request.builder()
            .requestId("log-1")
            .action(Action.HOLD_ON_DETAINER)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.IMMIGRATION_DETAINER)
            .build();
    SanctuaryPolicy.chicago().evaluate(request);

    assertThat(appender.list).hasSize(1);
    ILoggingEvent event = appender.list.get(0);
    assertThat(event.getLevel()).isEqualTo(Level.INFO);
    assertThat(keyValues(event))
        .containsOnly(
            Map.entry("requestId", "log-1"),
            Map.entry("action", "HOLD_ON_DETAINER"),
            Map.entry("counterparty", "FEDERAL_IMMIGRATION_ENFORCEMENT"),
            Map.entry("purpose", "UNKNOWN"),
            Map.entry("authorities", "[IMMIGRATION_DETAINER]"),
            Map.entry("effect", "DENY"),
            Map.entry("clauses", "EO-1,EO-5.1"),
            Map.entry("policyVersion", "1.1.0"));
  }

  @Test
  void log_permit_oneDebugEvent() {
    Request request =
        Request.builder()
            .requestId("log-2")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
            .purpose(Purpose.CITY_SERVICE)
            .information(InformationCategory.AGGREGATE_STATISTICS)
            .build();
    SanctuaryPolicy.chicago().evaluate(request);

    assertThat(appender.list).hasSize(1);
    assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.DEBUG);
    assertThat(keyValues(appender.list.get(0))).containsEntry("effect", "PERMIT");
  }

  @Test
  void log_batteryOfRequests_holdsOnlyTheDesignFieldsWithTheRequestsValues() {
    Random random = new Random(10L);
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      requests.add(ConcurrencyTest.randomRequest(random, "battery-" + i));
    }
    requests.forEach(SanctuaryPolicy.chicago()::evaluate);

    assertThat(appender.list).hasSize(requests.size());
    for (int i = 0; i < requests.size(); i++) {
      Request request = requests.get(i);
      ILoggingEvent event = appender.list.get(i);
      assertThat(event.getMessage()).isEqualTo("decision");
      assertThat(event.getArgumentArray()).isNull();
      assertThat(event.getMarkerList()).isNull();
      assertThat(event.getThrowableProxy()).isNull();
      Map<String, String> values = keyValues(event);
      assertThat(values)
          .containsOnlyKeys(
              "requestId",
              "action",
              "counterparty",
              "purpose",
              "authorities",
              "effect",
              "clauses",
              "policyVersion");
      assertThat(values.get("requestId")).isEqualTo(request.requestId());
      assertThat(values.get("action")).isEqualTo(request.action().name());
      assertThat(values.get("counterparty")).isEqualTo(request.counterparty().name());
      assertThat(values.get("purpose")).isEqualTo(request.purpose().name());
      assertThat(values.get("authorities")).isEqualTo(request.authorities().toString());
      assertThat(values.get("clauses")).matches("(EO-[0-9.]+(,EO-[0-9.]+)*)?");
      assertThat(String.join("", values.values())).doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void log_infoLevel_permitIsNotLogged() {
    logger.setLevel(Level.INFO);
    Request request =
        Request.builder()
            .requestId("log-3")
            .action(Action.COMMIT_RESOURCES)
            .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
            .purpose(Purpose.CITY_SERVICE)
            .build();
    SanctuaryPolicy.chicago().evaluate(request);

    assertThat(appender.list).isEmpty();
  }

  @Test
  void unlogged_policiesOfThisLibrary_areSilentAndForeignOnesUntouched() {
    Request request =
        Request.builder()
            .requestId("log-4")
            .action(Action.HOLD_ON_DETAINER)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .build();
    Policy compiled = SanctuaryPolicy.compile(ChicagoOrder.catalog());
    Policy reference = SanctuaryPolicy.reference(ChicagoOrder.catalog());
    Policy silentCompiled = SanctuaryPolicy.unlogged(compiled);
    Policy silentReference = SanctuaryPolicy.unlogged(reference);

    assertThat(silentCompiled.evaluate(request)).isEqualTo(compiled.evaluate(request));
    assertThat(silentReference.evaluate(request)).isEqualTo(reference.evaluate(request));

    // Only the two logged policies spoke.
    assertThat(appender.list)
        .extracting(event -> keyValues(event).get("requestId"))
        .containsExactly("log-4", "log-4");
    assertThat(silentCompiled).isNotSameAs(compiled);
    assertThat(SanctuaryPolicy.unlogged(silentCompiled)).isSameAs(silentCompiled);
    assertThat(SanctuaryPolicy.unlogged(silentReference)).isSameAs(silentReference);
    Policy foreign = new Foreign(silentReference);
    assertThat(SanctuaryPolicy.unlogged(foreign)).isSameAs(foreign);
  }

  /** A policy this library did not make, whatever it delegates to. */
  private static final class Foreign implements Policy {
    private final Policy delegate;

    Foreign(Policy delegate) {
      this.delegate = delegate;
    }

    @Override
    public Decision evaluate(Request request) {
      return delegate.evaluate(request);
    }

    @Override
    public Nexus nexus(Request request) {
      return delegate.nexus(request);
    }

    @Override
    public ClauseCatalog catalog() {
      return delegate.catalog();
    }

    @Override
    public PolicyInfo info() {
      return delegate.info();
    }
  }
}
