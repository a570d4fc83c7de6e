package org.sanctuarypolicy.record;

import java.nio.file.Files;
import java.sql.SQLException;

/** The record's contract on a SQLite file. */
class SqliteRecordTest extends RecordContract {
  @Override
  RecordDatabase newDatabase() throws SQLException {
    try {
      return RecordDatabase.sqlite(Files.createTempDirectory(dir, "db"));
    } catch (java.io.IOException e) {
      throw new SQLException(e);
    }
  }
}
