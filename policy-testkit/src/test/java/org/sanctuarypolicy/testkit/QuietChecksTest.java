package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.slf4j.LoggerFactory;

/**
 * Checking laws, certifying and running the conformance tests are not city decisions: with the
 * GUIDE's logging advice (logger {@code org.sanctuarypolicy.decision} at INFO, set in this module's
 * {@code logback-test.xml}) they write nothing to the decision log, while a direct decision of the
 * same policy does.
 */
class QuietChecksTest {
  private static final String DECISION_LOGGER = "org.sanctuarypolicy.decision";

  private final Logger logger = (Logger) LoggerFactory.getLogger(DECISION_LOGGER);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeEach
  void listen() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void stopListening() {
    logger.detachAppender(appender);
    appender.stop();
  }

  @Test
  void configuration_isTheGuidesAdvice() {
    assertThat(logger.getEffectiveLevel()).isEqualTo(Level.INFO);
  }

  @Test
  void evaluate_deny_logsOneEvent() {
    SanctuaryPolicy.chicago().evaluate(detainerHold());

    assertThat(appender.list).hasSize(1);
    assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.INFO);
    assertThat(appender.list.get(0).getLoggerName()).isEqualTo(DECISION_LOGGER);
  }

  @Test
  void check_requestsWithDenies_logsNothing() {
    List<Request> requests = sample();
    Policy quiet = SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago());
    assertThat(requests)
        .filteredOn(request -> quiet.evaluate(request).effect() == Effect.DENY)
        .hasSizeGreaterThan(100);

    LawReport report =
        PolicyLaws.check(SanctuaryPolicy.chicago(), SanctuaryPolicy.reference(), requests);

    assertThat(report.holds()).isTrue();
    assertThat(report.requestsChecked()).isEqualTo(requests.size());
    assertThat(appender.list).isEmpty();
  }

  @Test
  void certification_logsNothing() {
    CertificationAdapter product =
        CertificationAdapter.of(SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago()));

    CertificationReport byDefault = Certification.run(product);
    CertificationReport againstPolicy = Certification.run(product, SanctuaryPolicy.chicago());

    assertThat(byDefault.certified()).isTrue();
    assertThat(againstPolicy.certified()).isTrue();
    assertThat(byDefault.results()).hasSize(ConformanceCatalog.load().size());
    assertThat(appender.list).isEmpty();
  }

  @Test
  void conformanceTests_logNothing() throws Throwable {
    CertificationAdapter product =
        CertificationAdapter.of(SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago()));

    List<DynamicTest> tests =
        ConformanceTests.dynamicTests(product, SanctuaryPolicy.chicago()).toList();
    for (DynamicTest test : tests) {
      test.getExecutable().execute();
    }

    assertThat(tests).hasSize(ConformanceCatalog.load().size());
    assertThat(appender.list).isEmpty();
  }

  private static Request detainerHold() {
    return Request.builder()
        .requestId("quiet-1")
        .action(Action.HOLD_ON_DETAINER)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .authorities(Authority.IMMIGRATION_DETAINER)
        .build();
  }

  /** About 4,000 requests spread over the whole space. */
  private static List<Request> sample() {
    RequestSpace space = RequestSpace.all();
    long step = space.size() / 4_000;
    return LongStream.range(0, 4_000).mapToObj(i -> space.request(i * step)).toList();
  }
}
