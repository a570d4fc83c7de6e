package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Period;
import org.sanctuarypolicy.record.RecordBrokenException;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.RecordInputException;
import org.sanctuarypolicy.record.Report;
import org.sanctuarypolicy.record.ReportKind;

/**
 * {@code report quarterly|annual|property --record URL --period P --out DIR [--unit CODE]...
 * [--zone ZONE]}: makes a report the law requires from a compliance record that verifies, writes
 * {@code report.json}, {@code report.csv}, {@code report.md} and {@code report.html} into DIR, and
 * prints its one-line summary.
 *
 * <p>A record that does not verify gets no report: the command prints the first break, writes no
 * file and exits {@link Main#EXIT_BROKEN}. Every option is checked before the record is opened; a
 * bad one exits {@link Main#EXIT_INVALID}, as does a DIR that cannot be written.
 */
final class ReportCommand implements Command {
  private static final String RECORD = RecordUrl.OPTION;
  private static final String PERIOD = "--period";
  private static final String OUT = "--out";
  private static final String UNIT = RecordingOptions.UNIT;
  private static final String ZONE = "--zone";

  /** The city's zone unless {@code --zone} says otherwise. */
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static final String KINDS = "quarterly, annual, property";

  @Override
  public String name() {
    return "report";
  }

  @Override
  public String arguments() {
    return "quarterly|annual|property "
        + RECORD
        + " URL "
        + PERIOD
        + " P "
        + OUT
        + " DIR ["
        + UNIT
        + " CODE]... ["
        + ZONE
        + " ZONE]";
  }

  @Override
  public String summary() {
    return "make a report the law requires (quarterly: MCC 2-173-069; annual: 5 ILCS 805/25;"
        + " property: EO 2025-8) from a record that verifies, for period P (2026-Q1, 2026 or"
        + " 2026-01-01..2026-03-31, in ZONE, default America/Chicago), limited to the units"
        + " given; write report.json, report.csv, report.md and report.html into DIR; print a"
        + " summary; exit 1 and write nothing when the record does not verify";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options =
          Options.parse(
              args, ImmutableSet.of(RECORD, PERIOD, OUT, ZONE), ImmutableSet.of(UNIT), 1, false);
      if (options.arguments().isEmpty()) {
        throw CliException.usage("which report? allowed: " + KINDS);
      }
      ReportKind kind = kind(options.arguments().get(0));
      String url = options.required(RECORD, "URL");
      Period period = period(options.required(PERIOD, "P"));
      String outName = options.required(OUT, "DIR");
      Path dir = RecordCommand.path(OUT, outName);
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw RecordCommand.badValue(OUT, outName, "a folder (created if missing)");
      }
      Set<String> units = new LinkedHashSet<>();
      for (String unit : options.all(UNIT)) {
        RecordingOptions.checkCode(UNIT, unit);
        if (!units.add(unit)) {
          throw CliException.usage(UNIT + " " + Main.printable(unit) + " is given twice");
        }
      }
      ZoneId zone = zone(options.get(ZONE).orElse(CHICAGO.getId()));
      Report report;
      try (ComplianceRecord record = RecordUrl.open(url, false, System.getenv())) {
        report = record.report(kind, period, units, zone);
      } catch (RecordBrokenException e) {
        err.println(
            "policy-cli report: the record does not verify, so no report was made: "
                + RecordCommand.describe(e.verification()));
        return Main.EXIT_BROKEN;
      } catch (RecordInputException e) {
        throw CliException.usage(
            "--"
                + e.field()
                + ": \""
                + Main.printable(e.value())
                + "\" is not allowed; allowed: "
                + e.allowed());
      } catch (RecordException e) {
        throw CliException.record(Main.reason(e));
      }
      try {
        report.writeTo(dir);
      } catch (UncheckedIOException e) {
        throw CliException.invalid(
            "cannot write the report into \""
                + Main.printable(outName)
                + "\": "
                + Main.ioReason(Main.cause(e)));
      }
      out.println(report.summary());
      return Main.EXIT_OK;
    } catch (CliException e) {
      return e.report(this, err);
    }
  }

  private static ReportKind kind(String value) throws CliException {
    for (ReportKind kind : ReportKind.values()) {
      if (kind.name().toLowerCase(Locale.ROOT).equals(value)) {
        return kind;
      }
    }
    throw CliException.usage(
        "report \"" + Main.printable(value) + "\" is not allowed; allowed: " + KINDS);
  }

  private static Period period(String value) throws CliException {
    try {
      return Period.parse(value);
    } catch (RecordInputException e) {
      throw RecordCommand.badValue(PERIOD, value, e.allowed());
    }
  }

  private static ZoneId zone(String value) throws CliException {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw RecordCommand.badValue(
          ZONE, value, "a time zone id such as America/Chicago, UTC or -06:00");
    }
  }
}
