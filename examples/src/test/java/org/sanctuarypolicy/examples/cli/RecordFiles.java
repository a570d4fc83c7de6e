package org.sanctuarypolicy.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * A compliance record's SQLite file read and changed with plain JDBC, as an auditor or an attacker
 * with a SQL client would, for the tests of the commands that keep it.
 */
final class RecordFiles {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The unit the tests record for. */
  static final String UNIT = "CPD-LOCKUP-018";

  /**
   * A trigger that makes the database refuse every new entry, as a PostgreSQL role whose INSERT
   * grant was revoked would. File modes cannot stand in for it: the tests may run as root, whom
   * they do not stop.
   */
  static final String REFUSE_APPENDS =
      "CREATE TRIGGER refuse_appends BEFORE INSERT ON record_entry"
          + " BEGIN SELECT RAISE(ABORT, 'appends refused by the test'); END";

  private RecordFiles() {}

  /** A new record at {@code file} holding one DECISION entry per request, seq 1, 2, ... */
  static Path withDecisions(Path file, Request... requests) {
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      RecordingPolicy policy =
          RecordingPolicy.of(SanctuaryPolicy.chicago(), record, UNIT).recordingEveryDecision();
      for (Request request : requests) {
        policy.decide(request);
      }
    }
    return file;
  }

  /** How many entries the record holds. */
  static long count(Path file) throws SQLException {
    try (Connection connection = connect(file);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT count(*) FROM record_entry")) {
      row.next();
      return row.getLong(1);
    }
  }

  /** Every entry's body, parsed, in seq order. */
  static List<JsonNode> bodies(Path file) throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    try (Connection connection = connect(file);
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT body FROM record_entry ORDER BY seq")) {
      while (rows.next()) {
        bodies.add(JSON.readTree(rows.getString(1)));
      }
    }
    return bodies;
  }

  /** Runs one SQL statement on the file. */
  static void execute(Path file, String sql) throws SQLException {
    try (Connection connection = connect(file);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * The decision part of a DECISION entry's body that DESIGN §11 prescribes for {@code decision}:
   * effect, obligation types, reasons without their text, and the policy.
   */
  static JsonNode recordedForm(Decision decision) {
    ObjectNode part = JSON.createObjectNode();
    part.put("effect", decision.effect().name());
    ArrayNode obligations = part.putArray("obligations");
    for (Obligation obligation : decision.obligations()) {
      obligations.add(obligation.type().name());
    }
    part.putObject("policy")
        .put("fingerprint", decision.policy().fingerprint())
        .put("id", decision.policy().id())
        .put("version", decision.policy().version());
    ArrayNode reasons = part.putArray("reasons");
    for (Reason reason : decision.reasons()) {
      reasons
          .addObject()
          .put("clause", reason.clause())
          .put("effect", reason.effect().name())
          .put("exception", reason.exception().orElse(null));
    }
    return part;
  }

  /** Whether the Chicago order's decision of {@code request} must be recorded. */
  static boolean reportable(Request request) {
    return RecordingPolicy.isReportable(request, SanctuaryPolicy.chicago().evaluate(request));
  }

  private static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
  }
}
