package org.sanctuarypolicy.record;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Schema version 2: the record's identity, a random UUID made once when the record is created.
 * Flyway runs it under its migration lock, so two processes opening a new record make one identity.
 */
// Flyway takes the version and description from the class name.
final class V2__Record_identity extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    try (PreparedStatement insert =
        context
            .getConnection()
            .prepareStatement(
                "INSERT INTO record_meta (record_id, created_at, format) VALUES (?, ?, 1)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, Canonical.time(Instant.now()));
      insert.executeUpdate();
    }
  }
}
