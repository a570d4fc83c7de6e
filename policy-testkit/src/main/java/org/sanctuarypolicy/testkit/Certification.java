package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;

/**
 * Certifies a product against the conformance catalog: plays every scenario and returns a {@link
 * CertificationReport} with the verdict, per-clause results and every failure.
 *
 * <p>A scenario passes when the product's effect is the expected effect and, where the expected
 * decision carries {@code REDACT}, the product withheld exactly its categories. The product is
 * certified when every scenario passes.
 *
 * <pre>{@code
 * CertificationReport report = Certification.run(myAdapter);
 * report.writeTo(Path.of("target/certification"));
 * System.out.println(report.verdictLine());
 * }</pre>
 *
 * <p>A product not written in Java decides the catalog's requests itself ({@link
 * ConformanceCatalog#lines()}) and writes one line per scenario, {@code
 * {"id":"C-001","effect":"DENY"}} plus {@code "redacted":[...]} where it withheld categories;
 * {@link #fromObserved(InputStream)} certifies those lines.
 *
 * <p>By default a product is certified against the built-in order: the scenarios expect the
 * decisions shipped with them. Each method has a form that takes a {@link Policy} instead, to
 * certify against another catalog (an amendment, or another city's order read from JSON): the same
 * scenarios are played, each expecting what that policy decides for its request (a request the
 * catalog does not govern is expected to be permitted), and the report names that policy's id,
 * version and fingerprint and quotes its clauses.
 *
 * <pre>{@code
 * Policy amended = SanctuaryPolicy.compile(amendedCatalog);
 * CertificationReport report = Certification.run(myAdapter, amended);
 * }</pre>
 *
 * <p>The policy is evaluated without the decision log: certifying is not a city's decision.
 */
public final class Certification {
  private Certification() {}

  /**
   * Plays every scenario through the adapter, dated by the system clock.
   *
   * @param adapter the product
   * @return the report
   */
  public static CertificationReport run(CertificationAdapter adapter) {
    Objects.requireNonNull(adapter, "adapter");
    return run(adapter, Clock.systemUTC());
  }

  /**
   * Plays every scenario through the adapter, one at a time, in id order. An adapter that throws or
   * returns null fails that scenario; the run goes on.
   *
   * @param adapter the product
   * @param clock the clock that dates the report
   * @return the report
   */
  public static CertificationReport run(CertificationAdapter adapter, Clock clock) {
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(clock, "clock");
    return run(adapter, Expectations.builtIn(), clock);
  }

  /**
   * Plays every scenario through the adapter, each expecting the decision of another catalog's
   * policy, dated by the system clock.
   *
   * @param adapter the product
   * @param policy the policy of the catalog the product is certified against, such as {@code
   *     SanctuaryPolicy.compile(catalog)}
   * @return the report, naming that policy
   */
  public static CertificationReport run(CertificationAdapter adapter, Policy policy) {
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(policy, "policy");
    return run(adapter, policy, Clock.systemUTC());
  }

  /**
   * Plays every scenario through the adapter, one at a time, in id order, each expecting what
   * {@code policy} decides for its request ({@link ConformanceCatalog#load(Policy)}). An adapter
   * that throws or returns null fails that scenario; the run goes on.
   *
   * @param adapter the product
   * @param policy the policy of the catalog the product is certified against
   * @param clock the clock that dates the report
   * @return the report, naming that policy
   */
  public static CertificationReport run(CertificationAdapter adapter, Policy policy, Clock clock) {
    Objects.requireNonNull(adapter, "adapter");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    return run(adapter, Expectations.of(policy), clock);
  }

  private static CertificationReport run(
      CertificationAdapter adapter, Expectations expectations, Clock clock) {
    ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
    for (Scenario scenario : expectations.scenarios()) {
      results.add(play(scenario, expectations.catalog(), adapter));
    }
    return CertificationReport.of(results.build(), expectations, clock.instant());
  }

