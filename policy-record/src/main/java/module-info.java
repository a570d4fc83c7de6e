/**
 * The compliance record: durable, tamper-evident decisions and outcomes in SQLite or PostgreSQL,
 * verification, signed checkpoints and the reports the law requires. The entry points are {@link
 * org.sanctuarypolicy.record.ComplianceRecord} and {@link
 * org.sanctuarypolicy.record.RecordingPolicy}.
 */
// Flyway's jar names no module: it is the automatic module flyway.core.
@SuppressWarnings("requires-automatic")
module org.sanctuarypolicy.record {
  requires transitive org.sanctuarypolicy.api;
  requires transitive java.sql;
  requires org.sanctuarypolicy.json;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires flyway.core;
  requires org.xerial.sqlitejdbc;
  requires org.postgresql.jdbc;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports org.sanctuarypolicy.record;
}
