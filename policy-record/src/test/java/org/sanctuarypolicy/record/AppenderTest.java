package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's connection on SQLite: kept between appends, replaced after a failed transaction,
 * released on close; and the writer thread, which never keeps the JVM alive.
 */
class AppenderTest {
  @TempDir Path dir;

  private TrackingDataSource tracking() {
    return new TrackingDataSource(Store.sqlite("jdbc:sqlite:" + dir.resolve("record.db")));
  }

  @Test
  void close_afterAppendsVerifyCheckpointAndReport_everyConnectionClosed() {
    TrackingDataSource source = tracking();
    ComplianceRecord record = ComplianceRecord.open(source);
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    long seq = policy.decide(Fixtures.detainer("lockup-1")).seq().orElseThrow();
    record.recordOutcome(Outcome.of(seq, OutcomeType.RELEASED));
    record.checkpoint(Fixtures.ed25519());
    record.report(ReportKind.QUARTERLY, Period.parse("2026-Q1"), Set.of());
    assertThat(record.verify().headSeq()).isEqualTo(2);
    assertThat(source.open()).isEqualTo(1); // the writer's

    record.close();

    assertThat(source.open()).isZero();
  }

  @Test
  void append_transactionFails_itsConnectionIsClosedAndTheNextAppendTakesANewOne()
      throws SQLException {
    TrackingDataSource source = tracking();
    try (ComplianceRecord record = ComplianceRecord.open(source)) {
      try (Tamperer sql = new Tamperer(source.getConnection())) {
        sql.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON record_entry"
                + " WHEN NEW.request_id LIKE 'refused%'"
                + " BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
      }
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
      assertThat(policy.decide(Fixtures.detainer("lockup-1")).seq()).hasValue(1);
      int writers = source.handedOut();
      assertThat(source.open()).isEqualTo(1);

      assertThatThrownBy(() -> policy.decide(Fixtures.detainer("refused-1")))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("refused by the database");
      assertThat(source.open()).isZero();

      assertThat(policy.decide(Fixtures.detainer("lockup-2")).seq()).hasValue(2);
      assertThat(policy.decide(Fixtures.detainer("lockup-3")).seq()).hasValue(3);
      assertThat(source.handedOut()).isEqualTo(writers + 1);
      assertThat(record.verify().verified()).isTrue();
    }
  }

