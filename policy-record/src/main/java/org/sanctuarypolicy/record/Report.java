package org.sanctuarypolicy.record;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A report the law requires, made by {@link ComplianceRecord#report} from a record that verified:
 * {@code quarterly} (MCC 2-173-069), {@code annual} (5 ILCS 805/25) or {@code property} (EO
 * 2025-8).
 *
 * <p>It names the record id, the first and last {@code seq} recorded in the period for the units it
 * covers, the head of the chain when it was made, the latest checkpoint, the policies seen, the
 * units, the zone and the period; then its parts, each with its total, its counts and its entries
 * listed by {@code seq}. Nothing personal appears: only categories, unit and agency codes, times,
 * sequence numbers and clause ids (request ids stay in the record). The same content is written as
 * JSON, CSV, Markdown and self-contained HTML. Immutable; its texts are deterministic.
 */
public final class Report {
  private final ReportModel model;

  Report(ReportModel model) {
    this.model = model;
  }

  /**
   * Which report this is.
   *
   * @return the kind
   */
  public ReportKind kind() {
    return model.kind();
  }

  /**
   * The period the report covers.
   *
   * @return the period
   */
  public Period period() {
    return model.period();
  }

  /**
   * The text of {@code report.json}: pretty-printed, with the parts named {@code assistance},
   * {@code unestablished} and {@code detainers} (quarterly), {@code requests} and {@code detainers}
   * (annual) or {@code property}, each with {@code total}, maps of counts that hold every key (0
   * included) and its {@code entries}.
   *
   * @return the JSON text, ending with a line break
   */
  public String toJson() {
    return ReportWriter.json(model);
  }

  /**
   * Writes {@code report.json}, {@code report.csv} (one row per listed entry, with a {@code part}
   * column), {@code report.md} and a self-contained {@code report.html} in {@code dir}, creating it
   * when needed and replacing files of those names.
   *
   * @param dir the directory
   * @return the four paths, in that order
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> writeTo(Path dir) {
    List<String> texts =
        List.of(
            ReportWriter.json(model),
            ReportWriter.csv(model),
            ReportWriter.markdown(model),
            ReportWriter.html(model));
    ImmutableList<String> names = ReportWriter.fileNames();
    ImmutableList.Builder<Path> paths = ImmutableList.builder();
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < names.size(); i++) {
        paths.add(
            Files.writeString(dir.resolve(names.get(i)), texts.get(i), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the report could not be written to " + dir, e);
    }
    return paths.build();
  }

  /**
   * The report in one line, for the command line: {@code quarterly report 2026-Q1 of record <id>:
   * 12 assistance requests, 3 purpose not established, 5 detainers and warrants}.
   *
   * @return the line
   */
  public String summary() {
    return model.summary();
  }

  /**
   * The same as {@link #summary()}.
   *
   * @return the one-line summary
   */
  @Override
  public String toString() {
    return summary();
  }
}
