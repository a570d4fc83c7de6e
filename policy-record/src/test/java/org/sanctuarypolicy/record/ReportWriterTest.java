package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The exact text of every file of three reports on a small hand-built record, compared with the
 * files under {@code src/test/resources/org/sanctuarypolicy/record/reports/}: what a clerk, an
 * auditor or a spreadsheet reads, down to each cell, heading, empty value and time.
 *
 * <p>The record holds, in {@code seq} order: a detainer presented by ICE to the lockup (1), bail
 * posted (2) and a transfer to the county sheriff (3) for it, a request of the FBI to commit
 * resources without a stated purpose (4), a request of ICE to use a non-public city lot (5), and a
 * detainer presented by ICE to a second unit (6). The three reports are the quarterly report for
 * 2026-Q1 for every unit, made after a checkpoint; the annual report for 2026 for the second unit
 * alone, made after the checkpoint; and the property report for 2026-Q2, which has no entry, made
 * before it.
 *
 * <p>What changes from run to run, or with the Chicago catalog's version, is replaced by a name in
 * braces before the comparison: {@code {recordId}}, {@code {hash}} (the head's hash, which the
 * checkpoint signs), {@code {keyId}}, {@code {signature}}, {@code {policyVersion}}, {@code
 * {fingerprint}}, and the style sheet of the HTML files, {@code {css}}. When a file differs, the
 * text made is also written to {@code target/report-files/} to compare.
 */
class ReportWriterTest {
  private static final String OTHER_UNIT = "DFSS-FRONT-DESK-2";

  @TempDir static Path dir;

  private static ComplianceRecord record;
  private static Report quarterly;
  private static Report annual;
  private static Report property;

