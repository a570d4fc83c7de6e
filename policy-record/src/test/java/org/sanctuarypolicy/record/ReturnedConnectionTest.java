package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A record on a pool that takes connections back as they are returned ({@link ReusingPool}): every
 * operation ends its own transaction before it gives its connection back, whether it wrote, only
 * read, found nothing to write or failed. Otherwise the pooled connection would keep SQLite's write
 * lock, and every other writer would wait for it, or keep a read snapshot that hides later entries
 * from the next reader. And a connection handed over inside its last user's transaction is rolled
 * back and put in auto-commit mode before the record uses it. On SQLite.
 */
class ReturnedConnectionTest {
  @TempDir Path dir;
  private ReusingPool pool;
  private ComplianceRecord record;
  private RecordingPolicy policy;

  @BeforeEach
  void open() {
    pool = new ReusingPool(Store.sqlite(url()));
    record = ComplianceRecord.open(pool);
    policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
  }

  @AfterEach
  void close() throws SQLException {
    record.close();
    pool.close();
  }

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("record.db");
  }

  /**
   * Takes and releases SQLite's write lock at once, on a connection of its own that never waits.
   */
  private void assertNoWriteLockHeld() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setBusyTimeout(0);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url());
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      statement.execute("ROLLBACK");
    }
  }

  @Test
  void verify_connectionReusedAfterAVerification_seesTheEntriesAppendedSince() {
    policy.decide(Fixtures.detainer("lockup-1"));
    assertThat(record.verify().entries()).isEqualTo(1);

    policy.decide(Fixtures.detainer("lockup-2"));

    assertThat(record.verify().entries()).isEqualTo(2);
  }

  @Test
  void verify_thenAnotherUserTakesTheConnection_itReadsTheEntriesAppendedSince()
      throws SQLException {
    policy.decide(Fixtures.detainer("lockup-1"));
    assertThat(record.verify().entries()).isEqualTo(1);
    policy.decide(Fixtures.detainer("lockup-2"));

    try (Connection connection = pool.getConnection(); // the one the verification gave back
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM record_entry")) {
      assertThat(count.next()).isTrue();
      assertThat(count.getLong(1)).isEqualTo(2);
    }
  }

  @Test
  void checkpoint_headAlreadySignedByThatKey_leavesNoWriteLockHeld() throws SQLException {
    KeyPair key = Fixtures.ed25519();
    policy.decide(Fixtures.detainer("lockup-1"));
    Checkpoint first = record.checkpoint(key);

    assertThat(record.checkpoint(key)).isEqualTo(first);

    assertNoWriteLockHeld();
  }

  @Test
  void checkpoint_emptyRecord_refusedAndLeavesNoWriteLockHeld() throws SQLException {
    assertThatThrownBy(() -> record.checkpoint(Fixtures.ed25519()))
        .isInstanceOf(RecordInputException.class);

    assertNoWriteLockHeld();
  }

  @Test
  void decide_transactionFails_leavesNoWriteLockHeld() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TRIGGER refuse BEFORE INSERT ON record_entry WHEN NEW.request_id LIKE 'refused%'"
              + " BEGIN SELECT RAISE(ABORT, 'refused by the database'); END");
    }
    policy.decide(Fixtures.detainer("lockup-1"));

    assertThatThrownBy(() -> policy.decide(Fixtures.detainer("refused-1")))
        .isInstanceOf(RecordException.class)
        .hasMessageContaining("refused by the database");

    assertNoWriteLockHeld();
    assertThat(policy.decide(Fixtures.detainer("lockup-2")).seq()).hasValue(2);
  }

  @Test
  void verify_connectionLeftInsideATransaction_rollsBackWhatItsLastUserLeft() throws SQLException {
    try (Connection connection = pool.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE clerk_notes (note TEXT)");
    }
    Connection left = pool.getConnection();
    left.setAutoCommit(false);
    try (Statement statement = left.createStatement()) {
      statement.execute("INSERT INTO clerk_notes VALUES ('not committed')");
    }
    left.close(); // back to the pool inside its transaction

    assertThat(record.verify().verified()).isTrue();

    try (Tamperer sql = new Tamperer(Store.sqlite(url()).getConnection())) {
      assertThat(sql.query("SELECT COUNT(*) FROM clerk_notes")).containsExactly(List.of("0"));
    }
    assertNoWriteLockHeld();
  }
}
