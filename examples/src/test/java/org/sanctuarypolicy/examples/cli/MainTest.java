package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.SampleRequests.GARAGE;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;
import static org.sanctuarypolicy.examples.cli.SampleRequests.STATUS;

import com.google.common.primitives.Bytes;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/** The command-line tool, run in-process with its streams captured. */
class MainTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();

  private static CliRun run(String stdin, String... args) {
    return run(stdin.getBytes(UTF_8), args);
  }

  private static CliRun run(byte[] stdin, String... args) {
    return CliRun.run(new ByteArrayInputStream(stdin), args);
  }

  private static String decision(Request request) {
    return PolicyJson.write(POLICY.evaluate(request));
  }

  private static String json(Request request) {
    return PolicyJson.write(request);
  }

  // ---- evaluate: accepted input --------------------------------------------------------------

  @Test
  void evaluate_singleObjectOnStdin_printsItsDecisionAndExitsZero() {
    CliRun result = run(json(HOLD), "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.out()).isEqualTo(decision(HOLD) + "\n");
    assertThat(result.out()).contains("\"effect\":\"DENY\"");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void evaluate_prettyPrintedObject_printsOneCompactLine() throws Exception {
    String pretty =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .writerWithDefaultPrettyPrinter()
            .writeValueAsString(PolicyJson.toTree(STATUS));
    assertThat(pretty).contains("\n");

    CliRun result = run(pretty, "evaluate", "-");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.lines()).containsExactly(decision(STATUS));
  }

  @Test
  void evaluate_array_printsOneDecisionPerElementInOrder() {
    CliRun result =
        run("[" + json(HOLD) + ",\n" + json(STATUS) + ",\n" + json(GARAGE) + "]\n", "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.lines()).containsExactly(decision(HOLD), decision(STATUS), decision(GARAGE));
  }

  @Test
  void evaluate_jsonLines_printsOneDecisionPerLineInOrder() {
    CliRun result = run(json(GARAGE) + "\n" + json(HOLD) + "\n" + json(STATUS) + "\n", "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.lines()).containsExactly(decision(GARAGE), decision(HOLD), decision(STATUS));
  }

  @Test
  void evaluate_file_readsTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("requests.jsonl");
    Files.writeString(file, json(STATUS) + "\n" + json(HOLD) + "\n");

    CliRun result = run("", "evaluate", file.toString());

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.lines()).containsExactly(decision(STATUS), decision(HOLD));
  }

  @Test
  void evaluate_manyLines_printsEveryDecision() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      input.append(json(Request.builderFrom(HOLD).requestId("r" + i).build())).append('\n');
    }

    CliRun result = run(input.toString(), "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.lines()).hasSize(20_000);
    assertThat(result.lines().get(19_999))
        .isEqualTo(decision(Request.builderFrom(HOLD).requestId("r19999").build()));
  }

  // ---- evaluate: invalid input ---------------------------------------------------------------

  @Test
  void evaluate_badEnumOnLineThree_skipsItReportsPositionAndFieldExitsTwo() {
    String bad = json(HOLD).replace("HOLD_ON_DETAINER", "FOO").replace("hold-1", "bad");

    CliRun result =
        run(json(HOLD) + "\n" + json(STATUS) + "\n" + bad + "\n" + json(GARAGE), "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines()).containsExactly(decision(HOLD), decision(STATUS), decision(GARAGE));
    assertThat(result.err())
        .contains(
            "input 3 (line 3): action: \"FOO\" is not allowed; allowed: DISCLOSE_INFORMATION,"
                + " GRANT_DATABASE_ACCESS, INQUIRE_STATUS, PROVIDE_FACILITY, COMMIT_RESOURCES,"
                + " ENTER_AGREEMENT, ARREST_OR_DETAIN, HOLD_ON_DETAINER, TRANSFER_CUSTODY,"
                + " GRANT_CUSTODY_ACCESS\n")
        .doesNotContain("\"bad\"");
  }

  @Test
  void evaluate_severalKindsOfInvalidInput_eachSkippedAndReportedOthersDecided() {
    String input =
        String.join(
            "\n",
            json(HOLD),
            json(HOLD).replace("\"actor\"", "\"actr\""),
            json(STATUS),
            json(HOLD).replace("\"CIVIL_IMMIGRATION_ENFORCEMENT\"", "7"),
            json(HOLD)
                .replace("\"authorities\":[", "\"information\":[\"IDENTITY\"],\"authorities\":["),
            json(GARAGE),
            "{\"requestId\":\"x\",,}",
            json(STATUS));

    CliRun result = run(input, "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    // The line after the malformed one is read and decided, and every line is counted.
    assertThat(result.lines())
        .containsExactly(decision(HOLD), decision(STATUS), decision(GARAGE), decision(STATUS));
    assertThat(result.err())
        .contains("input 2 (line 2): actr: an unknown field is not allowed; allowed: the fields")
        .contains(
            "input 4 (line 4): purpose: 7 is not allowed; allowed: CIVIL_IMMIGRATION_ENFORCEMENT,")
        .contains(
            "input 5 (line 5): information: [IDENTITY] with action HOLD_ON_DETAINER is not allowed;"
                + " allowed: information only with action DISCLOSE_INFORMATION")
        .contains("input 7 (line 7): malformed JSON at line 7, column ")
        .contains("4 of 8 inputs were invalid");
  }

  @Test
  void evaluate_requestWithThreeMistakes_oneLineForEach() {
    String input =
        "{\"requestId\":\"bad id\",\"action\":\"FOO\",\"counterparty\":\"COURT\","
            + "\"colour\":\"red\"}\n"
            + json(HOLD);

    CliRun result = run(input, "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines()).containsExactly(decision(HOLD));
    assertThat(result.err().lines())
        .containsExactly(
            "input 1 (line 1): requestId: \"bad id\" is not allowed; allowed: "
                + Request.REQUEST_ID_RULE,
            "input 1 (line 1): action: \"FOO\" is not allowed; allowed: "
                + "DISCLOSE_INFORMATION, GRANT_DATABASE_ACCESS, INQUIRE_STATUS, PROVIDE_FACILITY,"
                + " COMMIT_RESOURCES, ENTER_AGREEMENT, ARREST_OR_DETAIN, HOLD_ON_DETAINER,"
                + " TRANSFER_CUSTODY, GRANT_CUSTODY_ACCESS",
            "input 1 (line 1): colour: an unknown field is not allowed; allowed: the fields"
                + " requestId, actor, action, counterparty, purpose, authorities, information,"
                + " facilityArea",
            "policy-cli evaluate: 1 of 2 inputs was invalid and got no decision");
  }

  @Test
  void evaluate_bytesThatAreNotUtf8_thatLineInvalidTheOthersDecided() {
    byte[] input =
        Bytes.concat(
            (json(HOLD) + "\n{\"requestId\":\"r").getBytes(UTF_8),
            new byte[] {(byte) 0xFF},
            ("1\"}\n" + json(STATUS) + "\n").getBytes(UTF_8));

    CliRun result = run(input, "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines()).containsExactly(decision(HOLD), decision(STATUS));
    assertThat(result.err())
        .contains("input 2 (line 2): malformed JSON at line 2, column ")
        .contains("the bytes are not valid UTF-8")
        .contains("1 of 3 inputs was invalid");
  }

  @Test
  void evaluate_invalidItemInArray_skipsOnlyThatItem() {
    String bad = json(STATUS).replace("\"STATE_OR_LOCAL_AGENCY\"", "null");

    CliRun result =
        run("[\n" + json(HOLD) + ",\n" + bad + ",\n" + json(GARAGE) + "\n]", "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines()).containsExactly(decision(HOLD), decision(GARAGE));
    assertThat(result.err())
        .contains("input 2 (line 3): counterparty: null is not allowed; allowed: ");
  }

  @Test
  void evaluate_syntaxErrorInArray_endsReadingAfterDecidingWhatCameBefore() {
    CliRun result =
        run("[" + json(HOLD) + ",\n" + json(STATUS) + "\n" + json(GARAGE) + "]", "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines()).containsExactly(decision(HOLD), decision(STATUS));
    assertThat(result.err()).contains("input 3 (line 3): malformed JSON at line 3");
  }

  @Test
  void evaluate_emptyInput_reportedAndExitsTwo() {
    CliRun result = run("", "evaluate");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("input 1 (line 1): malformed JSON: the input is empty");
  }

  @Test
  void evaluate_missingFile_reportedAndExitsTwo(@TempDir Path dir) {
    CliRun result = run("", "evaluate", dir.resolve("nope.json").toString());

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.err()).contains("no such file").contains("nope.json");
  }

  @Test
  void evaluate_twoFiles_usageErrorExitsTwo() {
    CliRun result = run("", "evaluate", "a.json", "b.json");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.err())
        .contains("usage: java -jar policy-cli.jar evaluate [--record URL --unit CODE] [FILE|-]");
  }

  // ---- explain, demo, usage ------------------------------------------------------------------

  @Test
  void explain_printsEveryClauseAndExceptionIdAndTheFingerprint() {
    CliRun result = run("", "explain");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.out()).contains(POLICY.info().fingerprint());
    List<Clause> clauses = POLICY.catalog().clauses();
    assertThat(clauses).hasSizeGreaterThanOrEqualTo(13);
    for (Clause clause : clauses) {
      assertThat(result.out()).contains(clause.id()).contains(clause.title());
      for (ClauseException exception : clause.exceptions()) {
        assertThat(result.out()).contains(exception.id());
      }
    }
  }

  @Test
  void demo_printsAtLeastTwelveScenariosWithEffectsAndExitsZero() {
    CliRun result = run("", "demo");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    Matcher decisions =
        Pattern.compile("(?m)^Decision: (PERMIT|DENY|ESCALATE)").matcher(result.out());
    List<String> effects = decisions.results().map(m -> m.group(1)).collect(Collectors.toList());
    assertThat(effects).hasSizeGreaterThanOrEqualTo(12).contains("PERMIT", "DENY", "ESCALATE");
    assertThat(result.out())
        .contains("REDACT: withhold place of birth")
        .contains("EO-4.1(a)")
        .contains("287(g)");
  }

  @Test
  void demo_findingsUnderADecision_neverReadAsAContradiction() {
    String out = run("", "demo").out();

    // Each finding says what it does; one whose effect is not the decision's says it only would,
    // and which clause decides instead.
    Pattern verbs = Pattern.compile("(refuses|allows|refers) it");
    for (String scenario : out.split("\n## ")) {
      Matcher decision = Pattern.compile("(?m)^Decision: (\\w+)").matcher(scenario);
      if (!decision.find()) {
        continue;
      }
      String verb =
          switch (decision.group(1)) {
            case "DENY" -> "refuses it";
            case "PERMIT" -> "allows it";
            default -> "refers it";
          };
      for (String line : scenario.lines().filter(l -> l.startsWith("  - EO")).toList()) {
        assertThat(line).doesNotContain(" gives ");
        Matcher found = verbs.matcher(line);
        assertThat(found.find()).as(line).isTrue();
        if (!found.group().equals(verb)) {
          assertThat(line).as(line).contains(" alone ").contains(", but EO-");
        }
      }
    }
    assertThat(out)
        .contains(
            "  - EO-2.1 alone allows it with the categories it protects withheld, but EO-1 refuses"
                + " the request: A person's citizenship, immigration status or place of birth is"
                + " not shared");
  }

  @Test
  void demo_hsiAskingForAReleaseDateInACriminalCase_isRefusedUnderEo55() {
    CliRun result = run("", "demo");

    String out = result.out();
    int start = out.indexOf("Police lockup: HSI asks for a release date, citing a criminal case");
    assertThat(start).isNotNegative();
    String scenario = out.substring(start);
    int decision = scenario.indexOf("Decision: ");
    assertThat(scenario.substring(decision)).startsWith("Decision: DENY");
    assertThat(scenario).contains("EO-1(d)").contains("EO-5.5");
  }

  @Test
  void run_noCommand_printsUsageOnStderrExitsTwo() {
    CliRun result = run("");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("usage: java -jar policy-cli.jar")
        .contains("evaluate [--record URL --unit CODE] [FILE|-]");
  }

  @Test
  void run_unknownCommand_printsUsageOnStderrExitsTwo() {
    CliRun result = run("", "certfy");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("unknown command: certfy").contains("usage:");
  }

  @Test
  void run_help_printsUsageOnStdoutExitsZero() {
    CliRun result = run("", "--help");

    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .contains("evaluate [--record URL --unit CODE] [FILE|-]")
        .contains("explain")
        .contains("demo");
  }

  @Test
  void run_help_listsEveryRecordAndReportFormTheRecordUrlsAndTheExitCodes() {
    CliRun result = run("", "--help");

    assertThat(result.out())
        .contains(
            "  record outcome --record URL --seq N --outcome NAME [--to COUNTERPARTY --agency"
                + " CODE] [--at TIME]\n")
        .contains("  record verify --record URL [--key PUBLIC.pem]\n")
        .contains("  record keygen --out DIR\n")
        .contains("  record checkpoint --record URL --key PRIVATE.pem\n")
        .contains(
            "  report quarterly|annual|property --record URL --period P --out DIR [--unit"
                + " CODE]... [--zone ZONE]\n")
        .contains("serve [--port N] [--bind ADDR] [--record URL --unit CODE]")
        .contains("jdbc:sqlite:FILE, a file path (SQLite), or")
        .contains("PGPASSWORD")
        .contains("3 the record could not be opened, read or written");
    for (String line : result.out().split("\n", -1)) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
    }
  }
}
