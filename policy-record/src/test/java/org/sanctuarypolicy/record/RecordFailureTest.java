package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Decision;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * When the record cannot be written, a reportable decision is not given: {@code evaluate} throws
 * {@link RecordException} and nothing is appended. On SQLite.
 */
class RecordFailureTest {
  @TempDir Path dir;
  private RecordDatabase database;

  @BeforeEach
  void oneEntry() {
    database = RecordDatabase.sqlite(dir);
    try (ComplianceRecord record = database.open()) {
      assertThat(
              RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT)
                  .decide(Fixtures.detainer("lockup-1"))
                  .seq())
          .hasValue(1);
    }
  }

  private long count() throws SQLException {
    try (Tamperer sql = database.tamperer()) {
      return sql.count();
    }
  }

  /**
   * The record's file through a data source that SQLite opens read-only ({@code
   * SQLITE_OPEN_READONLY}): SQLite itself refuses every write, whoever runs the test (file modes
   * would not stop root).
   */
  private SQLiteDataSource readOnly() {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(database.url());
    return source;
  }

  @Test
  void evaluate_databaseRefusesWrites_throwsAndGivesNoDecision() throws SQLException {
    try (ComplianceRecord record = ComplianceRecord.open(readOnly())) {
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
      List<Decision> given = new ArrayList<>();

      assertThatThrownBy(() -> given.add(policy.evaluate(Fixtures.detainer("lockup-2"))))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("could not be written")
          .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("readonly"));
      assertThatThrownBy(() -> given.add(policy.decide(Fixtures.detainer("lockup-3")).decision()))
          .isInstanceOf(RecordException.class);
      assertThatThrownBy(() -> record.recordOutcome(Outcome.of(1, OutcomeType.RELEASED)))
          .isInstanceOf(RecordException.class);
      assertThatThrownBy(() -> record.checkpoint(Fixtures.ed25519()))
          .isInstanceOf(RecordException.class);

      assertThat(given).isEmpty();
      assertThat(count()).isEqualTo(1);
      // A decision that need not be on the record is still given, and reading still works.
      assertThat(policy.evaluate(Fixtures.ownRecords("desk-1")))
          .isEqualTo(Fixtures.CHICAGO.evaluate(Fixtures.ownRecords("desk-1")));
      assertThat(record.verify().headSeq()).isEqualTo(1);
    }
    try (ComplianceRecord record = database.open()) {
      assertThat(record.verify().verified()).isTrue();
      assertThat(
              RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT)
                  .decide(Fixtures.detainer("lockup-2"))
                  .seq())
          .hasValue(2);
    }
  }

  @Test
  void evaluate_afterClose_throwsAndAppendsNothing() throws SQLException {
    ComplianceRecord record = database.open();
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    record.close();

    assertThatThrownBy(() -> policy.evaluate(Fixtures.detainer("lockup-2")))
        .isInstanceOf(RecordException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> record.recordOutcome(Outcome.of(1, OutcomeType.RELEASED)))
        .isInstanceOf(RecordException.class)
        .hasMessageContaining("closed");
    record.close();

    assertThat(count()).isEqualTo(1);
  }

  @Test
  void evaluate_transactionFails_thatAppendFailsAndTheNextContinuesTheChain() throws SQLException {
    try (Tamperer sql = database.tamperer()) {
      sql.execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON record_entry WHEN NEW.request_id LIKE 'refused%'"
              + " BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
    }
    try (ComplianceRecord record = database.open()) {
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);

      assertThatThrownBy(() -> policy.evaluate(Fixtures.detainer("refused-1")))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("refused by the database");
      assertThat(count()).isEqualTo(1);

      assertThat(policy.decide(Fixtures.detainer("lockup-2")).seq()).hasValue(2);
      assertThat(record.verify().verified()).isTrue();
    }
  }

  @Test
  void evaluate_failuresAmongConcurrentAppends_everyAcknowledgedEntryAndNoOtherIsOnTheRecord()
      throws Exception {
    try (Tamperer sql = database.tamperer()) {
      sql.execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON record_entry WHEN NEW.request_id LIKE 'refused%'"
              + " BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
    }
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> failed = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try (ComplianceRecord record = database.open()) {
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        results.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 15; i++) {
                    String id = (i % 5 == thread % 5 ? "refused-" : "ok-") + thread + "-" + i;
                    try {
                      policy.evaluate(Fixtures.detainer(id));
                      acknowledged.add(id);
                    } catch (RecordException e) {
                      failed.add(id);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
      assertThat(record.verify().verified()).isTrue();
    } finally {
      threads.shutdownNow();
    }

    assertThat(acknowledged).noneMatch(id -> id.startsWith("refused"));
    assertThat(failed).anyMatch(id -> id.startsWith("refused"));
    assertThat(acknowledged.size() + failed.size()).isEqualTo(8 * 15);
    try (Tamperer sql = database.tamperer()) {
      List<Tamperer.Row> rows = sql.rows();
      Set<String> onRecord =
          rows.stream().skip(1).map(Tamperer.Row::requestId).collect(Collectors.toSet());
      assertThat(onRecord).isEqualTo(new HashSet<>(acknowledged));
      assertThat(rows.stream().map(Tamperer.Row::seq))
          .containsExactlyElementsOf(LongStream.rangeClosed(1, rows.size()).boxed().toList());
    }
  }
}
