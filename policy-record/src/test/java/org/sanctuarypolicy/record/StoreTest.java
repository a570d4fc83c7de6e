package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The record's database on SQLite: the settings of its connections whatever the data source gave,
 * the kind of database it accepts, and how it makes its schema when SQLite is busy.
 */
class StoreTest {
  @TempDir Path dir;

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("record.db");
  }

  private static String pragma(Connection connection, String name) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("PRAGMA " + name)) {
      assertThat(row.next()).as(name).isTrue();
      return row.getString(1);
    }
  }

  @Test
  void sqlite_newConnection_walFullSynchronousAndOneMinuteBusyTimeout() throws SQLException {
    try (Connection connection = Store.sqlite(url()).getConnection()) {
      assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
      assertThat(pragma(connection, "synchronous")).isEqualTo("2"); // FULL
      assertThat(pragma(connection, "busy_timeout")).isEqualTo("60000");
    }
  }

  @Test
  void connect_dataSourceWithoutTheseSettings_fullSynchronousAndOneMinuteBusyTimeout()
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
    config.setBusyTimeout(0);
    SQLiteDataSource lax = new SQLiteDataSource(config);
    lax.setUrl(url());
    try (Connection connection = lax.getConnection()) {
      assertThat(pragma(connection, "synchronous")).isEqualTo("0");
    }

    Store store = Store.open(lax);

    assertThat(store.dialect()).isEqualTo(Store.Dialect.SQLITE);
    try (Connection connection = store.connect()) {
      assertThat(pragma(connection, "synchronous")).isEqualTo("2");
      assertThat(pragma(connection, "busy_timeout")).isEqualTo("60000");
    }
  }

  @Test
  void toString_sqliteRecord_namesDialectAndRecordId() {
    try (ComplianceRecord record = ComplianceRecord.open(Store.sqlite(url()))) {
      assertThat(record.toString())
          .isEqualTo("ComplianceRecord{SQLITE " + record.recordId() + "}")
          .matches("ComplianceRecord\\{SQLITE [0-9a-f-]{36}}");
    }
  }

  @Test
  void open_databaseOfAnotherKind_refusedNamingIt() {
    TrackingDataSource mysql = new TrackingDataSource(Store.sqlite(url()));
    mysql.productName("MySQL");

    assertThatThrownBy(() -> ComplianceRecord.open(mysql))
        .isExactlyInstanceOf(RecordException.class)
        .hasMessage("the record's database is mysql; allowed: SQLite or PostgreSQL");
    assertThat(mysql.open()).isZero();
  }

  @Test
  void open_sqliteBusyOrLockedWhileTheSchemaIsMade_triesAgainAndOpens() {
    TrackingDataSource busy = new TrackingDataSource(Store.sqlite(url()));
    // The first connection tells the kind of database; Flyway's next ones find SQLite busy.
    busy.failConnections(
        1,
        TrackingDataSource.sqliteFailure(5), // SQLITE_BUSY
        TrackingDataSource.sqliteFailure(6), // SQLITE_LOCKED
        TrackingDataSource.sqliteFailure(5));

    try (ComplianceRecord record = ComplianceRecord.open(busy)) {
      assertThat(busy.failuresLeft()).isZero();
      assertThat(record.verify().verified()).isTrue();
      assertThat(
              RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT)
                  .decide(Fixtures.detainer("lockup-1"))
                  .seq())
          .hasValue(1);
    }
  }

  @Test
  void open_otherFailureWhileTheSchemaIsMade_refusedWithoutTryingAgain() {
    TrackingDataSource failing = new TrackingDataSource(Store.sqlite(url()));
    failing.failConnections(
        1,
        new SQLException("[SQLITE_IOERR] disk I/O error", null, 10),
        TrackingDataSource.sqliteFailure(5));

    assertThatThrownBy(() -> ComplianceRecord.open(failing))
        .isExactlyInstanceOf(RecordException.class)
        .hasMessageStartingWith("the record's schema cannot be made: ")
        .hasRootCauseMessage("[SQLITE_IOERR] disk I/O error");
    assertThat(failing.failuresLeft()).isEqualTo(1);
  }

  @Test
  void verify_connectionSettingsFail_recordExceptionAndTheConnectionIsClosed() {
    TrackingDataSource failing = new TrackingDataSource(Store.sqlite(url()));
    try (ComplianceRecord record = ComplianceRecord.open(failing)) {
      assertThat(failing.open()).isZero();
      failing.failStatements(new SQLException("[SQLITE_IOERR] disk I/O error", null, 10));
      int before = failing.handedOut();

      assertThatThrownBy(record::verify)
          .isExactlyInstanceOf(RecordException.class)
          .hasMessage("the record cannot be read: [SQLITE_IOERR] disk I/O error");
      assertThat(failing.handedOut()).isEqualTo(before + 1);
      assertThat(failing.open()).isZero();
    }
  }
}
