package org.sanctuarypolicy.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.record.ReportModel.Column;
import org.sanctuarypolicy.record.ReportModel.Line;
import org.sanctuarypolicy.record.ReportModel.OutcomeLine;
import org.sanctuarypolicy.record.ReportModel.Part;
import org.sanctuarypolicy.record.ReportModel.Tally;

/**
 * Renders a {@link ReportModel} as {@code report.json}, {@code report.csv}, {@code report.md} and a
 * self-contained {@code report.html}. Every text comes from the model; nothing is computed here but
 * its form.
 */
final class ReportWriter {
  private static final ObjectWriter JSON =
      Canonical.MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** Quotes a CSV value only where RFC 4180 needs it, so that the text is the same everywhere. */
  private static final CsvMapper CSV =
      CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** Times in JSON and CSV: ISO 8601 local time with the offset, to the second. */
  private static final DateTimeFormatter ISO_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

  /** Times in Markdown and HTML: to the minute, with the offset that tells CST from CDT. */
  private static final DateTimeFormatter HUMAN_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

  /** What an empty cell or list says in words. */
  private static final String NOTHING = "none";

  private static final String CSS =
      String.join(
          "\n",
          ":root{color-scheme:light}",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;",
          "  color:#1a1a1a;background:#fff;line-height:1.45;max-width:90rem;margin:0 auto;",
          "  padding:1rem 1rem 2rem}",
          "header{border-bottom:.25rem solid #1d3f6e;margin-bottom:1rem}",
          ".law{font-weight:700;color:#1d3f6e;margin:0;letter-spacing:.03em}",
          "h1{font-size:1.55rem;line-height:1.25;margin:.25rem 0 .5rem}",
          ".period{font-size:1.1rem;margin:0 0 .75rem}",
          "h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #8a8a8a}",
          "ul.totals{font-size:1.1rem;padding-left:1.25rem}",
          ".definition{max-width:50rem;color:#333}",
          "table{border-collapse:collapse;margin:.25rem 0 1rem;font-size:.875rem}",
          "caption{text-align:left;font-weight:700;padding:.25rem 0}",
          "th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}",
          "thead th{background:#e6ebf2}",
          "tbody th{background:#f3f5f8;font-weight:600}",
          "td.num{text-align:right;font-variant-numeric:tabular-nums}",
          "td.zero{color:#595959}",
          "table.facts{width:100%}",
          "table.facts th{width:13rem}",
          ".tallies{display:flex;flex-wrap:wrap;gap:0 1.5rem;align-items:flex-start}",
          // Shadows at the edges that hide more columns, drawn with CSS alone (no script).
          ".scroll{overflow-x:auto;max-width:100%;background:",
          "  linear-gradient(to right,#fff 30%,rgba(255,255,255,0)) left/2rem 100% no-repeat"
              + " local,",
          "  linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) right/2rem 100% no-repeat"
              + " local,",
          "  radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.3),rgba(0,0,0,0)) left/.8rem 100%",
          "  no-repeat scroll,",
          "  radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.3),rgba(0,0,0,0)) right/.8rem"
              + " 100%",
          "  no-repeat scroll}",
          ".scroll:focus{outline:2px solid #1d3f6e;outline-offset:2px}",
          ".scroll-hint{display:none;font-size:.875rem;color:#333;margin:.25rem 0}",
          "table.entries{min-width:100%;font-size:.8125rem}",
          // Separate borders: collapsed ones vanish around the sticky seq column.
          "table.entries{border-collapse:separate;border-spacing:0;border:solid #8a8a8a;",
          "  border-width:1px 0 0 1px}",
          "table.entries th,table.entries td{padding:.3rem .4rem;border-width:0 1px 1px 0}",
          "table.entries td{overflow-wrap:break-word}",
          "table.entries tbody th{position:sticky;left:0}",
          "table.entries td.outcomes{min-width:12rem}",
          ".nowrap{white-space:nowrap}",
          "ul.plain{list-style:none;margin:0;padding:0}",
          "ul.plain li+li{margin-top:.25rem}",
          "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;",
          "  word-break:break-all}",
          ".none{border-left:.3rem solid #1d3f6e;padding:.4rem .9rem;background:#f3f5f8;",
          "  font-weight:600;max-width:50rem}",
          "footer{margin-top:2rem;border-top:1px solid #8a8a8a;font-size:.9rem;color:#333}",
          "@media (max-width:40rem){",
          "  body{padding:.75rem}",
          "  h1{font-size:1.3rem}",
          "  table.facts th{width:auto}",
          "  table.facts th,table.facts td{display:block;border-bottom:none}",
          "  table.facts tr:last-child td{border-bottom:1px solid #8a8a8a}",
          "  table.entries{min-width:52rem}",
          "  .scroll-hint{display:block}",
          "}",
          "@media print{",
          "  @page{size:landscape;margin:1.5cm}",
          "  body{max-width:none;margin:0;padding:0;font-size:9pt}",
          "  header{border-bottom-width:2pt}",
          "  .scroll{overflow:visible;background:none}",
          "  .scroll-hint{display:none}",
          "  table.entries{min-width:0;width:100%}",
          "  table.entries tbody th{position:static}",
          "  table{font-size:8pt}",
          "  thead{display:table-header-group}",
          "  tr,.none{break-inside:avoid}",
          "  h2,caption{break-after:avoid}",
          "  thead th,tbody th,.none{background:none}",
          "}");