  /**
   * Certifies observed lines, dated by the system clock.
   *
   * @param observed the lines, UTF-8; the caller closes the stream
   * @return the report
   * @throws ObservedLinesException when a line is not a valid observation
   */
  public static CertificationReport fromObserved(InputStream observed) {
    Objects.requireNonNull(observed, "observed");
    return fromObserved(observed, Clock.systemUTC());
  }

  /**
   * Certifies observed lines: one JSON object per line, {@code {"id":"C-001","effect":"DENY"}},
   * plus {@code "redacted":[...]} (category names) where the product withheld categories. Blank
   * lines are skipped. A scenario missing from the lines fails. Reading is strict: a line that is
   * not such an object, an unknown field, an id that is not a scenario or is given twice, an
   * unknown effect or category, or a category given twice makes the whole input invalid.
   *
   * @param observed the lines, UTF-8; the caller closes the stream
   * @param clock the clock that dates the report
   * @return the report
   * @throws ObservedLinesException when a line is not a valid observation; the message lists every
   *     problem with its line number
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static CertificationReport fromObserved(InputStream observed, Clock clock) {
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(clock, "clock");
    return fromObserved(observed, Expectations.builtIn(), clock);
  }

  /**
   * Certifies observed lines against another catalog, dated by the system clock.
   *
   * @param observed the lines, UTF-8; the caller closes the stream
   * @param policy the policy of the catalog the product is certified against, such as {@code
   *     SanctuaryPolicy.compile(catalog)}
   * @return the report, naming that policy
   * @throws ObservedLinesException when a line is not a valid observation
   */
  public static CertificationReport fromObserved(InputStream observed, Policy policy) {
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(policy, "policy");
    return fromObserved(observed, policy, Clock.systemUTC());
  }

  /**
   * Certifies observed lines, read as {@link #fromObserved(InputStream, Clock)} reads them, against
   * another catalog: each scenario expects what {@code policy} decides for its request ({@link
   * ConformanceCatalog#load(Policy)}).
   *
   * @param observed the lines, UTF-8; the caller closes the stream
   * @param policy the policy of the catalog the product is certified against
   * @param clock the clock that dates the report
   * @return the report, naming that policy
   * @throws ObservedLinesException when a line is not a valid observation; the message lists every
   *     problem with its line number
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  public static CertificationReport fromObserved(InputStream observed, Policy policy, Clock clock) {
    Objects.requireNonNull(observed, "observed");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    return fromObserved(observed, Expectations.of(policy), clock);
  }

  private static CertificationReport fromObserved(
      InputStream observed, Expectations expectations, Clock clock) {
    ImmutableList<Scenario> scenarios = expectations.scenarios();
    Map<String, Observation> observations = ObservedLines.read(observed, scenarios);
    ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
    for (Scenario scenario : scenarios) {
      Observation observation = observations.get(scenario.id());
      results.add(
          observation == null
              ? ScenarioResult.unobserved(
                  scenario,
                  expectations.catalog(),
                  "the scenario is missing from the observed lines")
              : ScenarioResult.observed(scenario, expectations.catalog(), observation));
    }
    return CertificationReport.of(results.build(), expectations, clock.instant());
  }

  /**
   * One scenario through an adapter; whatever the adapter does, a result, which quotes the clauses
   * of {@code catalog}.
   */
  static ScenarioResult play(
      Scenario scenario, ClauseCatalog catalog, CertificationAdapter adapter) {
    Request request = scenario.request();
    Observation observation;
    try {
      observation = adapter.decide(request);
    } catch (RuntimeException e) {
      return ScenarioResult.unobserved(scenario, catalog, "the adapter threw " + e);
    }
    if (observation == null) {
      return ScenarioResult.unobserved(scenario, catalog, "the adapter returned null");
    }
    return ScenarioResult.observed(scenario, catalog, observation);
  }
}
