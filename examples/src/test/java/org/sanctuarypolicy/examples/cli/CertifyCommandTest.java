package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.ConformanceCatalog;
import org.sanctuarypolicy.testkit.Scenario;

/** {@code certify}: a product's observed decisions of the catalog, certified. */
class CertifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> REPORTS = List.of("report.json", "report.md", "report.html");

  @TempDir Path dir;

  /** One observed line, as a product that decides exactly as the order does would write it. */
  private static ObjectNode observed(Scenario scenario) {
    ObjectNode line = JSON.createObjectNode();
    line.put("id", scenario.id());
    line.put("effect", scenario.expected().effect().name());
    if (!scenario.expectedRedactions().isEmpty()) {
      ArrayNode redacted = line.putArray("redacted");
      scenario.expectedRedactions().forEach(category -> redacted.add(category.name()));
    }
    return line;
  }

  /** The observed lines of a product that follows the order, except on the ids given. */
  private static String observedLines(Set<String> wrongEffect) {
    StringBuilder lines = new StringBuilder();
    for (Scenario scenario : ConformanceCatalog.load()) {
      ObjectNode line = observed(scenario);
      if (wrongEffect.contains(scenario.id())) {
        Effect expected = scenario.expected().effect();
        line.put("effect", (expected == Effect.PERMIT ? Effect.DENY : Effect.PERMIT).name());
      }
      lines.append(line).append('\n');
    }
    return lines.toString();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  // ---- a valid input -------------------------------------------------------------------------

  @Test
  void certify_emptyFile_isInvalidInputAndWritesNoReport() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
    Path out = dir.resolve("report");

    CliRun run = CliRun.run("certify", "--observed", empty.toString(), "--report", out.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(empty + ": the input holds no observed line; allowed: one line per conformance")
        .contains("no report written");
    assertThat(out).doesNotExist();
  }

  @Test
  void certify_theExpectedOutcomes_certifiedExitsZeroAndWritesTheThreeReports() throws Exception {
    Path observed = write("observed.jsonl", observedLines(Set.of()));
    Path reports = dir.resolve("reports");

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", reports.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("CERTIFIED: all ").doesNotContain("NOT CERTIFIED");
    assertThat(run.out().lines()).hasSize(1);
    for (String report : REPORTS) {
      assertThat(reports.resolve(report)).isRegularFile();
    }
    String html = Files.readString(reports.resolve("report.html"), UTF_8);
    assertThat(html).contains(run.out().strip()).contains("<h2>Clauses</h2>");
    for (Clause clause : SanctuaryPolicy.chicago().catalog().clauses()) {
      assertThat(html).containsPattern("<tr><td>" + clause.id().replace(".", "\\.") + "</td>");
    }
    JsonNode json = JSON.readTree(reports.resolve("report.json").toFile());
    assertThat(json.get("verdict").asText()).isEqualTo("CERTIFIED");
    assertThat(json.get("failures")).isEmpty();
  }

  @Test
  void certify_threeEffectsChanged_notCertifiedExitsOneAndTheReportNamesExactlyThose()
      throws Exception {
    List<Scenario> catalog = ConformanceCatalog.load();
    Set<String> wrong =
        Set.of(catalog.get(0).id(), catalog.get(catalog.size() / 2).id(), catalog.get(130).id());
    Path observed = write("observed.jsonl", observedLines(wrong));

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_NOT_CERTIFIED);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("NOT CERTIFIED: 3 of " + catalog.size());
    wrong.forEach(id -> assertThat(run.out()).contains(id));
    JsonNode json = JSON.readTree(dir.resolve("report.json").toFile());
    assertThat(json.get("verdict").asText()).isEqualTo("NOT_CERTIFIED");
    List<String> failures = new ArrayList<>();
    json.get("failures").forEach(failure -> failures.add(failure.get("id").asText()));
    assertThat(failures).containsExactlyInAnyOrderElementsOf(wrong);
    for (String report : REPORTS) {
      assertThat(dir.resolve(report)).isRegularFile();
    }
  }

  @Test
  void certify_aScenarioMissing_notCertifiedExitsOne() throws Exception {
    String lines =
        observedLines(Set.of()).lines().skip(1).collect(Collectors.joining("\n", "", "\n"));
    Path observed = write("observed.jsonl", lines);

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_NOT_CERTIFIED);
    assertThat(run.out()).contains("C-001");
    assertThat(Files.readString(dir.resolve("report.md"), UTF_8)).contains("no observation");
  }

  @Test
  void certify_dashReadsStandardInputAndReportDirectoryIsCreated() {
    Path reports = dir.resolve("a").resolve("b");

    CliRun run =
        CliRun.run(
            new ByteArrayInputStream(observedLines(Set.of()).getBytes(UTF_8)),
            "certify",
            "--observed=-",
            "--report=" + reports);

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out()).startsWith("CERTIFIED");
    assertThat(reports.resolve("report.html")).isRegularFile();
  }

  // ---- invalid input -------------------------------------------------------------------------

  @Test
  void certify_invalidLines_exitsTwoNamingEveryLineAndWritesNoReport() throws Exception {
    String lines =
        String.join(
            "\n",
            observed(ConformanceCatalog.load().get(0)).toString(),
            "{\"id\":\"C-002\",\"effect\":",
            "{\"id\":\"C-003\",\"effect\":\"DENY\",\"reason\":\"EO-1\"}",
            "{\"id\":\"C-999\",\"effect\":\"DENY\"}",
            "{\"id\":\"C-004\",\"effect\":\"REFUSE\"}",
            "");
    Path observed = write("observed.jsonl", lines);

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("line 2: malformed JSON")
        .contains("line 3: unknown field \"reason\"")
        .contains("line 4: id: \"C-999\" is not a scenario of the catalog")
        .contains("line 5: effect: \"REFUSE\" is not allowed; allowed: DENY, ESCALATE, PERMIT")
        .contains("the observed lines are invalid: 4 problems");
    assertThat(run.err()).doesNotContain("line 1:");
    for (String report : REPORTS) {
      assertThat(dir.resolve(report)).doesNotExist();
    }
  }

  @Test
  void certify_badRedactedCategory_exitsTwoNamingTheLineAndField() throws Exception {
    Path observed =
        write(
            "observed.jsonl",
            "\n{\"id\":\"C-001\",\"effect\":\"PERMIT\",\"redacted\":[\"SSN\"]}\n");

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.err()).contains("observed.jsonl: line 2: redacted: \"SSN\" is not allowed");
  }

  @Test
  void certify_withoutObserved_usageErrorExitsTwo() {
    CliRun run = CliRun.run("certify", "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("policy-cli certify: --observed FILE is required")
        .contains(
            "usage: java -jar policy-cli.jar certify --observed FILE [--catalog CATALOG] [--report"
                + " DIR]");
  }

  @Test
  void certify_badOptions_usageErrorExitsTwo() {
    assertThat(CliRun.run("certify", "--observed").err()).contains("--observed needs a value");
    assertThat(CliRun.run("certify", "--observed", "a", "--observed", "b").err())
        .contains("--observed is given twice");
    assertThat(CliRun.run("certify", "--observed", "a", "--format", "html").err())
        .contains("unknown option: --format");
    assertThat(CliRun.run("certify", "observed.jsonl").err())
        .contains("unexpected argument: observed.jsonl");
    assertThat(CliRun.run("certify", "--observed", "--report", "out").err())
        .contains("--observed needs a value");
    for (String[] args :
        List.of(
            new String[] {"certify", "--observed"},
            new String[] {"certify", "--observed", "a", "--observed", "b"},
            new String[] {"certify", "--observed", "a", "--format", "html"},
            new String[] {"certify", "observed.jsonl"})) {
      assertThat(CliRun.run(args).code()).isEqualTo(Main.EXIT_INVALID);
    }
  }

  @Test
  void certify_missingFile_exitsTwo() {
    CliRun run =
        CliRun.run(
            "certify",
            "--observed",
            dir.resolve("nope.jsonl").toString(),
            "--report",
            dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.err()).contains("no such file").contains("nope.jsonl");
  }

  @Test
  void certify_reportPathIsAFile_exitsTwoWithoutAVerdict() throws Exception {
    Path observed = write("observed.jsonl", observedLines(Set.of()));
    Path file = write("taken", "");

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("cannot write the report")
        .contains("taken: exists and is not a directory");
  }

  @Test
  void certify_notUtf8_exitsTwo() throws Exception {
    Path observed = dir.resolve("observed.jsonl");
    Files.write(observed, new byte[] {'{', '"', 'i', 'd', '"', ':', (byte) 0xC3, '"', '}', '\n'});

    CliRun run =
        CliRun.run("certify", "--observed", observed.toString(), "--report", dir.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.err())
        .contains("line 1: the bytes are not valid UTF-8; allowed: JSON text in UTF-8");
  }
}