  private ReportWriter() {}

  // JSON

  static String json(ReportModel model) {
    ObjectNode root = Canonical.NODES.objectNode();
    root.put("report", model.name());
    root.put("law", model.law());
    root.put("title", model.title());
    root.put("recordId", model.recordId());
    ObjectNode period = root.putObject("period");
    period.put("text", model.period().text());
    period.put("first", model.period().first().toString());
    period.put("last", model.period().last().toString());
    root.put("zone", model.zone().getId());
    ArrayNode units = root.putArray("units");
    model.units().forEach(units::add);
    ObjectNode covered = root.putObject("covered");
    putSeq(covered, "firstSeq", model.firstSeq().isPresent(), model.firstSeq().orElse(0));
    putSeq(covered, "lastSeq", model.lastSeq().isPresent(), model.lastSeq().orElse(0));
    covered.put("entries", model.coveredEntries());
    ObjectNode head = root.putObject("head");
    head.put("seq", model.headSeq());
    head.put("hash", model.headHash());
    if (model.latestCheckpoint().isPresent()) {
      Checkpoint checkpoint = model.latestCheckpoint().get();
      ObjectNode node = root.putObject("latestCheckpoint");
      node.put("seq", checkpoint.seq());
      node.put("hash", checkpoint.hash());
      node.put("signedAt", Canonical.time(checkpoint.signedAt()));
      node.put("keyId", checkpoint.keyId());
      node.put("signature", checkpoint.signature());
    } else {
      root.putNull("latestCheckpoint");
    }
    ArrayNode policies = root.putArray("policies");
    for (PolicyInfo policy : model.policies()) {
      ObjectNode node = policies.addObject();
      node.put("id", policy.id());
      node.put("version", policy.version());
      node.put("fingerprint", policy.fingerprint());
    }
    for (Part part : model.parts()) {
      ObjectNode node = root.putObject(part.key());
      node.put("title", part.title());
      node.put("definition", part.definition());
      node.put("total", part.total());
      for (Tally tally : part.tallies()) {
        ObjectNode counts = node.putObject(tally.key());
        tally.counts().forEach(counts::put);
      }
      ArrayNode entries = node.putArray("entries");
      for (Line line : part.lines()) {
        ObjectNode entry = entries.addObject();
        for (Column column : part.columns()) {
          entry.set(column.key(), json(column.value(line)));
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report could not be written as JSON", e);
    }
  }

  private static void putSeq(ObjectNode node, String field, boolean present, long seq) {
    if (present) {
      node.put(field, seq);
    } else {
      node.putNull(field);
    }
  }

  private static JsonNode json(@Nullable Object value) {
    if (value == null) {
      return Canonical.NODES.nullNode();
    }
    if (value instanceof Long) {
      return Canonical.NODES.numberNode((Long) value);
    }
    if (value instanceof List) {
      ArrayNode array = Canonical.NODES.arrayNode();
      for (Object element : (List<?>) value) {
        array.add(json(element));
      }
      return array;
    }
    if (value instanceof OutcomeLine) {
      OutcomeLine outcome = (OutcomeLine) value;
      ObjectNode node = Canonical.NODES.objectNode();
      node.put("seq", outcome.seq());
      node.put("outcome", outcome.type().name());
      node.put("occurredAt", ISO_TIME.format(outcome.occurredAt()));
      node.put("to", outcome.to().map(Enum::name).orElse(null));
      node.put("agency", outcome.agency().orElse(null));
      return node;
    }
    return Canonical.NODES.textNode(text(value, ISO_TIME));
  }

  // CSV

  static String csv(ReportModel model) {
    Set<Column> used = EnumSet.noneOf(Column.class);
    model.parts().forEach(part -> used.addAll(part.columns()));
    CsvSchema.Builder schema = CsvSchema.builder().addColumn("part");
    used.forEach(column -> schema.addColumn(column.key()));
    List<List<String>> rows = new ArrayList<>();
    for (Part part : model.parts()) {
      for (Line line : part.lines()) {
        List<String> row = new ArrayList<>();
        row.add(part.key());
        for (Column column : used) {
          row.add(part.columns().contains(column) ? csvText(column.value(line)) : "");
        }
        rows.add(row);
      }
    }
    try {
      return CSV.writer(schema.build().withHeader().withLineSeparator("\n"))
          .writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the report could not be written as CSV", e);
    }
  }

  private static String csvText(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof List) {
      return ((List<?>) value)
          .stream().map(element -> text(element, ISO_TIME)).collect(Collectors.joining("; "));
    }
    return text(value, ISO_TIME);
  }

  /**
   * A single value as text: a number, a code or enum name, a time, a date or an outcome. Numbers,
   * codes and dates ({@code 2026-03-31}) are their own {@code toString()}.
   */
  private static String text(@Nullable Object value, DateTimeFormatter times) {
    if (value == null) {
      return NOTHING;
    }
    if (value instanceof ZonedDateTime) {
      return times.format((ZonedDateTime) value);
    }
    if (value instanceof Enum) {
      return ((Enum<?>) value).name();
    }
    if (value instanceof OutcomeLine) {
      OutcomeLine outcome = (OutcomeLine) value;
      StringBuilder out = new StringBuilder();
      out.append(outcome.type().name()).append(' ').append(times.format(outcome.occurredAt()));
      outcome.to().ifPresent(to -> out.append(" to ").append(to.name()));
      outcome.agency().ifPresent(agency -> out.append(' ').append(agency));
      out.append(" (seq ").append(outcome.seq()).append(')');
      return out.toString();
    }
    return value.toString();
  }

  // Markdown and HTML share the facts that identify the report.

  /** A line of the table that identifies the report; {@code code} for ids and hashes. */
  private record Fact(String name, String value, boolean code) {}

  private static List<Fact> facts(ReportModel model) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Report", model.name() + " (" + model.law() + ")", false));
    facts.add(
        new Fact(
            "Period",
            model.period().text()
                + ": "
                + model.period().first()
                + " to "
                + model.period().last()
                + ", both included",
            false));
    facts.add(new Fact("Time zone", model.zone().getId(), false));
    facts.add(
        new Fact(
            "Units",
            model.units().isEmpty() ? "every unit" : String.join(", ", model.units()),
            false));
    facts.add(new Fact("Record id", model.recordId(), true));
    String covered =
        model.firstSeq().isPresent()
            ? "seq "
                + model.firstSeq().getAsLong()
                + " to "
                + model.lastSeq().getAsLong()
                + " ("
                + model.coveredEntries()
                + (model.coveredEntries() == 1 ? " entry" : " entries")
                + " recorded in the period for these units)"
            : "none: no entry was recorded in the period for these units";
    facts.add(new Fact("Entries covered", covered, false));
    facts.add(
        new Fact(
            "Record head when made",
            "seq " + model.headSeq() + ", hash " + model.headHash(),
            true));
    facts.add(
        new Fact(
            "Latest checkpoint",
            model
                .latestCheckpoint()
                .map(
                    c ->
                        "seq "
                            + c.seq()
                            + ", hash "
                            + c.hash()
                            + ", signed "
                            + Canonical.time(c.signedAt())
                            + " by key "
                            + c.keyId())
                .orElse("none"),
            model.latestCheckpoint().isPresent()));
    facts.add(
        new Fact(
            "Policies seen",
            model.policies().isEmpty()
                ? "none"
                : model.policies().stream()
                    .map(p -> p.id() + " " + p.version() + " " + p.fingerprint())
                    .collect(Collectors.joining("; ")),
            !model.policies().isEmpty()));
    return facts;
  }

