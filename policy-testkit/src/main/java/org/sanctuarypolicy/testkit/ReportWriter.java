package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Joiner;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.json.PolicyJson;

/** Writes a {@link CertificationReport} as JSON, Markdown and self-contained HTML. */
final class ReportWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private static final String CSS =
      String.join(
          "\n",
          "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;",
          "  color:#111;background:#fff;line-height:1.45;max-width:64rem;margin:2rem auto;padding:0"
              + " 1rem}",
          "h1{font-size:1.6rem;margin-bottom:.25rem}",
          "h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #999}",
          ".verdict{border:.3rem solid;padding:.75rem 1.25rem;margin:1rem 0 .5rem;font-size:2rem;",
          "  font-weight:800;letter-spacing:.04em}",
          ".certified{border-color:#1a7f37;color:#145c29;background:#eaf6ec}",
          ".not-certified{border-color:#b42318;color:#8f1c13;background:#fdecea}",
          ".line{font-size:1.05rem;margin-top:0}",
          "table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem;font-size:.9rem}",
          "th,td{border:1px solid #888;padding:.3rem .5rem;text-align:left;vertical-align:top}",
          "th{background:#eee}",
          "table.facts th{width:11rem}",
          "td.num{text-align:right;white-space:nowrap}",
          ".PASS{color:#145c29;font-weight:700}",
          ".FAIL{color:#8f1c13;font-weight:700}",
          ".NOT-COVERED{color:#8a5a00;font-weight:700}",
          "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;",
          "  word-break:break-all}",
          ".failure{border-left:.3rem solid #b42318;padding:.25rem 1rem;margin:1rem 0}",
          ".failure h3{font-size:1.05rem;margin:.25rem 0}",
          ".failure dl{display:grid;grid-template-columns:9rem 1fr;gap:.15rem .75rem;margin:.25rem"
              + " 0}",
          ".failure dt{font-weight:700}",
          ".failure dd{margin:0}",
          "@media print{",
          "  body{max-width:none;margin:0;font-size:10pt}",
          "  .verdict{background:none}",
          "  thead{display:table-header-group}",
          "  tr,.failure{break-inside:avoid}",
          "  h2,h3{break-after:avoid}",
          "}");

  private ReportWriter() {}

  // JSON

  static String json(CertificationReport report) {
    ObjectNode root = NODES.objectNode();
    root.put("verdict", report.verdict().name());
    root.put("verdictLine", report.verdictLine());
    root.put("date", report.date().toString());
    ObjectNode library = root.putObject("library");
    library.put("groupId", LibraryVersion.GROUP_ID);
    library.put("artifactId", LibraryVersion.ARTIFACT_ID);
    library.put("version", LibraryVersion.VERSION);
    PolicyInfo policy = report.policy();
    ObjectNode policyNode = root.putObject("policy");
    policyNode.put("id", policy.id());
    policyNode.put("version", policy.version());
    policyNode.put("fingerprint", policy.fingerprint());
    ObjectNode summary = root.putObject("summary");
    summary.put("scenarios", report.results().size());
    summary.put("passed", report.results().size() - report.failures().size());
    summary.put("failed", report.failures().size());
    ObjectNode coverage = root.putObject("coverage");
    coverage.set("clauses", coverage(clausesOnly(report.clauses())));
    coverage.set("exceptions", coverage(report.exceptions()));
    root.set("clauses", rows(report.clauses()));
    root.set("exceptions", rows(report.exceptions()));
    ArrayNode failures = root.putArray("failures");
    for (ScenarioResult failure : report.failures()) {
      ObjectNode node = scenarioNode(failure);
      ArrayNode reasons = node.putArray("reasons");
      for (Reason reason : failure.scenario().expected().reasons()) {
        ObjectNode r = reasons.addObject();
        r.put("clause", reason.clause());
        r.put("title", clause(report, reason.clause()).map(Clause::title).orElse(""));
        r.put("clauseText", clause(report, reason.clause()).map(Clause::text).orElse(""));
        if (reason.exception().isPresent()) {
          r.put("exception", reason.exception().get());
          r.put("exceptionText", reason.text());
        } else {
          r.putNull("exception");
        }
      }
      node.set("request", PolicyJson.toTree(failure.scenario().request()));
      failures.add(node);
    }
    ArrayNode scenarios = root.putArray("scenarios");
    report.results().forEach(result -> scenarios.add(scenarioNode(result)));
    try {
      return Json.STRICT.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report as JSON", e);
    }
  }

  private static ObjectNode coverage(List<ClauseResult> rows) {
    ObjectNode node = NODES.objectNode();
    node.put("covered", covered(rows));
    node.put("total", rows.size());
    return node;
  }

  private static ArrayNode rows(List<ClauseResult> rows) {
    ArrayNode array = NODES.arrayNode();
    for (ClauseResult row : rows) {
      ObjectNode node = array.addObject();
      node.put("id", row.id());
      node.put("title", row.title());
      node.put("scenarios", row.scenarios());
      node.put("passed", row.scenarios() - row.failures());
      node.put("failed", row.failures());
      node.put("result", row.result());
    }
    return array;
  }

  private static ObjectNode scenarioNode(ScenarioResult result) {
    ObjectNode node = NODES.objectNode();
    node.put("id", result.scenario().id());
    node.put("title", result.scenario().title());
    ArrayNode clauses = node.putArray("clauses");
    result.scenario().clauses().forEach(clauses::add);
    node.put("result", result.passed() ? "PASS" : "FAIL");
    node.set("expected", observationNode(result.expected()));
    if (result.observed().isPresent()) {
      node.set("observed", observationNode(result.observed().get()));
    } else {
      node.putNull("observed");
    }
    if (result.problem().isPresent()) {
      node.put("problem", result.problem().get());
    }
    return node;
  }

  private static ObjectNode observationNode(Observation observation) {
    ObjectNode node = NODES.objectNode();
    node.put("effect", observation.effect().name());
    ArrayNode redacted = node.putArray("redacted");
    observation.redacted().forEach(category -> redacted.add(category.name()));
    return node;
  }

  // Markdown

  static String markdown(CertificationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("# Conformance certification report\n\n");
    out.append("**Verdict: ").append(report.verdict().label()).append("**\n\n");
    out.append(md(report.verdictLine())).append("\n\n");
    out.append("| | |\n|---|---|\n");
    for (Fact fact : facts(report)) {
      out.append("| ").append(fact.name()).append(" | ").append(md(fact.value())).append(" |\n");
    }
    out.append("\n## Clauses\n\n");
    markdownRows(out, report.clauses(), "Clause");
    out.append("\n## Failures\n\n");
    if (report.failures().isEmpty()) {
      out.append("None: every scenario passed.\n");
    }
    for (ScenarioResult failure : report.failures()) {
      Scenario scenario = failure.scenario();
      out.append("### ")
          .append(scenario.id())
          .append(": ")
          .append(md(scenario.title()))
          .append("\n\n");
      out.append("- **Problem:** ").append(md(failure.problem().orElse(""))).append('\n');
      out.append("- **Expected:** ").append(md(failure.expected().toString())).append('\n');
      out.append("- **Observed:** ").append(md(observed(failure))).append('\n');
      out.append("- **What the order says:**\n");
      for (Finding finding : findings(report, scenario)) {
        out.append("  - **")
            .append(md(finding.id()))
            .append("** ")
            .append(md(finding.text()))
            .append('\n');
      }
      out.append("- **Request:** `").append(PolicyJson.write(scenario.request())).append("`\n\n");
    }
    out.append("\n## Exceptions\n\n");
    markdownRows(out, report.exceptions(), "Exception");
    out.append("\n## All scenarios\n\n");
    out.append("| Scenario | Title | Clauses | Expected | Observed | Result |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (ScenarioResult result : report.results()) {
      out.append("| ")
          .append(result.scenario().id())
          .append(" | ")
          .append(md(result.scenario().title()))
          .append(" | ")
          .append(clauseList(result.scenario()))
          .append(" | ")
          .append(md(result.expected().toString()))
          .append(" | ")
          .append(md(observed(result)))
          .append(" | ")
          .append(result.passed() ? "PASS" : "**FAIL**")
          .append(" |\n");
    }
    return out.toString();
  }

  private static void markdownRows(StringBuilder out, List<ClauseResult> rows, String what) {
    out.append("| ").append(what).append(" | Title | Scenarios | Passed | Failed | Result |\n");
    out.append("|---|---|---:|---:|---:|---|\n");
    for (ClauseResult row : rows) {
      String result = row.passed() && row.covered() ? row.result() : "**" + row.result() + "**";
      out.append("| ")
          .append(md(row.id()))
          .append(" | ")
          .append(md(row.title()))
          .append(" | ")
          .append(row.scenarios())
          .append(" | ")
          .append(row.scenarios() - row.failures())
          .append(" | ")
          .append(row.failures())
          .append(" | ")
          .append(result)
          .append(" |\n");
    }
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

  static String html(CertificationReport report) {
    boolean certified = report.certified();
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.append("<title>Conformance certification: ")
        .append(h(report.verdict().label()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("\n</style>\n</head>\n<body>\n");
    out.append("<h1>Conformance certification report</h1>\n");
    out.append("<div class=\"verdict ")
        .append(certified ? "certified" : "not-certified")
        .append("\" role=\"status\">")
        .append(h(report.verdict().label()))
        .append("</div>\n");
    out.append("<p class=\"line\">").append(h(report.verdictLine())).append("</p>\n");
    out.append("<table class=\"facts\">\n<tbody>\n");
    for (Fact fact : facts(report)) {
      String value = h(fact.value());
      out.append("<tr><th scope=\"row\">")
          .append(h(fact.name()))
          .append("</th><td>")
          .append(fact.name().equals("Fingerprint") ? "<code>" + value + "</code>" : value)
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    out.append("<h2>Clauses</h2>\n");
    htmlRows(out, report.clauses(), "Clause");
    out.append("<h2>Failures</h2>\n");
    if (report.failures().isEmpty()) {
      out.append("<p>None: every scenario passed.</p>\n");
    }
    for (ScenarioResult failure : report.failures()) {
      Scenario scenario = failure.scenario();
      out.append("<section class=\"failure\" id=\"").append(h(scenario.id())).append("\">\n");
      out.append("<h3>")
          .append(h(scenario.id()))
          .append(": ")
          .append(h(scenario.title()))
          .append("</h3>\n<dl>\n");
      out.append("<dt>Problem</dt><dd>").append(h(failure.problem().orElse(""))).append("</dd>\n");
      out.append("<dt>Expected</dt><dd>")
          .append(h(failure.expected().toString()))
          .append("</dd>\n");
      out.append("<dt>Observed</dt><dd>").append(h(observed(failure))).append("</dd>\n");
      out.append("<dt>What the order says</dt><dd><ul>\n");
      for (Finding finding : findings(report, scenario)) {
        out.append("<li><strong>")
            .append(h(finding.id()))
            .append("</strong> ")
            .append(h(finding.text()))
            .append("</li>\n");
      }
      out.append("</ul></dd>\n");
      out.append("<dt>Request</dt><dd><code>")
          .append(h(PolicyJson.write(scenario.request())))
          .append("</code></dd>\n</dl>\n</section>\n");
    }
    out.append("<h2>Exceptions</h2>\n");
    htmlRows(out, report.exceptions(), "Exception");
    out.append("<h2>All scenarios</h2>\n<table>\n<thead><tr><th>Scenario</th><th>Title</th>")
        .append("<th>Clauses</th><th>Expected</th><th>Observed</th><th>Result</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ScenarioResult result : report.results()) {
      String verdict = result.passed() ? "PASS" : "FAIL";
      out.append("<tr><td>")
          .append(h(result.scenario().id()))
          .append("</td><td>")
          .append(h(result.scenario().title()))
          .append("</td><td>")
          .append(h(clauseList(result.scenario())))
          .append("</td><td>")
          .append(h(result.expected().toString()))
          .append("</td><td>")
          .append(h(observed(result)))
          .append("</td><td class=\"")
          .append(verdict)
          .append("\">")
          .append(verdict)
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static void htmlRows(StringBuilder out, List<ClauseResult> rows, String what) {
    out.append("<table>\n<thead><tr><th>")
        .append(what)
        .append("</th><th>Title</th>")
        .append("<th>Scenarios</th><th>Passed</th><th>Failed</th><th>Result</th></tr></thead>\n")
        .append("<tbody>\n");
    for (ClauseResult row : rows) {
      out.append("<tr><td>")
          .append(h(row.id()))
          .append("</td><td>")
          .append(h(row.title()))
          .append("</td><td class=\"num\">")
          .append(row.scenarios())
          .append("</td><td class=\"num\">")
          .append(row.scenarios() - row.failures())
          .append("</td><td class=\"num\">")
          .append(row.failures())
          .append("</td><td class=\"")
          .append(row.result().replace(' ', '-'))
          .append("\">")
          .append(h(row.result()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static String h(String text) {
    return HTML.escape(text);
  }

  // Shared

  /** A line of the report's header table. */
  private record Fact(String name, String value) {}

  /** A finding of the expected decision, in words. */
  private record Finding(String id, String text) {}

  private static List<Fact> facts(CertificationReport report) {
    PolicyInfo policy = report.policy();
    int scenarios = report.results().size();
    int failed = report.failures().size();
    List<ClauseResult> clauses = clausesOnly(report.clauses());
    return List.of(
        new Fact("Verdict", report.verdict().label()),
        new Fact("Policy", policy.id()),
        new Fact("Policy version", policy.version()),
        new Fact("Fingerprint", policy.fingerprint()),
        new Fact("Test kit", LibraryVersion.coordinates()),
        new Fact("Date", DATE.format(report.date())),
        new Fact(
            "Scenarios",
            (scenarios - failed) + " passed, " + failed + " failed, " + scenarios + " in all"),
        new Fact(
            "Coverage",
            covered(clauses)
                + " of "
                + clauses.size()
                + " clauses, "
                + covered(report.exceptions())
                + " of "
                + report.exceptions().size()
                + " exceptions"));
  }

  private static List<ClauseResult> clausesOnly(List<ClauseResult> rows) {
    return rows.stream()
        .filter(row -> !row.id().equals(CertificationReport.NOT_GOVERNED))
        .collect(Collectors.toList());
  }

  private static long covered(List<ClauseResult> rows) {
    return rows.stream().filter(ClauseResult::covered).count();
  }

  /** Each finding of the expected decision: its ids, and the clause's title and text. */
  private static List<Finding> findings(CertificationReport report, Scenario scenario) {
    if (scenario.expected().reasons().isEmpty()) {
      return List.of(new Finding("No clause", "speaks: the order does not govern this request."));
    }
    List<Finding> findings = new ArrayList<>();
    for (Reason reason : scenario.expected().reasons()) {
      String text =
          clause(report, reason.clause()).map(c -> c.title() + ": " + c.text()).orElse("")
              + reason.exception().map(e -> " Exception " + e + ": " + reason.text()).orElse("")
              + " (finding: "
              + reason.effect()
              + ")";
      findings.add(new Finding(reason.clause(), text));
    }
    return findings;
  }

  /** What the product did, in words; "nothing" when it was not observed. */
  private static String observed(ScenarioResult result) {
    return result.observed().map(Observation::toString).orElse("nothing");
  }

  private static String clauseList(Scenario scenario) {
    return scenario.clauses().isEmpty() ? "none" : Joiner.on(", ").join(scenario.clauses());
  }

  /** A clause of the catalog the report was made against. */
  private static Optional<Clause> clause(CertificationReport report, String id) {
    return report.catalog().clause(id);
  }
}
