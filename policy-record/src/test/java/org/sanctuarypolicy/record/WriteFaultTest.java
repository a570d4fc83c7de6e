package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * When the record cannot be written, the caller gets a {@link RecordException} and no decision
 * (DESIGN.md section 11), nothing acknowledged is lost, and the same record appends again once the
 * database takes writes: the Appender drops a failed connection and connects anew for the next
 * batch.
 *
 * <p>A refused append may still be on the record: when PostgreSQL commits and the connection is cut
 * before the answer arrives, the caller gets a {@link RecordException} (and must not act) for an
 * entry that is there. The tests allow that, and nothing else: every entry on the record was either
 * acknowledged at its {@code seq} or refused.
 */
class WriteFaultTest {
  private static final int THREADS = 16;
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String UNIT = "CPD-LOCKUP-018";

  @Test
  void decide_postgresServerStoppedMidRun_refusesThenRecoversLosingNothing() throws Exception {
    serverDownMidRun("server stopped", PostgresServer::stop);
  }

  /** Immediate shutdown, as a crash: the restarted server replays its write-ahead log. */
  @Test
  void decide_postgresServerCrashedMidRun_refusesThenRecoversLosingNothing() throws Exception {
    serverDownMidRun("server crashed", PostgresServer::crash);
  }

  private static void serverDownMidRun(String test, Consumer<PostgresServer> down)
      throws Exception {
    PostgresServer server = PostgresServer.shared();
    PostgresServer.Database database = server.newDatabase();
    Properties credentials = CrashFaultTest.credentials(database);
    Callers callers;
    try (ComplianceRecord record = ComplianceRecord.open(database.jdbcUrl(), credentials)) {
      callers = new Callers(RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT));
      try {
        callers.awaitAcks(200);
        try {
          down.accept(server);
          long acksWhileDown = callers.acks.size();
          callers.awaitFailures(callers.failed.size() + THREADS);
          assertThat(callers.acks)
              .as("acknowledged while the server was down")
              .hasSize((int) acksWhileDown);
        } finally {
          server.start();
        }
        callers.awaitAcks(callers.acks.size() + 200);
      } finally {
        callers.stop();
      }
    }
    callers.assertOnRecord(test, database.jdbcUrl(), credentials);
  }

  @Test
  void decide_backendsTerminatedUnderneath_failsOrSucceedsNeverSilentlyAndRecovers()
      throws Exception {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(database.jdbcUrl());
    dataSource.setUser(database.user());
    dataSource.setPassword(database.password());
    dataSource.setApplicationName("record-under-test");
    Callers callers;
    try (ComplianceRecord record = ComplianceRecord.open(dataSource);
        Connection admin = database.connect()) {
      callers = new Callers(RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT));
      try {
        long failuresBefore = callers.failed.size();
        for (int round = 0; round < 5; round++) {
          callers.awaitAcks(callers.acks.size() + 100);
          assertThat(terminateBackends(admin, "record-under-test"))
              .as("backends of the record terminated")
              .isPositive();
        }
        // A backend terminated during a commit that went through is answered from the record
        // (LostCommitTest), so not every round refuses; five rounds in a row always did.
        callers.awaitFailures(failuresBefore + 1);
        callers.awaitAcks(callers.acks.size() + 100);
      } finally {
        callers.stop();
      }
    }
    callers.assertOnRecord(
        "backends terminated", database.jdbcUrl(), CrashFaultTest.credentials(database));
  }

  @Test
  void decide_sqliteOpenedReadOnly_throwsRecordExceptionAndWritesNothing(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("record.db");
    try (ComplianceRecord record = ComplianceRecord.open(url)) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT);
      for (int n = 1; n <= 3; n++) {
        assertThat(policy.decide(AppendWorker.request("before-" + n)).seq()).hasValue(n);
      }
    }
    SQLiteConfig readOnly = new SQLiteConfig();
    readOnly.setReadOnly(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(readOnly);
    dataSource.setUrl(url);
    try (ComplianceRecord record = ComplianceRecord.open(dataSource)) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT);
      assertThatThrownBy(() -> policy.decide(AppendWorker.request("refused-1")))
          .isInstanceOf(RecordException.class);
      assertThatThrownBy(() -> policy.evaluate(AppendWorker.request("refused-2")))
          .isInstanceOf(RecordException.class);
      assertThatThrownBy(() -> record.recordOutcome(Outcome.of(1, OutcomeType.RELEASED)))
          .isInstanceOf(RecordException.class);
      Verification verification = record.verify();
      assertThat(verification.verified()).as(verification.toString()).isTrue();
      assertThat(verification.entries()).isEqualTo(3);
    }
    assertThat(AppendWorkerProcess.entries(url, new Properties()))
        .containsExactlyInAnyOrderEntriesOf(Map.of(1L, "before-1", 2L, "before-2", 3L, "before-3"));
    try (ComplianceRecord record = ComplianceRecord.open(url)) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT);
      assertThat(policy.decide(AppendWorker.request("after")).seq()).hasValue(4);
      assertThat(record.verify().verified()).isTrue();
    }
  }

  /**
   * The files of a SQLite record stop taking writes (immutable, {@code chattr +i}, which binds root
   * too) while a child JVM appends, then take them again. The appender runs in a child because
   * SQLite maps its {@code -shm} file into memory: had that file been made immutable too, a write
   * to the mapping would kill the process with SIGBUS, which must not be the test JVM. Only the
   * database and its write-ahead log are made immutable, and they are always released.
   */
  @Test
  void decide_sqliteFilesMadeImmutableMidRun_refusesThenRecoversLosingNothing(@TempDir Path dir)
      throws Exception {
    assumeThat(chattr("-i", dir)).as("chattr works here").isZero();
    String url = "jdbc:sqlite:" + dir.resolve("record.db");
    List<Path> files = List.of(dir.resolve("record.db"), dir.resolve("record.db-wal"));
    AppendWorkerProcess worker = AppendWorkerProcess.start(dir, url, "1", THREADS, 0, false, null);
    try {
      worker.awaitCount("ACK ", 200, WAIT);
      try {
        for (Path file : files) {
          assertThat(chattr("+i", file)).as("chattr +i %s", file).isZero();
        }
        worker.awaitCount("FAIL ", THREADS, WAIT);
        long acksWhileImmutable = worker.count("ACK ");
        worker.awaitCount("FAIL ", worker.count("FAIL ") + THREADS, WAIT);
        assertThat(worker.count("ACK "))
            .as("acknowledged while the files refused writes")
            .isEqualTo(acksWhileImmutable);
      } finally {
        for (Path file : files) {
          chattr("-i", file);
        }
      }
      worker.awaitCount("ACK ", worker.count("ACK ") + 200, WAIT);
      worker.send("STOP");
      assertThat(worker.awaitExit(WAIT)).as("exit code: some appends failed").isEqualTo(1);
    } finally {
      worker.destroy();
    }

    Map<String, Long> acks = worker.acks();
    Set<String> failed = new HashSet<>();
    for (String line : worker.failures()) {
      String[] fields = line.split(" ", 3);
      assertThat(fields[2])
          .as("a refused append's exception")
          .startsWith(RecordException.class.getName() + ": ");
      failed.add(fields[1]);
    }
    AppendWorkerProcess.assertHoldsEveryAcknowledged(url, new Properties(), acks);
    Set<String> asked = new HashSet<>(acks.keySet());
    asked.addAll(failed);
    assertThat(asked).containsAll(AppendWorkerProcess.requestIds(url, new Properties()));
    System.out.printf(
        "files immutable: %d acknowledged, %d refused, %d on the record%n",
        acks.size(), failed.size(), AppendWorkerProcess.requestIds(url, new Properties()).size());
  }

  private static int chattr(String flag, Path file) throws IOException, InterruptedException {
    Process process;
    try {
      process =
          new ProcessBuilder("chattr", flag, file.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      return -1; // No chattr on the PATH.
    }
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static int terminateBackends(Connection admin, String applicationName)
      throws SQLException {
    try (Statement statement = admin.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND application_name = '"
                    + applicationName
                    + "'")) {
      row.next();
      return row.getInt(1);
    }
  }

  /**
   * Sixteen threads deciding reportable requests until stopped, keeping what each call gave: an
   * acknowledged {@code seq}, a {@link RecordException}, or anything else (a defect).
   */
  private static final class Callers {
    final Map<String, Long> acks = new ConcurrentHashMap<>();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong next = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    Callers(RecordingPolicy policy) {
      for (int t = 0; t < THREADS; t++) {
        Thread thread = new Thread(() -> call(policy), "caller-" + t);
        thread.start();
        threads.add(thread);
      }
    }

    private void call(RecordingPolicy policy) {
      while (!stopped.get()) {
        String requestId = "fault-" + next.incrementAndGet();
        try {
          Recorded recorded = policy.decide(AppendWorker.request(requestId));
          if (recorded.seq().isPresent()) {
            acks.put(requestId, recorded.seq().getAsLong());
          } else {
            unexpected.add(requestId + ": a reportable decision returned without a seq");
          }
        } catch (RecordException e) {
          failed.add(requestId);
          try {
            Thread.sleep(2); // The database is down: no need to spin.
          } catch (InterruptedException interrupted) {
            return;
          }
        } catch (RuntimeException e) {
          unexpected.add(requestId + ": " + e);
        }
      }
    }

    void awaitAcks(long count) throws InterruptedException {
      await(acks::size, count, "acknowledged appends");
    }

    void awaitFailures(long count) throws InterruptedException {
      await(failed::size, count, "appends refused with RecordException");
    }

    private void await(LongSupplier value, long count, String what) throws InterruptedException {
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (value.getAsLong() < count) {
        assertThat(unexpected).as("calls that gave neither a seq nor a RecordException").isEmpty();
        assertThat(System.nanoTime() - deadline)
            .as("%s reach %s within %s (at %s)", what, count, WAIT, value.getAsLong())
            .isNegative();
        Thread.sleep(5);
      }
    }

    void stop() throws InterruptedException {
      stopped.set(true);
      for (Thread thread : threads) {
        thread.join(WAIT.toMillis());
        assertThat(thread.isAlive()).as("%s ended", thread.getName()).isFalse();
      }
    }

    /**
     * Every call gave a seq or a RecordException; every acknowledged entry is on the record at its
     * seq; the record verifies with seq gapless; and every entry on it was asked for (a refused
     * append may still be on it when the commit reached the database but its answer did not).
     */
    void assertOnRecord(String test, String url, Properties properties) throws SQLException {
      assertThat(unexpected).as("calls that gave neither a seq nor a RecordException").isEmpty();
      assertThat(failed).as("appends refused with RecordException").isNotEmpty();
      assertThat(Set.copyOf(acks.values())).as("no seq given twice").hasSize(acks.size());
      AppendWorkerProcess.assertHoldsEveryAcknowledged(url, properties, new HashMap<>(acks));
      Set<String> asked = new HashSet<>(acks.keySet());
      asked.addAll(failed);
      assertThat(asked).containsAll(AppendWorkerProcess.requestIds(url, properties));
      System.out.printf(
          "%s: %d acknowledged, %d refused, %d on the record%n",
          test, acks.size(), failed.size(), AppendWorkerProcess.requestIds(url, properties).size());
    }
  }
}
