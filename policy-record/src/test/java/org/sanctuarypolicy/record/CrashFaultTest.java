package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed at any instant loses no entry whose append had returned (DESIGN.md section 11):
 * a child JVM appends from 16 threads, printing each returned {@code seq}, and is killed with
 * SIGKILL at a random instant 100 to 800 ms after its first append returned; the record is then
 * opened again and must hold every printed entry at its {@code seq}, verify, and keep {@code seq}
 * gapless. The rounds share one record, so each round also starts on a record left by a killed
 * writer. (A kill leaves the operating system's cache intact: this checks that nothing is
 * acknowledged before its commit, not that a commit survives a power cut.)
 */
class CrashFaultTest {
  private static final int THREADS = 16;
  private static final Duration FIRST_ACK = Duration.ofSeconds(60);

  @Test
  void append_sqliteWriterKilledAtRandomInstants_losesNoAcknowledgedEntry(@TempDir Path dir)
      throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("record.db");
    killRounds(dir, url, new Properties(), 12);
  }

  @Test
  void append_postgresWriterKilledAtRandomInstants_losesNoAcknowledgedEntry(@TempDir Path dir)
      throws Exception {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();
    killRounds(dir, database.jdbcUrl(), credentials(database), 3);
  }

  static Properties credentials(PostgresServer.Database database) {
    Properties credentials = new Properties();
    credentials.setProperty("user", database.user());
    credentials.setProperty("password", database.password());
    return credentials;
  }

  private static void killRounds(Path dir, String url, Properties credentials, int rounds)
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Map<String, Long> acked = new HashMap<>();
    for (int round = 1; round <= rounds; round++) {
      Path roundDir = Files.createDirectories(dir.resolve("round-" + round));
      AppendWorkerProcess worker =
          AppendWorkerProcess.start(
              roundDir,
              url,
              Integer.toString(round),
              THREADS,
              0,
              false,
              credentials.isEmpty() ? null : credentials);
      int delay = 100 + random.nextInt(701);
      try {
        worker.awaitLine("ACK ", FIRST_ACK);
        Thread.sleep(delay);
        assertThat(worker.isAlive())
            .as(
                "round %s (seed %s): worker appending until killed; %s",
                round, seed, worker.diagnostics())
            .isTrue();
        worker.kill();
      } finally {
        worker.destroy();
      }
      assertThat(worker.failures())
          .as("round %s (seed %s): appends that threw", round, seed)
          .isEmpty();
      Map<String, Long> roundAcks = worker.acks();
      acked.putAll(roundAcks);
      long entries = AppendWorkerProcess.assertHoldsEveryAcknowledged(url, credentials, acked);
      System.out.printf(
          "crash round %d (seed %d): killed %d ms after the first ack, %d acknowledged,"
              + " %d on the record%n",
          round, seed, delay, roundAcks.size(), entries);
    }
  }
}
