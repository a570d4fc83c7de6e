package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.RecordFiles.UNIT;
import static org.sanctuarypolicy.examples.cli.SampleRequests.GARAGE;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report quarterly|annual|property} on real SQLite records. */
class ReportCommandTest {
  /** The quarter of today in Chicago: the entries the tests make are recorded now. */
  private static String thisQuarter() {
    LocalDate today = LocalDate.now(ZoneId.of("America/Chicago"));
    return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
  }

  @Test
  void report_quarterly_writesTheFourFilesAndPrintsTheSummary(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE, HOLD);
    CliRun.run(
        "record",
        "outcome",
        "--record",
        file.toString(),
        "--seq",
        "1",
        "--outcome",
        "TRANSFERRED",
        "--to",
        "STATE_OR_LOCAL_AGENCY",
        "--agency",
        "COOK-COUNTY-SHERIFF");
    Path out = dir.resolve("reports/q");

    CliRun result =
        CliRun.run(
            "report",
            "quarterly",
            "--record",
            file.toString(),
            "--period",
            thisQuarter(),
            "--out",
            out.toString(),
            "--unit",
            UNIT);

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.out())
        .startsWith("quarterly report " + thisQuarter() + " of record ")
        .contains("for unit " + UNIT)
        .endsWith("\n");
    for (String name : new String[] {"report.json", "report.csv", "report.md", "report.html"}) {
      assertThat(out.resolve(name)).isNotEmptyFile();
    }
    JsonNode json = RecordFiles.JSON.readTree(out.resolve("report.json").toFile());
    assertThat(json.get("detainers").get("total").asInt()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("report.md"))).contains("COOK-COUNTY-SHERIFF");
    assertThat(Files.readString(out.resolve("report.csv"))).doesNotContain("hold-1");
  }

  @Test
  void report_annualAndPropertyForAnotherUnit_listNothingAndSaySo(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE);
    String year = thisQuarter().substring(0, 4);

    CliRun annual =
        CliRun.run(
            "report",
            "annual",
            "--record",
            file.toString(),
            "--period",
            year,
            "--out",
            dir.resolve("annual").toString(),
            "--unit",
            "CPD-DISTRICT-001",
            "--zone",
            "UTC");
    CliRun property =
        CliRun.run(
            "report",
            "property",
            "--record",
            file.toString(),
            "--period",
            year,
            "--out",
            dir.resolve("property").toString());

    assertThat(annual.code()).isEqualTo(Main.EXIT_OK);
    JsonNode json = RecordFiles.JSON.readTree(dir.resolve("annual/report.json").toFile());
    assertThat(json.get("requests").get("total").asInt()).isZero();
    assertThat(json.get("detainers").get("total").asInt()).isZero();
    assertThat(property.code()).isEqualTo(Main.EXIT_OK);
    assertThat(property.out()).startsWith("property report " + year + " of record ");
    assertThat(dir.resolve("property/report.html")).isNotEmptyFile();
  }

  @Test
  void report_recordThatDoesNotVerify_exitsOneWithTheBreakAndWritesNoFile(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE, HOLD);
    RecordFiles.execute(file, "DELETE FROM record_entry WHERE seq = 2");
    Path out = dir.resolve("out");

    CliRun result =
        CliRun.run(
            "report",
            "quarterly",
            "--record",
            file.toString(),
            "--period",
            thisQuarter(),
            "--out",
            out.toString());

    assertThat(result.code()).isEqualTo(Main.EXIT_BROKEN);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith(
            "policy-cli report: the record does not verify, so no report was made:"
                + " broken: record ")
        .contains("MISSING_SEQ");
    assertThat(out).doesNotExist();
  }

  private static void assertRefused(Path dir, String expected, String... args) {
    CliRun result = CliRun.run(args);

    assertThat(result.code()).as(String.join(" ", args)).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).as(String.join(" ", args)).contains("policy-cli report: " + expected);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void report_badInput_exitsTwoNamingTheOptionAndWritesNothing(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD);
    String record = file.toString();
    String out = dir.resolve("out").toString();
    Path plainFile = Files.writeString(dir.resolve("plain.txt"), "x");

    assertRefused(
        dir,
        "report \"monthly\" is not allowed; allowed: quarterly, annual, property",
        "report",
        "monthly",
        "--record",
        record,
        "--period",
        "2026",
        "--out",
        out);
    assertRefused(
        dir,
        "which report? allowed: quarterly, annual, property",
        "report",
        "--record",
        record,
        "--period",
        "2026",
        "--out",
        out);
    assertRefused(
        dir,
        "--period: \"2026-Q5\" is not allowed; allowed: a quarter (2026-Q1), a year (2026) or"
            + " dates (2026-01-01..2026-03-31)",
        "report",
        "quarterly",
        "--record",
        record,
        "--period",
        "2026-Q5",
        "--out",
        out);
    assertRefused(
        dir,
        "--period: \"2026-Q1\" is not allowed",
        "report",
        "annual",
        "--record",
        record,
        "--period",
        "2026-Q1",
        "--out",
        out);
    assertRefused(
        dir,
        "--zone: \"Chicago\" is not allowed; allowed: a time zone id",
        "report",
        "quarterly",
        "--record",
        record,
        "--period",
        "2026-Q1",
        "--out",
        out,
        "--zone",
        "Chicago");
    assertRefused(
        dir,
        "--unit: \"cpd\" is not allowed; allowed: 1 to 64 characters",
        "report",
        "quarterly",
        "--record",
        record,
        "--period",
        "2026-Q1",
        "--out",
        out,
        "--unit",
        "cpd");
    assertRefused(
        dir,
        "--out: \"" + plainFile + "\" is not allowed; allowed: a folder",
        "report",
        "quarterly",
        "--record",
        record,
        "--period",
        "2026-Q1",
        "--out",
        plainFile.toString());
    assertRefused(
        dir,
        "--out DIR is required",
        "report",
        "quarterly",
        "--record",
        record,
        "--period",
        "2026-Q1");
    assertRefused(
        dir,
        "--record: \"" + dir.resolve("nope.db") + "\" does not exist",
        "report",
        "quarterly",
        "--record",
        dir.resolve("nope.db").toString(),
        "--period",
        "2026-Q1",
        "--out",
        out);
    assertRefused(
        dir,
        "--record: a URL holding a password is not allowed",
        "report",
        "quarterly",
        "--record",
        "jdbc:postgresql://h/db?password=x",
        "--period",
        "2026-Q1",
        "--out",
        out);
    assertRefused(
        dir,
        "--record: a URL holding a password is not allowed",
        "report",
        "quarterly",
        "--record",
        "jdbc:postgresql://h/db?ssl=true&sslpassword=x",
        "--period",
        "2026-Q1",
        "--out",
        out);
    assertThat(RecordFiles.count(file)).isEqualTo(1);
  }
}
