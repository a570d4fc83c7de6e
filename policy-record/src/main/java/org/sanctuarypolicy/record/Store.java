package org.sanctuarypolicy.record;

import com.google.common.util.concurrent.Uninterruptibles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The record's database: its schema, its connections and the SQL it runs. */
final class Store {
  /** The SQL dialects the record runs on. */
  enum Dialect {
    SQLITE,
    POSTGRESQL
  }

  static final String SELECT_ENTRIES =
      "SELECT seq, kind, recorded_at, unit, request_id, body, hash FROM record_entry ORDER BY seq";
  static final String SELECT_CHECKPOINTS =
      "SELECT seq, hash, signed_at, key_id, signature FROM record_checkpoint ORDER BY seq, key_id";

  /** How long a SQLite writer waits for another process's write lock. */
  private static final int SQLITE_BUSY_TIMEOUT_MS = 60_000;

  /** SQLite's primary result codes for a lock held by another connection. */
  private static final int SQLITE_BUSY = 5;

  private static final int SQLITE_LOCKED = 6;

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String recordId;

  private Store(DataSource dataSource, Dialect dialect, String recordId) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.recordId = recordId;
  }

  /** A SQLite file's data source: WAL, {@code synchronous=FULL}, waiting for other writers. */
  static DataSource sqlite(String url) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url);
    return source;
  }

  /** Opens the record in {@code dataSource}, creating or migrating its schema with Flyway. */
  static Store open(DataSource dataSource) {
    Dialect dialect;
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("sqlite")) {
        dialect = Dialect.SQLITE;
      } else if (product.contains("postgres")) {
        dialect = Dialect.POSTGRESQL;
      } else {
        throw new RecordException(
            "the record's database is " + product + "; allowed: SQLite or PostgreSQL");
      }
    } catch (SQLException e) {
      throw new RecordException("the record's database cannot be reached: " + e.getMessage(), e);
    }
    migrate(dataSource, dialect);
    Store store = new Store(dataSource, dialect, "");
    return new Store(dataSource, dialect, readRecordId(store));
  }

  /**
   * Creates or migrates the schema. On PostgreSQL, Flyway serializes processes with an advisory
   * lock. On SQLite it has no lock and its transactions begin deferred, so when several processes
   * open one new file at once, all but one fail with {@code SQLITE_BUSY} (another connection wrote
   * first); each such failure rolled back whole, so it is tried again, and then finds the schema
   * made, for as long as a writer waits for another process's write lock.
   */
  private static void migrate(DataSource dataSource, Dialect dialect) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SQLITE_BUSY_TIMEOUT_MS);
    for (int attempt = 1; ; attempt++) {
      try {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/sanctuary-record")
            .javaMigrations(new V2__Record_identity())
            .table("record_schema_history")
            .failOnMissingLocations(true)
            .load()
            .migrate();
        return;
      } catch (FlywayException e) {
        if (dialect != Dialect.SQLITE || !isSqliteBusy(e) || System.nanoTime() > deadline) {
          throw new RecordException("the record's schema cannot be made: " + e.getMessage(), e);
        }
        Uninterruptibles.sleepUninterruptibly(Math.min(10L * attempt, 200), TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Whether SQLite refused because another connection held or took the write lock. */
  private static boolean isSqliteBusy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException e
          && (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED)) {
        return true;
      }
    }
    return false;
  }

  private static String readRecordId(Store store) {
    try (Connection connection = store.connect();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT record_id, format FROM record_meta")) {
      if (!row.next()) {
        throw new RecordException("the record has no identity row in record_meta");
      }
      String id = row.getString(1);
      int format = row.getInt(2);
      if (row.next()) {
        throw new RecordException("the record has more than one identity row in record_meta");
      }
      if (format != 1) {
        throw new RecordException("the record's format is " + format + "; allowed: 1");
      }
      return id;
    } catch (SQLException e) {
      throw new RecordException("the record's identity cannot be read: " + e.getMessage(), e);
    }
  }

  String recordId() {
    return recordId;
  }

  Dialect dialect() {
    return dialect;
  }

  /**
   * A connection with the settings the record needs whatever the data source gave. A pool may hand
   * a connection over as its last user left it, inside a transaction: what that user left is rolled
   * back, never committed, and the connection is put back in auto-commit mode (SQLite refuses its
   * settings inside a transaction).
   */
  Connection connect() throws SQLException {
    Connection connection = dataSource.getConnection();
    try {
      if (!connection.getAutoCommit()) {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (dialect == Dialect.SQLITE) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("PRAGMA synchronous = FULL");
          statement.execute("PRAGMA busy_timeout = " + SQLITE_BUSY_TIMEOUT_MS);
        }
      } else {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Takes the record's write lock for the current transaction: every appender, in this process or
   * another, updates the identity row first, so appends serialize on it.
   */
  static void lockForAppend(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("UPDATE record_meta SET format = format");
    }
  }

  /** The last entry's seq and hash, or seq 0 and 64 zeros for an empty record. */
  static Head head(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT seq, hash FROM record_entry ORDER BY seq DESC LIMIT 1")) {
      return row.next() ? new Head(row.getLong(1), row.getString(2)) : Head.EMPTY;
    }
  }

  /** The head of the chain: the last entry's seq and hash. */
  record Head(long seq, String hash) {
    static final Head EMPTY = new Head(0, Canonical.ZERO_HASH);
  }

  static PreparedStatement insertEntry(Connection connection) throws SQLException {
    return connection.prepareStatement(
        "INSERT INTO record_entry (seq, kind, recorded_at, unit, request_id, body, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)");
  }
}
