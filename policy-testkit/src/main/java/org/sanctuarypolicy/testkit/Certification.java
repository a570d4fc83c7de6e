package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
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
    ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
    for (Scenario scenario : ConformanceCatalog.load()) {
      results.add(play(scenario, adapter));
    }
    return CertificationReport.of(results.build(), clock.instant());
  }

  /**
   * Certifies observed lines, dated by the system clock.
   *
   * @param observed the lines, UTF-8; the caller closes the stream
   * @return the report
   * @throws ObservedLinesException when a line is not a valid observation
   */
  public static CertificationReport fromObserved(InputStream observed) {
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
    ImmutableList<Scenario> catalog = ConformanceCatalog.load();
    Map<String, Observation> observations = ObservedLines.read(observed, catalog);
    ImmutableList.Builder<ScenarioResult> results = ImmutableList.builder();
    for (Scenario scenario : catalog) {
      Observation observation = observations.get(scenario.id());
      results.add(
          observation == null
              ? ScenarioResult.unobserved(
                  scenario, "the scenario is missing from the observed lines")
              : ScenarioResult.observed(scenario, observation));
    }
    return CertificationReport.of(results.build(), clock.instant());
  }

  /** One scenario through an adapter; whatever the adapter does, a result. */
  static ScenarioResult play(Scenario scenario, CertificationAdapter adapter) {
    Request request = scenario.request();
    Observation observation;
    try {
      observation = adapter.decide(request);
    } catch (RuntimeException e) {
      return ScenarioResult.unobserved(scenario, "the adapter threw " + e);
    }
    if (observation == null) {
      return ScenarioResult.unobserved(scenario, "the adapter returned null");
    }
    return ScenarioResult.observed(scenario, observation);
  }
}
