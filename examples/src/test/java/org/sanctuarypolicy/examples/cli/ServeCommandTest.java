package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/** The {@code serve} command: its command line, its output, and its stop on a shutdown hook. */
class ServeCommandTest {
  private static final String USAGE =
      "usage: java -jar policy-cli.jar serve [--port N] [--bind ADDR]";
  private static final Pattern LISTENING =
      Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+))\n");
  private static final Pattern RECORDING =
      Pattern.compile(
          "listening on (http://127\\.0\\.0\\.1:\\d+)\nrecording on record [0-9a-f-]{36} for unit"
              + " CPD-LOCKUP-018; POST /v1/outcomes records outcomes\n");

  private static final Request TRANSFER =
      Request.builder()
          .requestId("transfer-1")
          .action(Action.TRANSFER_CUSTODY)
          .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
          .build();
  private static final byte[] TRANSFER_JSON = PolicyJson.write(TRANSFER).getBytes(UTF_8);
  private static final String TRANSFER_DECISION =
      PolicyJson.write(SanctuaryPolicy.chicago().evaluate(TRANSFER));

  private static void assertUsageError(String expected, String... args) {
    CliRun result = CliRun.run(args);

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("policy-cli serve: " + expected).contains(USAGE);
  }

  // ---- the command line ----------------------------------------------------------------------

  @Test
  void run_badPort_usageErrorExitsTwo() {
    String allowed = "\" is not allowed; allowed: a number from 0 to 65535 (0 picks a free port)";
    assertUsageError("--port: \"abc" + allowed, "serve", "--port", "abc");
    assertUsageError("--port: \"65536" + allowed, "serve", "--port", "65536");
    assertUsageError("--port: \"-1" + allowed, "serve", "--port=-1");
    assertUsageError("--port: \"" + allowed, "serve", "--port=");
    assertUsageError("--port: \"99999999999" + allowed, "serve", "--port", "99999999999");
  }

  @Test
  void run_badOptions_usageErrorExitsTwo() {
    assertUsageError("unknown option: --verbose", "serve", "--verbose");
    assertUsageError("unknown option: -p", "serve", "-p", "8080");
    assertUsageError("unexpected argument: 8080", "serve", "8080");
    assertUsageError("--port needs a value", "serve", "--port");
    assertUsageError("--bind needs a value", "serve", "--port", "0", "--bind");
    assertUsageError("--port is given twice", "serve", "--port", "0", "--port=1");
  }

  @Test
  void run_bindNotAnIpAddress_usageErrorWithoutAskingANameServer() {
    String allowed =
        "\" is not allowed; allowed: an IP address such as 127.0.0.1, ::1 or 0.0.0.0, or localhost";
    assertUsageError("--bind: \"example.org" + allowed, "serve", "--bind", "example.org");
    assertUsageError("--bind: \"256.0.0.1" + allowed, "serve", "--bind", "256.0.0.1");
  }

  @Test
  void run_portInUse_reportedExitsTwo() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun result = CliRun.run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
      assertThat(result.out()).isEmpty();
      assertThat(result.err())
          .startsWith("policy-cli serve: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ")
          .doesNotContain("Exception");
    }
  }

  @Test
  void run_recordWithoutUnitOrBadUnit_usageErrorExitsTwoAndCreatesNoRecord(@TempDir Path dir) {
    String record = dir.resolve("record.db").toString();

    assertUsageError("--record needs --unit CODE", "serve", "--port", "0", "--record", record);
    assertUsageError("--unit needs --record URL", "serve", "--unit", "CPD-LOCKUP-018");
    assertUsageError(
        "--unit: \"cpd\" is not allowed; allowed: 1 to 64 characters of A-Z, 0-9 and -",
        "serve",
        "--record",
        record,
        "--unit",
        "cpd");
    assertUsageError("--unit is given twice", "serve", "--unit", "A", "--unit=B");
    assertThat(dir.resolve("record.db")).doesNotExist();
  }

  @Test
  void run_recordThatIsNoDatabase_exitsTwoNamingRecord(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello\n");

    CliRun result =
        CliRun.run("serve", "--port", "0", "--record", text.toString(), "--unit", "U-1");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .contains("policy-cli serve: --record: \"" + text + "\" is not a SQLite database");
  }

  @Test
  void run_withRecord_recordsDecisionsAndOutcomesAndClosesTheRecordOnItsHook(@TempDir Path dir)
      throws Exception {
    Path record = dir.resolve("record.db");
    List<Thread> hooks = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CompletableFuture<Integer> code =
        CompletableFuture.supplyAsync(
            () ->
                new ServeCommand(hooks::add)
                    .run(
                        List.of(
                            "--port=0", "--unit", "CPD-LOCKUP-018", "--record", record.toString()),
                        InputStream.nullInputStream(),
                        new PrintStream(out, true, UTF_8),
                        new PrintStream(err, true, UTF_8)));
    try {
      Matcher listening = awaitOutput(out, RECORDING);
      URI base = URI.create(listening.group(1));
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> decision =
          client.send(
              HttpRequest.newBuilder(base.resolve("/v1/decisions"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(PolicyJson.write(SampleRequests.HOLD)))
                  .build(),
              BodyHandlers.ofString());
      HttpResponse<String> outcome =
          client.send(
              HttpRequest.newBuilder(base.resolve("/v1/outcomes"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":1,\"outcome\":\"RELEASED\"}"))
                  .build(),
              BodyHandlers.ofString());
      assertThat(decision.statusCode()).isEqualTo(200);
      assertThat(outcome.statusCode()).isEqualTo(201);
      assertThat(outcome.body()).isEqualTo("{\"seq\":2}");

      hooks.get(0).start();
      hooks.get(0).join(TimeUnit.SECONDS.toMillis(10));

      assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo(Main.EXIT_OK);
      assertThat(out.toString(UTF_8)).endsWith("stopped\n");
      assertThat(RecordFiles.count(record)).isEqualTo(2);
      assertThat(CliRun.run("record", "verify", "--record", record.toString()).code())
          .isEqualTo(Main.EXIT_OK);
    } finally {
      for (Thread hook : hooks) {
        if (hook.getState() == Thread.State.NEW) {
          hook.start();
        }
      }
    }
  }

  @Test
  void help_listsServe() {
    CliRun result = CliRun.run("--help");

    assertThat(result.out()).contains("serve [--port N] [--bind ADDR]").contains("/v1/decisions");
  }

  // ---- serving, in-process -------------------------------------------------------------------

  @Test
  void run_portZero_printsTheAddressServesAndStopsOnItsShutdownHook() throws Exception {
    List<Thread> hooks = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CompletableFuture<Integer> code =
        CompletableFuture.supplyAsync(
            () ->
                new ServeCommand(hooks::add)
                    .run(
                        List.of("--bind=localhost", "--port=0"),
                        InputStream.nullInputStream(),
                        new PrintStream(out, true, UTF_8),
                        new PrintStream(err, true, UTF_8)));
    try {
      Matcher listening = awaitOutput(out, LISTENING);
      URI base = URI.create(listening.group(1));
      assertThat(Integer.parseInt(listening.group(2))).isPositive();
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpResponse<String> health =
          client.send(
              HttpRequest.newBuilder(base.resolve("/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(hooks).hasSize(1);
      assertThat(code).isNotDone();

      hooks.get(0).start();
      hooks.get(0).join(TimeUnit.SECONDS.toMillis(10));

      assertThat(code.get(10, TimeUnit.SECONDS)).isEqualTo(Main.EXIT_OK);
      assertThat(out.toString(UTF_8))
          .isEqualTo(
              listening.group(0)
                  + "stopping: finishing the requests in flight (at most 5 s)\nstopped\n");
      assertThat(err.toString(UTF_8)).isEmpty();
    } finally {
      for (Thread hook : hooks) {
        if (hook.getState() == Thread.State.NEW) {
          hook.start();
        }
      }
    }
  }

  private static Matcher awaitOutput(ByteArrayOutputStream out, Pattern pattern)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Matcher matcher = pattern.matcher(out.toString(UTF_8));
      if (matcher.find()) {
        return matcher;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no " + pattern + " in: " + out.toString(UTF_8));
  }

  // ---- serving, in a separate JVM stopped by SIGTERM ----------------------------------------

  @Test
  void serve_sigterm_letsTheRequestInFlightFinishThenExits() throws Exception {
    Process process =
        CliRun.inChildJvm("serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BlockingQueue<String> lines = lines(process.getInputStream());
      String first = lines.poll(30, TimeUnit.SECONDS);
      assertThat(first).startsWith("listening on http://127.0.0.1:");
      URI base = URI.create(first.substring("listening on ".length()));
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", base.getPort());
      try (RawHttp raw = RawHttp.connect(address)) {
        raw.send(RawHttp.postHead(TRANSFER_JSON.length))
            .send(Arrays.copyOfRange(TRANSFER_JSON, 0, 10));
        // Let the server's dispatcher hand the half-sent request to a worker.
        Thread.sleep(300);

        // SIGTERM; unlike Process.destroy(), ProcessHandle.destroy() leaves the streams open.
        assertThat(process.toHandle().destroy()).isTrue();

        assertThat(lines.poll(10, TimeUnit.SECONDS)).startsWith("stopping");
        raw.send(Arrays.copyOfRange(TRANSFER_JSON, 10, TRANSFER_JSON.length));
        RawHttp.Response response = raw.read();
        assertThat(response.status).isEqualTo(200);
        assertThat(response.body).isEqualTo(TRANSFER_DECISION);
      }
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(143); // 128 + SIGTERM, as for any JVM
      assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * Ctrl-C: the same orderly stop, and the status any JVM stopped by SIGINT has. A child whose
   * parent left SIGINT ignored (as a shell does for a background job) cannot be stopped by it; the
   * test then does not apply, which {@code /proc/PID/status} tells.
   */
  @Test
  void serve_sigint_stopsAndExitsWith130() throws Exception {
    Process process =
        CliRun.inChildJvm("serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      BlockingQueue<String> lines = lines(process.getInputStream());
      assertThat(lines.poll(30, TimeUnit.SECONDS)).startsWith("listening on http://127.0.0.1:");
      Path status = Path.of("/proc", Long.toString(process.pid()), "status");
      Assumptions.assumeTrue(Files.isReadable(status), "no /proc on this system");
      long ignored =
          Files.readAllLines(status).stream()
              .filter(line -> line.startsWith("SigIgn:"))
              .mapToLong(line -> Long.parseUnsignedLong(line.substring(7).trim(), 16))
              .findFirst()
              .orElse(0);
      Assumptions.assumeTrue((ignored & 0x2) == 0, "SIGINT is ignored in this process tree");

      Process kill =
          new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

      assertThat(lines.poll(10, TimeUnit.SECONDS)).startsWith("stopping");
      assertThat(process.waitFor(15, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isEqualTo(130); // 128 + SIGINT, as for any JVM
      assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("stopped");
    } finally {
      process.destroyForcibly();
    }
  }

  /** The lines of a stream, read by a daemon thread into a queue. */
  private static BlockingQueue<String> lines(InputStream in) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader text = new BufferedReader(new InputStreamReader(in, UTF_8))) {
                for (String line = text.readLine(); line != null; line = text.readLine()) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // The process ended.
              }
            },
            "serve-output");
    reader.setDaemon(true);
    reader.start();
    return lines;
  }
}
