package org.sanctuarypolicy.record;

import java.sql.SQLException;

/** The record's contract on a database of a real PostgreSQL server. */
class PostgresRecordTest extends RecordContract {
  @Override
  RecordDatabase newDatabase() throws SQLException {
    return RecordDatabase.postgres();
  }
}