  @BeforeAll
  static void recordAndReport() {
    TestClock clock = new TestClock("2026-02-10T15:00:00Z"); // 09:00 CST
    record = ComplianceRecord.open(Store.sqlite("jdbc:sqlite:" + dir.resolve("record.db")), clock);
    RecordingPolicy lockup = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    long detainer =
        decide(
            lockup,
            request("r1", Action.HOLD_ON_DETAINER, Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                .authorities(Authority.IMMIGRATION_DETAINER)
                .build());
    clock.set(Instant.parse("2026-02-11T02:30:00Z")); // 2026-02-10 20:30 CST
    record.recordOutcome(
        Outcome.of(detainer, OutcomeType.BAIL_POSTED).at(Instant.parse("2026-02-11T01:15:00Z")));
    clock.set(Instant.parse("2026-03-20T16:45:00Z")); // 11:45 CDT
    record.recordOutcome(
        Outcome.transferred(detainer, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF"));
    decide(
        lockup,
        request("r2", Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT).build());
    decide(
        lockup,
        request("r3", Action.PROVIDE_FACILITY, Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .facilityArea(FacilityArea.NON_PUBLIC)
            .build());
    clock.set(Instant.parse("2026-03-31T14:00:00Z")); // 09:00 CDT
    decide(
        RecordingPolicy.of(Fixtures.CHICAGO, record, OTHER_UNIT),
        request("r4", Action.HOLD_ON_DETAINER, Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.IMMIGRATION_DETAINER)
            .build());

    property = record.report(ReportKind.PROPERTY, Period.parse("2026-Q2"), Set.of());
    clock.set(Instant.parse("2026-04-01T12:00:00Z"));
    record.checkpoint(Fixtures.ed25519());
    quarterly = record.report(ReportKind.QUARTERLY, Period.parse("2026-Q1"), Set.of());
    annual = record.report(ReportKind.ANNUAL, Period.parse("2026"), Set.of(OTHER_UNIT));
  }

  @AfterAll
  static void close() {
    record.close();
  }

  private static Request.Builder request(String id, Action action, Counterparty counterparty) {
    return Request.builder()
        .requestId("zz-secret-" + id)
        .action(action)
        .counterparty(counterparty)
        .purpose(Purpose.UNKNOWN);
  }

  private static long decide(RecordingPolicy policy, Request request) {
    return policy.decide(request).seq().orElseThrow();
  }

  /** The text a file of {@code report} holds, with what changes from run to run named. */
  private static String written(Report report, String file) {
    Path out = dir.resolve(report.kind().name());
    List<Path> files = report.writeTo(out);
    assertThat(files).contains(out.resolve(file));
    String text;
    try {
      text = Files.readString(out.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Checkpoint checkpoint = record.verify().latestCheckpoint().orElseThrow();
    text =
        text.replace(record.recordId(), "{recordId}")
            .replace(checkpoint.hash(), "{hash}")
            .replace(checkpoint.keyId(), "{keyId}")
            .replace(checkpoint.signature(), "{signature}")
            .replace(Fixtures.CHICAGO.info().fingerprint(), "{fingerprint}")
            .replace(
                Fixtures.CHICAGO.info().id() + " " + Fixtures.CHICAGO.info().version(),
                Fixtures.CHICAGO.info().id() + " {policyVersion}")
            .replace(
                "\"version\" : \"" + Fixtures.CHICAGO.info().version() + "\"",
                "\"version\" : \"{policyVersion}\"");
    int css = text.indexOf("<style>\n");
    if (css >= 0) {
      text =
          text.substring(0, css + "<style>\n".length())
              + "{css}"
              + text.substring(text.indexOf("\n</style>"));
    }
    return text;
  }

  private static void assertFile(Report report, String file) {
    String name = report.kind().name().toLowerCase(Locale.ROOT) + "-" + file;
    String actual = written(report, file);
    String expected;
    try (InputStream in = ReportWriterTest.class.getResourceAsStream("reports/" + name)) {
      expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!actual.equals(expected)) {
      try {
        Path made = Path.of("target", "report-files", name);
        Files.createDirectories(made.getParent());
        Files.writeString(made, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(actual).as(name).isEqualTo(expected);
  }

  // The quarterly report: three parts with entries, outcomes, a checkpoint and a policy.

  @Test
  void toJson_quarterly_exactText() {
    assertFile(quarterly, "report.json");
  }

  @Test
  void writeTo_quarterlyCsv_exactText() {
    assertFile(quarterly, "report.csv");
  }

  @Test
  void writeTo_quarterlyMarkdown_exactText() {
    assertFile(quarterly, "report.md");
  }

  @Test
  void writeTo_quarterlyHtml_exactText() {
    assertFile(quarterly, "report.html");
  }

  // The annual report for one unit: dates received, bail, no transfer, one entry covered.

  @Test
  void toJson_annualForOneUnit_exactText() {
    assertFile(annual, "report.json");
  }

  @Test
  void writeTo_annualForOneUnitCsv_exactText() {
    assertFile(annual, "report.csv");
  }

  @Test
  void writeTo_annualForOneUnitMarkdown_exactText() {
    assertFile(annual, "report.md");
  }

  @Test
  void writeTo_annualForOneUnitHtml_exactText() {
    assertFile(annual, "report.html");
  }

  // The property report of a quarter without entries, made before any checkpoint.

  @Test
  void toJson_emptyPropertyReport_exactText() {
    assertFile(property, "report.json");
  }

  @Test
  void writeTo_emptyPropertyReportMarkdown_exactText() {
    assertFile(property, "report.md");
  }

  @Test
  void writeTo_emptyPropertyReportHtml_exactText() {
    assertFile(property, "report.html");
  }

  @Test
  void toString_anyReport_isItsSummary() {
    assertThat(annual.toString())
        .isEqualTo(annual.summary())
        .isEqualTo(
            "annual report 2026 of record "
                + record.recordId()
                + " for unit DFSS-FRONT-DESK-2: 1 request from DHS or for civil immigration"
                + " enforcement, 1 detainer or warrant");
  }
}
