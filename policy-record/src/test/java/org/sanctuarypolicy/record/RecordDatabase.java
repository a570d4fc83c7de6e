package org.sanctuarypolicy.record;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Properties;

/**
 * A new, empty database for one test's record, on SQLite or on the test PostgreSQL server, and how
 * to reach it: through the record's API and with plain JDBC.
 */
record RecordDatabase(String url, Properties properties) {
  /** A SQLite file in {@code dir}. */
  static RecordDatabase sqlite(Path dir) {
    return new RecordDatabase("jdbc:sqlite:" + dir.resolve("record.db"), new Properties());
  }

  /** A new database on the shared PostgreSQL server. */
  static RecordDatabase postgres() throws SQLException {
    PostgresServer.Database database = PostgresServer.shared().newDatabase();
    Properties properties = new Properties();
    properties.setProperty("user", database.user());
    properties.setProperty("password", database.password());
    return new RecordDatabase(database.jdbcUrl(), properties);
  }

  ComplianceRecord open() {
    return ComplianceRecord.open(url, properties);
  }

  ComplianceRecord open(Clock clock) {
    return ComplianceRecord.open(ComplianceRecord.dataSource(url, properties), clock);
  }

  /** Plain SQL on the database, as someone with write access to it. */
  Tamperer tamperer() throws SQLException {
    return new Tamperer(DriverManager.getConnection(url, properties));
  }

  /** The two kinds of database a record runs on. */
  enum Backend {
    SQLITE,
    POSTGRESQL;

    RecordDatabase newDatabase(Path dir) throws SQLException {
      return this == SQLITE ? sqlite(dir) : postgres();
    }
  }
}
