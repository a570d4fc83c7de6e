package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.RecordFiles.UNIT;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.record.ComplianceRecord;

/** {@code evaluate --record URL --unit CODE}: decisions on a real SQLite record. */
class EvaluateRecordTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();

  /** Not reportable: the Chicago order lets a city system hand a record to the state. */
  private static final Request ROUTINE =
      Request.builder()
          .requestId("routine-1")
          .action(Action.DISCLOSE_INFORMATION)
          .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
          .information(org.sanctuarypolicy.api.InformationCategory.IDENTITY)
          .build();

  private static CliRun run(String stdin, String... args) {
    return CliRun.run(new ByteArrayInputStream(stdin.getBytes(UTF_8)), args);
  }

  private static String lines(List<Request> requests) {
    StringBuilder text = new StringBuilder();
    for (Request request : requests) {
      text.append(PolicyJson.write(request)).append('\n');
    }
    return text.toString();
  }

  @Test
  void evaluate_record_randomRequests_recordsExactlyTheReportableDecisions(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("record.db");
    RandomRequests random = new RandomRequests(20260302L, "r");
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      requests.add(random.next());
    }
    Map<String, Request> reportable = new LinkedHashMap<>();
    for (Request request : requests) {
      if (RecordFiles.reportable(request)) {
        reportable.put(request.requestId(), request);
      }
    }
    assertThat(reportable.size()).isBetween(30, 270); // both kinds are present

    CliRun result =
        run(lines(requests), "evaluate", "--unit", UNIT, "--record", file.toString(), "-");

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    List<String> expected = new ArrayList<>();
    for (Request request : requests) {
      expected.add(PolicyJson.write(POLICY.evaluate(request)));
    }
    assertThat(result.lines()).isEqualTo(expected);
    List<JsonNode> bodies = RecordFiles.bodies(file);
    assertThat(bodies).hasSize(reportable.size());
    Map<String, JsonNode> byRequest = new LinkedHashMap<>();
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode body = bodies.get(i);
      assertThat(body.get("seq").asLong()).isEqualTo(i + 1);
      assertThat(body.get("kind").asText()).isEqualTo("DECISION");
      assertThat(body.get("unit").asText()).isEqualTo(UNIT);
      assertThat(byRequest.put(body.get("requestId").asText(), body)).isNull();
    }
    assertThat(byRequest.keySet()).containsExactlyInAnyOrderElementsOf(reportable.keySet());
    for (Request request : reportable.values()) {
      JsonNode body = byRequest.get(request.requestId());
      assertThat(body.get("decision"))
          .as(request.requestId())
          .isEqualTo(RecordFiles.recordedForm(POLICY.evaluate(request)));
      assertThat(body.get("request")).isEqualTo(PolicyJson.toTree(request));
      assertThat(body.get("nexus").asText()).isEqualTo(POLICY.nexus(request).name());
    }
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      assertThat(record.verify().verified()).isTrue();
    }
  }

  @Test
  void evaluate_record_killedMidStream_everyPrintedDecisionIsOnTheRecord(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("record.db");
    Process process =
        CliRun.inChildJvm("evaluate", "--record", file.toString(), "--unit", UNIT)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Map<String, Request> sent = new ConcurrentHashMap<>();
    Thread writer =
        new Thread(
            () -> {
              RandomRequests random = new RandomRequests(9L, "k");
              try (OutputStream in = process.getOutputStream()) {
                for (int i = 0; i < 1_000_000; i++) {
                  Request request = random.next();
                  sent.put(request.requestId(), request);
                  in.write((PolicyJson.write(request) + "\n").getBytes(UTF_8));
                }
              } catch (IOException e) {
                // Killed: the pipe is gone.
              }
            },
            "evaluate-input");
    writer.setDaemon(true);
    List<String> printed = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      writer.start();
      while (printed.size() < 1_000) {
        String line = out.readLine();
        assertThat(line).as("decision %s", printed.size() + 1).isNotNull();
        printed.add(line);
      }

      // SIGKILL: no shutdown hook, no flush, no rollback. Unlike Process.destroyForcibly(),
      // ProcessHandle's leaves the streams open, so what reached the pipe can still be read.
      assertThat(process.toHandle().destroyForcibly()).isTrue();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        printed.add(line);
      }
    } finally {
      process.destroyForcibly();
    }

    assertThat(printed.size()).isLessThan(1_000_000); // it was stopped mid-stream
    Set<String> recorded = new HashSet<>();
    for (JsonNode body : RecordFiles.bodies(file)) {
      recorded.add(body.get("requestId").asText());
    }
    int reportable = 0;
    for (int i = 0; i < printed.size(); i++) {
      JsonNode decision;
      try {
        decision = RecordFiles.JSON.readTree(printed.get(i));
      } catch (IOException e) {
        // The kill may cut the last line a full buffer left half-written.
        assertThat(i).as("only the last line may be cut").isEqualTo(printed.size() - 1);
        continue;
      }
      Request request = sent.get(decision.get("requestId").asText());
      assertThat(printed.get(i)).isEqualTo(PolicyJson.write(POLICY.evaluate(request)));
      if (RecordFiles.reportable(request)) {
        reportable++;
        assertThat(recorded).as("printed and reportable").contains(request.requestId());
      }
    }
    assertThat(reportable).isGreaterThan(100);
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      assertThat(record.verify().verified()).isTrue();
    }
  }

  @Test
  void evaluate_record_optionsInAnyOrderAndJdbcUrl_recordsAndAppendsToTheSameRecord(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("record.db");
    Path input = dir.resolve("requests.jsonl");
    Files.writeString(input, lines(List.of(ROUTINE, HOLD)));

    CliRun first = run("", "evaluate", "--record=" + file, "--unit=" + UNIT, input.toString());
    CliRun second =
        run("", "evaluate", "--unit", UNIT, "--record", "jdbc:sqlite:" + file, input.toString());

    assertThat(first.code()).isEqualTo(Main.EXIT_OK);
    assertThat(second.code()).isEqualTo(Main.EXIT_OK);
    assertThat(second.lines())
        .containsExactly(
            PolicyJson.write(POLICY.evaluate(ROUTINE)), PolicyJson.write(POLICY.evaluate(HOLD)));
    assertThat(RecordFiles.reportable(ROUTINE)).isFalse();
    assertThat(RecordFiles.bodies(file))
        .extracting(body -> body.get("requestId").asText())
        .containsExactly("hold-1", "hold-1");
  }

  @Test
  void evaluate_recordRefusesAppends_printsWhatCameBeforeAndExitsThree(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"));
    RecordFiles.execute(file, RecordFiles.REFUSE_APPENDS);
    Request later = Request.builderFrom(ROUTINE).requestId("routine-3").build();

    CliRun result =
        run(
            lines(List.of(ROUTINE, HOLD, later)),
            "evaluate",
            "--record",
            file.toString(),
            "--unit",
            UNIT);

    assertThat(result.code()).isEqualTo(Main.EXIT_RECORD_FAILED);
    assertThat(result.lines()).containsExactly(PolicyJson.write(POLICY.evaluate(ROUTINE)));
    assertThat(result.err())
        .startsWith("policy-cli evaluate: input 2: the record could not be written: ")
        .contains("appends refused by the test")
        .contains("nothing was printed for input 2 or any later input")
        .contains("do not act on inputs from input 2 on");
    assertThat(RecordFiles.count(file)).isZero();
  }

  @Test
  void evaluate_recordOnAClosedServer_exitsThreeAndPrintsNothing() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    CliRun result =
        run(
            lines(List.of(HOLD)),
            "evaluate",
            "--record",
            "jdbc:postgresql://127.0.0.1:1/record",
            "--unit",
            UNIT);

    assertThat(result.code()).isEqualTo(Main.EXIT_RECORD_FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .startsWith("policy-cli evaluate: the record at ")
        .contains("cannot be opened");
  }

  @Test
  void evaluate_invalidInputAmongRecordedOnes_skipsItAndExitsTwo(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("record.db");
    String bad = PolicyJson.write(HOLD).replace("HOLD_ON_DETAINER", "FOO");

    CliRun result =
        run(
            PolicyJson.write(HOLD) + "\n" + bad + "\n" + PolicyJson.write(ROUTINE) + "\n",
            "evaluate",
            "--record",
            file.toString(),
            "--unit",
            UNIT);

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.lines())
        .containsExactly(
            PolicyJson.write(POLICY.evaluate(HOLD)), PolicyJson.write(POLICY.evaluate(ROUTINE)));
    assertThat(result.err())
        .contains("input 2 (line 2): action: \"FOO\" is not allowed")
        .contains("1 of 3 inputs was invalid");
    assertThat(RecordFiles.count(file)).isEqualTo(1);
  }

  // ---- bad command lines: exit 2, nothing written ---------------------------------------------

  private static void assertRefused(String expected, String... args) {
    CliRun result = run(lines(List.of(HOLD)), args);

    assertThat(result.code()).as(String.join(" ", args)).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("policy-cli evaluate: " + expected);
  }

  @Test
  void evaluate_recordWithoutUnitOrUnitWithoutRecord_usageErrorCreatesNoFile(@TempDir Path dir) {
    Path file = dir.resolve("record.db");

    assertRefused("--record needs --unit CODE", "evaluate", "--record", file.toString());
    assertRefused("--unit needs --record URL", "evaluate", "--unit", UNIT);
    assertRefused(
        "--unit: \"lockup 18\" is not allowed; allowed: 1 to 64 characters of A-Z, 0-9 and -",
        "evaluate",
        "--record",
        file.toString(),
        "--unit",
        "lockup 18");
    assertRefused(
        "--unit is given twice",
        "evaluate",
        "--record",
        file.toString(),
        "--unit",
        UNIT,
        "--unit",
        UNIT);
    assertRefused(
        "--record comes after -; options come first",
        "evaluate",
        "--unit",
        UNIT,
        "-",
        "--record",
        file.toString());
    assertRefused("--record needs a value", "evaluate", "--unit", UNIT, "--record");
    assertThat(file).doesNotExist();
  }

  @Test
  void evaluate_urlThatIsNoRecord_exitsTwoNamingRecordAndTheAllowedUrls(@TempDir Path dir)
      throws Exception {
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "not a database\n");
    String allowed = "allowed: " + ComplianceRecord.ALLOWED_URLS;

    assertRefused(
        "--record: \"" + text + "\" is not a SQLite database; " + allowed,
        "evaluate",
        "--record",
        text.toString(),
        "--unit",
        UNIT);
    assertRefused(
        "--record: \"jdbc:mysql://x\" is not allowed; " + allowed,
        "evaluate",
        "--record",
        "jdbc:mysql://x",
        "--unit",
        UNIT);
    assertRefused(
        "--record: \"" + dir + "\" is a folder, not a record; " + allowed,
        "evaluate",
        "--record",
        dir.toString(),
        "--unit",
        UNIT);
    assertRefused(
        "--record: \"" + dir.resolve("no/such/record.db") + "\" is in no existing folder",
        "evaluate",
        "--record",
        dir.resolve("no/such/record.db").toString(),
        "--unit",
        UNIT);
    assertThat(Files.readString(text)).isEqualTo("not a database\n");
    assertThat(dir.resolve("no")).doesNotExist();
  }

  @Test
  void evaluate_urlWithPassword_refusedWithoutEchoingIt() {
    CliRun result =
        run(
            lines(List.of(HOLD)),
            "evaluate",
            "--unit",
            UNIT,
            "--record",
            "jdbc:postgresql://db.example/record?user=clerk&password=hunter2");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.err())
        .contains("--record: a URL holding a password is not allowed")
        .contains("PGPASSWORD")
        .doesNotContain("hunter2");
    assertThat(result.out()).isEmpty();
  }
}
