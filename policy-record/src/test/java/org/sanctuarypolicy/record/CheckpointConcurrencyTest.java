package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * A unit signs checkpoints while its desks append: every checkpoint is written, names an entry of
 * the chain, and verifies with the unit's key.
 */
class CheckpointConcurrencyTest {
  private static final int THREADS = 8;
  private static final int CHECKPOINTS = 6;

  @Test
  void checkpoint_whileAppendingToSqlite_writesEveryCheckpointAndVerifies(@TempDir Path dir)
      throws Exception {
    signWhileAppending(dir, "jdbc:sqlite:" + dir.resolve("record.db"), new Properties());
  }

  @Test
  void checkpoint_whileAppendingToPostgres_writesEveryCheckpointAndVerifies(@TempDir Path dir)
      throws Exception {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();
    signWhileAppending(dir, database.jdbcUrl(), CrashFaultTest.credentials(database));
  }

  private static void signWhileAppending(Path dir, String url, Properties credentials)
      throws Exception {
    KeyPair keys = Keys.generate(dir.resolve("keys"));
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicLong acks = new AtomicLong();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    Set<Long> signedSeqs = new HashSet<>();
    try (ComplianceRecord record = ComplianceRecord.open(url, credentials)) {
      RecordingPolicy policy =
          RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-LOCKUP-018");
      policy.decide(AppendWorker.request("first"));
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Thread appender =
            new Thread(
                () -> {
                  for (int n = 0; !stopped.get(); n++) {
                    try {
                      policy.decide(AppendWorker.request("t" + thread + "-" + n));
                      acks.incrementAndGet();
                    } catch (RuntimeException e) {
                      failures.add(e);
                    }
                  }
                });
        appender.start();
        threads.add(appender);
      }
      try {
        for (int i = 0; i < CHECKPOINTS; i++) {
          long before = acks.get();
          while (acks.get() < before + 20 && failures.isEmpty()) {
            Thread.sleep(1);
          }
          signedSeqs.add(record.checkpoint(keys).seq());
        }
      } finally {
        stopped.set(true);
        for (Thread thread : threads) {
          thread.join();
        }
      }
      assertThat(failures).as("appends that threw").isEmpty();
      Verification verification = record.verify(keys.getPublic());
      assertThat(verification.verified()).as(verification.toString()).isTrue();
      assertThat(verification.checkpointsSigned()).isEqualTo(signedSeqs.size());
      assertThat(signedSeqs).as("checkpoints of a growing chain").hasSize(CHECKPOINTS);
    }
  }
}
