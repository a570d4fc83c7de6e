package org.sanctuarypolicy.testkit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * How a product did on one scenario: what was expected, what it did, and whether it passed.
 *
 * <p>Immutable. Part of a {@link CertificationReport}.
 */
public final class ScenarioResult {
  private final Scenario scenario;
  private final ClauseCatalog catalog;
  private final @Nullable Observation observed;
  private final @Nullable String problem;

  private ScenarioResult(
      Scenario scenario,
      ClauseCatalog catalog,
      @Nullable Observation observed,
      @Nullable String problem) {
    this.scenario = scenario;
    this.catalog = catalog;
    this.observed = observed;
    this.problem = problem;
  }

  /**
   * The result of an observation, which may pass or fail; its message quotes the clauses of {@code
   * catalog}, the catalog that made the expected decision.
   */
  static ScenarioResult observed(Scenario scenario, ClauseCatalog catalog, Observation observed) {
    Observation expected = Observation.of(scenario.expected());
    String problem = null;
    if (observed.effect() != expected.effect()) {
      problem =
          "the effect differs: expected " + expected.effect() + ", observed " + observed.effect();
    } else if (!scenario.accepts(observed)) {
      problem =
          "the redacted categories differ: expected "
              + expected.redacted()
              + ", observed "
              + observed.redacted();
    }
    return new ScenarioResult(scenario, catalog, observed, problem);
  }

  /** A failure without an observation: the scenario was not observed, or the adapter failed. */
  static ScenarioResult unobserved(Scenario scenario, ClauseCatalog catalog, String why) {
    return new ScenarioResult(scenario, catalog, null, "no observation: " + why);
  }

  /**
   * The scenario.
   *
   * @return the scenario
   */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * What passing takes: the expected effect, and the expected redactions where the expected
   * decision carries {@code REDACT}.
   *
   * @return the expected observation
   */
  public Observation expected() {
    return Observation.of(scenario.expected());
  }

  /**
   * What the product did.
   *
   * @return the observation; empty when the scenario was not observed or the adapter failed
   */
  public Optional<Observation> observed() {
    return Optional.ofNullable(observed);
  }

  /**
   * Whether the product passed the scenario.
   *
   * @return true when it passed
   */
  public boolean passed() {
    return problem == null;
  }

  /**
   * What went wrong, in a sentence.
   *
   * @return the problem; empty when the scenario passed
   */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /**
   * The result in words, as the report gives a failure: the scenario, the problem, the expected and
   * observed outcome, the text of each clause and exception that decides it (in the catalog the
   * product was certified against), and the request.
   *
   * @return several lines
   */
  public String message() {
    StringBuilder out = new StringBuilder();
    out.append(scenario.id()).append(' ').append(scenario.title()).append(": ");
    out.append(problem == null ? "passed" : problem);
    out.append("\n  expected: ").append(expected());
    out.append("\n  observed: ").append(observed == null ? "nothing" : observed.toString());
    for (Reason reason : scenario.expected().reasons()) {
      Optional<Clause> clause = catalog.clause(reason.clause());
      out.append("\n  ").append(reason.clause());
      clause.ifPresent(c -> out.append(' ').append(c.title()).append(": ").append(c.text()));
      reason
          .exception()
          .ifPresent(
              exception ->
                  out.append("\n    exception ")
                      .append(exception)
                      .append(": ")
                      .append(reason.text()));
    }
    if (scenario.expected().reasons().isEmpty()) {
      out.append("\n  no clause speaks: the order does not govern this request");
    }
    out.append("\n  request: ").append(PolicyJson.write(scenario.request()));
    return out.toString();
  }

  @Override
  public String toString() {
    return scenario.id() + ": " + (problem == null ? "passed" : problem);
  }
}