  private static final String PRIVACY =
      "Nothing personal appears in this report: only categories, unit and agency codes, times,"
          + " sequence numbers and clause ids. Request ids stay in the record; an auditor maps a"
          + " seq to its entry there. The report was made from a record that verified: every"
          + " hash, link, column, outcome and checkpoint was checked first.";

  // Markdown

  static String markdown(ReportModel model) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(model.title())).append("\n\n");
    out.append("**").append(md(model.law())).append(", ").append(md(model.period().text()));
    out.append("**\n\n");
    out.append("| | |\n|---|---|\n");
    for (Fact fact : facts(model)) {
      out.append("| ").append(md(fact.name())).append(" | ");
      out.append(fact.code() ? "`" + fact.value() + "`" : md(fact.value())).append(" |\n");
    }
    out.append("\n## Summary\n\n");
    for (Part part : model.parts()) {
      out.append("- ").append(md(part.count())).append('\n');
    }
    for (Part part : model.parts()) {
      out.append("\n## ").append(md(part.title())).append("\n\n");
      out.append(md(part.definition())).append("\n\n");
      out.append("**Total: ").append(part.total()).append("**\n\n");
      if (part.lines().isEmpty()) {
        // The statute asks for the words; counts that are all 0 would only bury them.
        out.append("**").append(md(part.none())).append("**\n");
        continue;
      }
      for (Tally tally : part.tallies()) {
        out.append("| ").append(md(tally.keyHeading())).append(" | Count |\n|---|---:|\n");
        if (tally.counts().isEmpty()) {
          out.append("| ").append(NOTHING).append(" | 0 |\n");
        }
        for (Map.Entry<String, Long> count : tally.counts().entrySet()) {
          out.append("| ").append(md(count.getKey())).append(" | ").append(count.getValue());
          out.append(" |\n");
        }
        out.append('\n');
      }
      out.append("| ");
      out.append(
          part.columns().stream().map(c -> md(c.heading())).collect(Collectors.joining(" | ")));
      out.append(" |\n|");
      part.columns().forEach(c -> out.append(c == Column.SEQ ? "---:|" : "---|"));
      out.append('\n');
      for (Line line : part.lines()) {
        out.append("| ");
        out.append(
            part.columns().stream()
                .map(c -> md(humanText(c.value(line))))
                .collect(Collectors.joining(" | ")));
        out.append(" |\n");
      }
    }
    out.append("\n---\n\n").append(md(PRIVACY)).append('\n');
    return out.toString();
  }

  private static String humanText(@Nullable Object value) {
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      return list.isEmpty()
          ? NOTHING
          : list.stream().map(e -> text(e, HUMAN_TIME)).collect(Collectors.joining(", "));
    }
    return text(value, HUMAN_TIME);
  }

  /**
   * Text for a Markdown paragraph or table cell: no line breaks, pipes, emphasis or raw HTML.
   * Underscores stay: inside words, as in enum names, they never start emphasis.
   */
  private static String md(String text) {
    return text.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*", "\\*")
        .replace("`", "\\`")
        .replaceAll("[\\r\\n]+", " ");
  }

  // HTML

  static String html(ReportModel model) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.append("<title>")
        .append(h(model.law() + " " + model.name() + " report " + model.period().text()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n<header>\n");
    out.append("<p class=\"law\">").append(h(model.law())).append("</p>\n");
    out.append("<h1>").append(h(model.title())).append("</h1>\n");
    out.append("<p class=\"period\">")
        .append(h(model.period().text() + ": " + model.period().first() + " to "))
        .append(h(model.period().last() + ", " + model.zone().getId()))
        .append("</p>\n</header>\n<main>\n");
    out.append("<table class=\"facts\">\n<caption>About this report</caption>\n<tbody>\n");
    for (Fact fact : facts(model)) {
      out.append("<tr><th scope=\"row\">").append(h(fact.name())).append("</th><td>");
      out.append(fact.code() ? "<code>" + h(fact.value()) + "</code>" : h(fact.value()));
      out.append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<h2 id=\"summary\">Summary</h2>\n<ul class=\"totals\">\n");
    for (Part part : model.parts()) {
      out.append("<li><a href=\"#")
          .append(h(part.key()))
          .append("\">")
          .append(h(part.count()))
          .append("</a></li>\n");
    }
    out.append("</ul>\n");
    for (Part part : model.parts()) {
      htmlPart(out, part);
    }
    out.append("</main>\n<footer>\n<p>").append(h(PRIVACY)).append("</p>\n</footer>\n");
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  private static void htmlPart(StringBuilder out, Part part) {
    String id = h(part.key());
    out.append("<section aria-labelledby=\"").append(id).append("\">\n");
    out.append("<h2 id=\"").append(id).append("\">").append(h(part.title())).append("</h2>\n");
    out.append("<p class=\"definition\">").append(h(part.definition())).append("</p>\n");
    out.append("<p><strong>Total: ").append(part.total()).append("</strong></p>\n");
    if (part.lines().isEmpty()) {
      out.append("<p class=\"none\">").append(h(part.none())).append("</p>\n</section>\n");
      return;
    }
    out.append("<div class=\"tallies\">\n");
    for (Tally tally : part.tallies()) {
      out.append("<table>\n<caption>").append(h(tally.title())).append("</caption>\n");
      out.append("<thead><tr><th scope=\"col\">")
          .append(h(tally.keyHeading()))
          .append("</th><th scope=\"col\">Count</th></tr></thead>\n<tbody>\n");
      if (tally.counts().isEmpty()) {
        out.append("<tr><th scope=\"row\">").append(NOTHING);
        out.append("</th><td class=\"num zero\">0</td></tr>\n");
      }
      for (Map.Entry<String, Long> count : tally.counts().entrySet()) {
        out.append("<tr><th scope=\"row\">").append(breakable(count.getKey())).append("</th>");
        out.append("<td class=\"num").append(count.getValue() == 0 ? " zero" : "").append("\">");
        out.append(count.getValue()).append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    out.append("</div>\n");
    String caption = id + "-entries";
    out.append("<p class=\"scroll-hint\">The table scrolls sideways.</p>\n");
    out.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"")
        .append(caption)
        .append("\">\n<table class=\"entries\">\n<caption id=\"")
        .append(caption)
        .append("\">")
        .append("Entries: the ")
        .append(h(part.count()))
        .append(", by seq</caption>\n<thead><tr>");
    for (Column column : part.columns()) {
      out.append("<th scope=\"col\">").append(h(column.heading())).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Line line : part.lines()) {
      out.append("<tr>");
      for (Column column : part.columns()) {
        Object value = column.value(line);
        if (column == Column.SEQ) {
          out.append("<th scope=\"row\" class=\"num\">").append(h(text(value, HUMAN_TIME)));
          out.append("</th>");
          continue;
        }
        out.append(column == Column.OUTCOMES ? "<td class=\"outcomes\">" : "<td>");
        if (value instanceof List && !((List<?>) value).isEmpty()) {
          out.append("<ul class=\"plain\">");
          for (Object element : (List<?>) value) {
            out.append("<li>").append(htmlValue(element)).append("</li>");
          }
          out.append("</ul>");
        } else {
          out.append(htmlValue(value));
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</div>\n</section>\n");
  }

  /**
   * One value as HTML: times, dates and codes never wrap inside (a line break after the hyphen of a
   * date misleads), enum names may wrap after their underscores.
   */
  private static String htmlValue(@Nullable Object value) {
    if (value instanceof ZonedDateTime) {
      String[] parts = HUMAN_TIME.format((ZonedDateTime) value).split(" ", 2);
      return nowrap(parts[0]) + " " + nowrap(parts[1]);
    }
    if (value instanceof LocalDate) {
      return nowrap(value.toString());
    }
    if (value instanceof OutcomeLine) {
      OutcomeLine outcome = (OutcomeLine) value;
      StringBuilder out = new StringBuilder();
      out.append(breakable(outcome.type().name())).append(' ');
      out.append(htmlValue(outcome.occurredAt()));
      outcome.to().ifPresent(to -> out.append(" to ").append(breakable(to.name())));
      outcome.agency().ifPresent(agency -> out.append(' ').append(nowrap(agency)));
      out.append(' ').append(nowrap("(seq " + outcome.seq() + ")"));
      return out.toString();
    }
    return breakable(humanText(value));
  }

  private static String nowrap(String text) {
    return "<span class=\"nowrap\">" + h(text) + "</span>";
  }

  /** Escaped text that may wrap after the underscores of enum names. */
  private static String breakable(String text) {
    return h(text).replace("_", "_<wbr>");
  }

  private static String h(String text) {
    return HTML.escape(text);
  }

  /** The four files, by name, in the order {@link Report#writeTo} writes them. */
  static ImmutableList<String> fileNames() {
    return ImmutableList.of("report.json", "report.csv", "report.md", "report.html");
  }
}
