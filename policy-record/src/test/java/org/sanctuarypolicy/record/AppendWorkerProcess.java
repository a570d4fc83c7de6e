package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * An {@link AppendWorker} running as a child JVM, and the checks the fault and concurrency tests
 * make of a record after it.
 *
 * <p>The child runs on the class path: this JVM's class path, its module path (surefire puts this
 * module and its dependencies there) and the directory this class was loaded from (the test
 * classes, which surefire patches into the module). On the class path the module's descriptor is
 * ignored, which is all a child that only appends needs. Its standard output goes to a file, so
 * that every line it flushed before being killed can be read afterwards.
 */
final class AppendWorkerProcess {
  private final Process process;
  private final Path stdout;
  private final Path stderr;
  private final OutputStream stdin;

  private AppendWorkerProcess(Process process, Path stdout, Path stderr) {
    this.process = process;
    this.stdout = stdout;
    this.stderr = stderr;
    this.stdin = process.getOutputStream();
  }

  /**
   * Starts a worker appending to {@code url}.
   *
   * @param dir where its output files go
   * @param jvm the worker's tag in request ids, unique among the workers of one record
   * @param perThread appends per thread, 0 for until stopped or killed
   * @param awaitGo whether the worker waits for {@link #send} of {@code OPEN} and {@code APPEND}
   * @param credentials PostgreSQL user and password, or null
   */
  static AppendWorkerProcess start(
      Path dir,
      String url,
      String jvm,
      int threads,
      int perThread,
      boolean awaitGo,
      @Nullable Properties credentials)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.io.tmpdir=" + dir);
    if (credentials != null) {
      command.add("-Drecord.user=" + credentials.getProperty("user"));
    }
    command.add("-cp");
    command.add(classPath());
    command.add(AppendWorker.class.getName());
    command.add(url);
    command.add(jvm);
    command.add(Integer.toString(threads));
    command.add(Integer.toString(perThread));
    if (awaitGo) {
      command.add("go");
    }
    Path out = dir.resolve("worker-" + jvm + ".out");
    Path err = dir.resolve("worker-" + jvm + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (credentials != null) {
      // In the environment, never on the command line, as DESIGN.md says of the tool.
      builder.environment().put("RECORD_PASSWORD", credentials.getProperty("password"));
    }
    Process process = builder.start();
    return new AppendWorkerProcess(process, out, err);
  }

  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    entries.add(codeRoot());
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      String value = System.getProperty(property);
      if (value != null) {
        for (String entry : value.split(File.pathSeparator)) {
          if (!entry.isEmpty()) {
            entries.add(entry);
          }
        }
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  /** The directory or jar this class was loaded from: the test classes. */
  private static String codeRoot() {
    String name = AppendWorker.class.getName().replace('.', '/') + ".class";
    URL url = AppendWorker.class.getClassLoader().getResource(name);
    if (url == null) {
      url = AppendWorker.class.getResource("AppendWorker.class");
    }
    if (url == null || !url.getProtocol().equals("file")) {
      throw new IllegalStateException("test classes not in a directory: " + url);
    }
    try {
      String path = Path.of(url.toURI()).toString();
      return path.substring(0, path.length() - name.length());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the worker's first line starting with {@code prefix}; fails if it dies first. */
  String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (String line : lines()) {
        if (line.startsWith(prefix)) {
          return line;
        }
      }
      assertThat(process.isAlive())
          .as("worker alive until it prints %s; %s", prefix, diagnostics())
          .isTrue();
      assertThat(System.nanoTime() - deadline)
          .as("worker prints %s within %s; %s", prefix, timeout, diagnostics())
          .isNegative();
      Thread.sleep(10);
    }
  }

  /** How many complete lines start with {@code prefix}. */
  long count(String prefix) throws IOException {
    return lines().stream().filter(line -> line.startsWith(prefix)).count();
  }

  /** Waits until {@code count} lines start with {@code prefix}; fails if the worker dies first. */
  void awaitCount(String prefix, long count, Duration timeout)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count(prefix) < count) {
      assertThat(process.isAlive())
          .as("worker alive until %s lines start with %s; %s", count, prefix, diagnostics())
          .isTrue();
      assertThat(System.nanoTime() - deadline)
          .as("%s lines start with %s within %s; %s", count, prefix, timeout, diagnostics())
          .isNegative();
      Thread.sleep(20);
    }
  }

  /**
   * Sends a line to the worker: {@code OPEN} or {@code APPEND} to one started with {@code awaitGo},
   * {@code STOP} to any.
   */
  void send(String line) throws IOException {
    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the worker with SIGKILL and waits for it to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("killed worker exited").isTrue();
  }

  /** Waits for the worker to end by itself and returns its exit code; kills it after timeout. */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      kill();
      throw new AssertionError("worker did not finish within " + timeout + "; " + diagnostics());
    }
    return process.exitValue();
  }

  /** Ends the worker if it still runs; for {@code finally} blocks. */
  void destroy() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The complete lines the worker wrote: a line cut by a kill has no end and is not counted. */
  List<String> lines() throws IOException {
    String text = Files.readString(stdout, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    if (end < 0) {
      return List.of();
    }
    return List.of(text.substring(0, end).split("\n"));
  }

  /** Every append the worker saw return: requestId to seq. */
  Map<String, Long> acks() throws IOException {
    Map<String, Long> acks = new HashMap<>();
    for (String line : lines()) {
      if (line.startsWith("ACK ")) {
        String[] fields = line.split(" ");
        assertThat(fields).as("ACK line %s", line).hasSize(3);
        Long before = acks.put(fields[2], Long.parseLong(fields[1]));
        assertThat(before).as("request id %s acknowledged once", fields[2]).isNull();
      }
    }
    return acks;
  }

  /** The lines of appends that threw. */
  List<String> failures() throws IOException {
    return lines().stream().filter(line -> line.startsWith("FAIL ")).toList();
  }

  String diagnostics() {
    try {
      String err = Files.readString(stderr, StandardCharsets.UTF_8);
      List<String> out = lines();
      return "stderr: "
          + (err.length() > 4000 ? err.substring(0, 4000) + "..." : err)
          + " last stdout: "
          + out.subList(Math.max(0, out.size() - 5), out.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code request_id} of every entry, by {@code seq}, read with plain SQL. */
  static Map<Long, String> entries(String url, Properties properties) throws SQLException {
    Map<Long, String> entries = new HashMap<>();
    try (Connection connection = ComplianceRecord.dataSource(url, properties).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT seq, request_id FROM record_entry")) {
      while (rows.next()) {
        entries.put(rows.getLong(1), rows.getString(2));
      }
    }
    return entries;
  }

  /**
   * Checks the record after a run: {@code seq} runs 1..N without a gap, every request id is on it
   * once, every acknowledged append is on it at its {@code seq} with its request id, and the record
   * verifies. Returns N.
   */
  static long assertHoldsEveryAcknowledged(
      String url, Properties properties, Map<String, Long> acked) throws SQLException {
    Map<Long, String> entries = entries(url, properties);
    long n = entries.size();
    for (long seq = 1; seq <= n; seq++) {
      assertThat(entries).as("seq %s of 1..%s", seq, n).containsKey(seq);
    }
    assertThat(Set.copyOf(entries.values())).as("every request id once").hasSize(entries.size());
    for (Map.Entry<String, Long> ack : acked.entrySet()) {
      assertThat(entries.get(ack.getValue()))
          .as("acknowledged seq %s", ack.getValue())
          .isEqualTo(ack.getKey());
    }
    try (ComplianceRecord record = ComplianceRecord.open(url, properties)) {
      Verification verification = record.verify();
      assertThat(verification.verified()).as(verification.toString()).isTrue();
      assertThat(verification.entries()).isEqualTo(n);
      assertThat(verification.headSeq()).isEqualTo(n);
    }
    return n;
  }

  /** Every request id on the record, for checking that nothing was written that nobody asked. */
  static Collection<String> requestIds(String url, Properties properties) throws SQLException {
    return entries(url, properties).values();
  }
}
