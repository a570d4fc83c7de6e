package org.sanctuarypolicy.testkit;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;

/**
 * The result of a certification: the verdict, the policy and test-kit versions it was made against,
 * a pass/fail row per clause and per exception of the catalog certified against (the built-in order
 * unless another policy was given), and every scenario's result.
 *
 * <p>It writes itself as {@code report.json} (for tools), {@code report.md} (for a repository) and
 * a self-contained {@code report.html} (for the city: no external assets, readable when printed)
 * with {@link #writeTo(Path)}. Immutable; the texts are rebuilt on each call.
 */
public final class CertificationReport {
  /** The id of the row for scenarios where no clause speaks. */
  public static final String NOT_GOVERNED = "(not governed)";

  /** How many failing scenario ids {@link #verdictLine()} names before it counts the rest. */
  private static final int IDS_IN_VERDICT = 10;

  private final Verdict verdict;
  private final ClauseCatalog catalog;
  private final PolicyInfo policy;
  private final Instant date;
  private final ImmutableList<ScenarioResult> results;
  private final ImmutableList<ClauseResult> clauses;
  private final ImmutableList<ClauseResult> exceptions;

  private CertificationReport(
      ClauseCatalog catalog,
      PolicyInfo policy,
      Instant date,
      ImmutableList<ScenarioResult> results,
      ImmutableList<ClauseResult> clauses,
      ImmutableList<ClauseResult> exceptions) {
    this.verdict =
        results.stream().allMatch(ScenarioResult::passed)
            ? Verdict.CERTIFIED
            : Verdict.NOT_CERTIFIED;
    this.catalog = catalog;
    this.policy = policy;
    this.date = date.truncatedTo(ChronoUnit.SECONDS);
    this.results = results;
    this.clauses = clauses;
    this.exceptions = exceptions;
  }

  /**
   * The report of the results, with a row per clause and exception of the expectations' catalog.
   */
  static CertificationReport of(
      ImmutableList<ScenarioResult> results, Expectations expectations, Instant date) {
    ClauseCatalog catalog = expectations.catalog();
    ImmutableList.Builder<ClauseResult> clauses = ImmutableList.builder();
    ImmutableList.Builder<ClauseResult> exceptions = ImmutableList.builder();
    for (Clause clause : catalog.clauses()) {
      clauses.add(row(clause.id(), clause.title(), clause.text(), results, false));
      for (ClauseException exception : clause.exceptions()) {
        exceptions.add(row(exception.id(), clause.title(), exception.text(), results, true));
      }
    }
    clauses.add(
        row(
            NOT_GOVERNED,
            "Not governed",
            "No clause speaks: the order does not govern the request, which is permitted.",
            results,
            false));
    return new CertificationReport(
        catalog, expectations.policy(), date, results, clauses.build(), exceptions.build());
  }

  private static ClauseResult row(
      String id, String title, String text, List<ScenarioResult> results, boolean exception) {
    int scenarios = 0;
    int failures = 0;
    for (ScenarioResult result : results) {
      if (exercises(result.scenario(), id, exception)) {
        scenarios++;
        if (!result.passed()) {
          failures++;
        }
      }
    }
    return new ClauseResult(id, title, text, scenarios, failures);
  }

  private static boolean exercises(Scenario scenario, String id, boolean exception) {
    if (exception) {
      return scenario.expected().reasons().stream()
          .map(Reason::exception)
          .anyMatch(Optional.of(id)::equals);
    }
    if (id.equals(NOT_GOVERNED)) {
      return scenario.clauses().isEmpty();
    }
    return scenario.clauses().contains(id);
  }

  /**
   * The verdict: {@link Verdict#CERTIFIED} when every scenario passed.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Whether the product is certified.
   *
   * @return true when every scenario passed
   */
  public boolean certified() {
    return verdict == Verdict.CERTIFIED;
  }

  /**
   * The policy the expected decisions were made with, the one the product was certified against:
   * id, version and fingerprint. The built-in order unless another policy was given.
   *
   * @return the policy's identity
   */
  public PolicyInfo policy() {
    return policy;
  }

  /** The catalog whose clauses the report quotes: the certified policy's. */
  ClauseCatalog catalog() {
    return catalog;
  }

  /**
   * The version of this test kit, as Maven built it.
   *
   * @return the version, such as {@code 1.0.0}
   */
  public String libraryVersion() {
    return LibraryVersion.VERSION;
  }

  /**
   * When the certification ran, to the second.
   *
   * @return the instant
   */
  public Instant date() {
    return date;
  }

  /**
   * Every scenario's result, in id order.
   *
   * @return the results
   */
  public ImmutableList<ScenarioResult> results() {
    return results;
  }

  /**
   * The results of the scenarios the product failed, in id order.
   *
   * @return the failures; empty when certified
   */
  public ImmutableList<ScenarioResult> failures() {
    return results.stream().filter(r -> !r.passed()).collect(ImmutableList.toImmutableList());
  }

  /**
   * One row per clause of the catalog, in clause order, and a last row, {@value #NOT_GOVERNED}, for
   * the scenarios where no clause speaks. A scenario counts for each clause it exercises.
   *
   * @return the per-clause results
   */
  public ImmutableList<ClauseResult> clauses() {
    return clauses;
  }

  /**
   * One row per exception of the catalog, in clause order: the scenarios whose expected decision
   * applies the exception.
   *
   * @return the per-exception results
   */
  public ImmutableList<ClauseResult> exceptions() {
    return exceptions;
  }

  /**
   * The verdict in one line, for a command-line tool: {@code CERTIFIED: all 170 scenarios passed
   * (...)} or {@code NOT CERTIFIED: 3 of 170 scenarios failed: C-004, C-017, C-101 (...)}.
   *
   * @return the line, without a line break
   */
  public String verdictLine() {
    ImmutableList<ScenarioResult> failures = failures();
    String policyText =
        " (policy " + policy.id() + " " + policy.version() + ", " + policy.fingerprint() + ")";
    if (failures.isEmpty()) {
      return verdict.label()
          + ": all "
          + results.size()
          + " conformance scenarios passed"
          + policyText;
    }
    String ids =
        Joiner.on(", ")
            .join(failures.stream().limit(IDS_IN_VERDICT).map(r -> r.scenario().id()).iterator());
    if (failures.size() > IDS_IN_VERDICT) {
      ids += " and " + (failures.size() - IDS_IN_VERDICT) + " more";
    }
    return verdict.label()
        + ": "
        + failures.size()
        + " of "
        + results.size()
        + " conformance scenarios failed: "
        + ids
        + policyText;
  }

  /**
   * The report as JSON, as written to {@code report.json}.
   *
   * @return an indented JSON document
   */
  public String toJson() {
    return ReportWriter.json(this);
  }

  /**
   * The report as Markdown, as written to {@code report.md}.
   *
   * @return the Markdown text
   */
  public String toMarkdown() {
    return ReportWriter.markdown(this);
  }

  /**
   * The report as a self-contained HTML page, as written to {@code report.html}.
   *
   * @return the HTML document
   */
  public String toHtml() {
    return ReportWriter.html(this);
  }

  /**
   * Writes {@code report.json}, {@code report.md} and {@code report.html} into a directory,
   * creating it if needed and replacing files of those names.
   *
   * @param directory where to write
   * @throws IOException when a file cannot be written
   */
  public void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("report.json"), toJson(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("report.md"), toMarkdown(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("report.html"), toHtml(), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return verdictLine();
  }
}