  @Test
  void open_fromAThreadThatIsNoDaemon_writerThreadIsADaemon() throws Exception {
    // A thread inherits whether it is a daemon from the thread that makes it.
    FutureTask<ComplianceRecord> opening =
        new FutureTask<>(() -> ComplianceRecord.open(tracking()));
    Thread opener = new Thread(opening);
    opener.setDaemon(false);
    opener.start();
    ComplianceRecord record = opening.get(30, TimeUnit.SECONDS);
    try {
      List<Thread> writers =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> thread.getName().equals("compliance-record-writer"))
              .toList();

      assertThat(writers).isNotEmpty().allSatisfy(thread -> assertThat(thread.isDaemon()).isTrue());
    } finally {
      record.close();
    }
  }

  @Test
  void close_nothingAppended_takesNoConnection() {
    TrackingDataSource source = tracking();
    ComplianceRecord record = ComplianceRecord.open(source);
    int opened = source.handedOut();

    record.close();

    assertThat(source.handedOut()).isEqualTo(opened);
    assertThat(source.open()).isZero();
  }

  /**
   * An append handed over while the writer is busy, then {@code close()}: the writer takes the
   * waiting entry and the stop together, appends the entry, and only then stops. The writer is held
   * inside {@code getConnection} for its first batch, and the other threads are known to wait
   * (their entry or the stop handed over) before it is let go: no timing is involved.
   */
  @Test
  void close_whileAnAppendWaitsForTheWriter_appendsItBeforeStopping() throws Exception {
    try (ComplianceRecord warm =
        ComplianceRecord.open(Store.sqlite("jdbc:sqlite:" + dir.resolve("warm.db")))) {
      // Loads the classes the threads below use, so that none of them waits on class loading.
      RecordingPolicy.of(Fixtures.CHICAGO, warm, Fixtures.UNIT).decide(Fixtures.detainer("w"));
    }
    TrackingDataSource source = tracking();
    ComplianceRecord record = ComplianceRecord.open(source);
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    source.holdNextConnection(entered, release);

    FutureTask<Recorded> first = new FutureTask<>(() -> policy.decide(Fixtures.detainer("d-1")));
    new Thread(first).start();
    assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue(); // the writer took d-1
    FutureTask<Recorded> second = new FutureTask<>(() -> policy.decide(Fixtures.detainer("d-2")));
    Thread secondThread = new Thread(second);
    secondThread.start();
    awaitWaiting(secondThread); // d-2 is in the queue
    Thread closing = new Thread(record::close);
    closing.start();
    awaitWaiting(closing); // the stop is in the queue behind d-2
    release.countDown();

    assertThat(first.get(30, TimeUnit.SECONDS).seq()).hasValue(1);
    assertThat(second.get(30, TimeUnit.SECONDS).seq()).hasValue(2);
    closing.join();
    assertThat(source.open()).isZero();
    try (ComplianceRecord reopened = ComplianceRecord.open(source)) {
      assertThat(reopened.verify().entries()).isEqualTo(2);
    }
  }

  /**
   * A decision and an outcome about an earlier decision, appended in one transaction: the outcome
   * takes the unit and request id of the decision it names, not of the one beside it. The writer is
   * held inside {@code getConnection} (taken anew after a refused append) while both wait.
   */
  @Test
  void recordOutcome_inOneTransactionWithANewDecision_takesItsOwnDecisionsRequestId()
      throws Exception {
    TrackingDataSource source = tracking();
    try (ComplianceRecord record = ComplianceRecord.open(source);
        Tamperer sql = new Tamperer(source.getConnection())) {
      sql.execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON record_entry"
              + " WHEN NEW.request_id LIKE 'refused%'"
              + " BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
      policy.decide(Fixtures.detainer("d-1"));
      policy.decide(Fixtures.detainer("d-2"));
      assertThatThrownBy(() -> policy.decide(Fixtures.detainer("refused-1")))
          .isInstanceOf(RecordException.class); // the writer lets its connection go
      CountDownLatch entered = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      source.holdNextConnection(entered, release);

      FutureTask<Recorded> third = new FutureTask<>(() -> policy.decide(Fixtures.detainer("d-3")));
      new Thread(third).start();
      assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue(); // the writer took d-3
      FutureTask<Recorded> fourth = new FutureTask<>(() -> policy.decide(Fixtures.detainer("d-4")));
      Thread fourthThread = new Thread(fourth);
      fourthThread.start();
      awaitWaiting(fourthThread);
      FutureTask<Long> outcome =
          new FutureTask<>(() -> record.recordOutcome(Outcome.of(2, OutcomeType.DECLINED)));
      Thread outcomeThread = new Thread(outcome);
      outcomeThread.start();
      awaitWaiting(outcomeThread);
      release.countDown();

      assertThat(third.get(30, TimeUnit.SECONDS).seq()).hasValue(3);
      assertThat(fourth.get(30, TimeUnit.SECONDS).seq()).hasValue(4);
      assertThat(outcome.get(30, TimeUnit.SECONDS)).isEqualTo(5);
      assertThat(sql.row(5).requestId()).isEqualTo("d-2");
      assertThat(record.verify().verified()).isTrue();
    }
  }

  /** Waits until {@code thread} waits (parked or joining), for at most 30 seconds. */
  private static void awaitWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (thread.getState() != Thread.State.WAITING) {
      assertThat(System.nanoTime()).as("%s waits", thread.getName()).isLessThan(deadline);
      Thread.sleep(1);
    }
  }
}
