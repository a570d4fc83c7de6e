package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many processes sharing one database append to one record (DESIGN.md section 11): two child JVMs
 * of 16 threads each open the same new database at the same moment (both run the schema migration,
 * and must end with one record id), then append a fixed number of entries each, again released
 * together. Every append must return, and the record must then hold exactly those entries at the
 * {@code seq} each was given, 1..N without a gap, and verify.
 */
class MultiJvmConcurrencyTest {
  private static final int JVMS = 2;
  private static final int THREADS = 16;
  private static final int PER_THREAD = 32;
  private static final Duration STARTED = Duration.ofSeconds(60);
  private static final Duration RUN = Duration.ofSeconds(90);

  @Test
  void append_twoJvmsOnOnePostgresDatabase_keepsSeqGaplessAndEveryEntryOnce(@TempDir Path dir)
      throws Exception {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();
    List<LongSummaryStatistics> seqs =
        appendFromTwoJvms(dir, database.jdbcUrl(), CrashFaultTest.credentials(database));

    // The JVMs really appended at the same time: PostgreSQL queues waiters for the row lock, so
    // their seqs interleave. (SQLite's waiters sleep and poll, and one JVM may well finish first.)
    LongSummaryStatistics first = seqs.get(0);
    LongSummaryStatistics second = seqs.get(1);
    assertThat(first.getMin()).as("JVM 1 %s, JVM 2 %s", first, second).isLessThan(second.getMax());
    assertThat(second.getMin()).as("JVM 1 %s, JVM 2 %s", first, second).isLessThan(first.getMax());
  }

  @Test
  void append_twoJvmsOnOneSqliteFile_keepsSeqGaplessAndEveryEntryOnce(@TempDir Path dir)
      throws Exception {
    appendFromTwoJvms(dir, "jdbc:sqlite:" + dir.resolve("record.db"), new Properties());
  }

  /** Runs the two JVMs and checks the record; returns the statistics of each JVM's seqs. */
  private static List<LongSummaryStatistics> appendFromTwoJvms(
      Path dir, String url, Properties credentials) throws Exception {
    List<AppendWorkerProcess> workers = new ArrayList<>();
    try {
      for (int jvm = 1; jvm <= JVMS; jvm++) {
        workers.add(
            AppendWorkerProcess.start(
                dir,
                url,
                Integer.toString(jvm),
                THREADS,
                PER_THREAD,
                true,
                credentials.isEmpty() ? null : credentials));
      }
      for (AppendWorkerProcess worker : workers) {
        worker.awaitLine("STARTED", STARTED);
      }
      for (AppendWorkerProcess worker : workers) {
        worker.send("OPEN");
      }
      for (AppendWorkerProcess worker : workers) {
        worker.awaitLine("READY ", STARTED);
      }
      for (AppendWorkerProcess worker : workers) {
        worker.send("APPEND");
      }
      for (AppendWorkerProcess worker : workers) {
        assertThat(worker.awaitExit(RUN)).as("exit code; %s", worker.diagnostics()).isZero();
      }
    } finally {
      workers.forEach(AppendWorkerProcess::destroy);
    }

    Set<String> readyLines = new HashSet<>();
    for (AppendWorkerProcess worker : workers) {
      readyLines.add(worker.awaitLine("READY ", Duration.ZERO));
    }
    assertThat(readyLines).as("one record id for all JVMs").hasSize(1);

    Map<String, Long> acked = new HashMap<>();
    List<LongSummaryStatistics> seqsByJvm = new ArrayList<>();
    for (AppendWorkerProcess worker : workers) {
      assertThat(worker.failures()).isEmpty();
      Map<String, Long> acks = worker.acks();
      assertThat(acks).hasSize(THREADS * PER_THREAD);
      acked.putAll(acks);
      seqsByJvm.add(acks.values().stream().mapToLong(Long::longValue).summaryStatistics());
    }
    assertThat(acked).as("request ids distinct across JVMs").hasSize(JVMS * THREADS * PER_THREAD);
    assertThat(acked.values()).as("no seq given twice").doesNotHaveDuplicates();

    long entries = AppendWorkerProcess.assertHoldsEveryAcknowledged(url, credentials, acked);
    assertThat(entries).isEqualTo(JVMS * THREADS * PER_THREAD);

    return seqsByJvm;
  }
}
