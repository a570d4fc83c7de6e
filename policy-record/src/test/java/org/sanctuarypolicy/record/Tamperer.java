package org.sanctuarypolicy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * Someone with write access to the record's database, working as an auditor's tools would: plain
 * SQL through JDBC, an independent RFC 8785 canonicalizer and {@link MessageDigest} for SHA-256.
 * Nothing here uses the record's own code, so a tampering that these tools can do is one that the
 * record must detect.
 */
final class Tamperer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;

  Tamperer(Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(true);
  }

  /** The lowercase hex SHA-256 of {@code text}'s UTF-8 bytes, by {@link MessageDigest}. */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** {@code json} in RFC 8785 canonical form, by the independent canonicalizer. */
  static String canonical(String json) {
    try {
      return new JsonCanonicalizer(json).getEncodedString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String canonical(JsonNode node) {
    return canonical(node.toString());
  }

  long count() throws SQLException {
    return longQuery("SELECT COUNT(*) FROM record_entry");
  }

  long checkpointCount() throws SQLException {
    return longQuery("SELECT COUNT(*) FROM record_checkpoint");
  }

  /** The rows {@code sql} selects, each column read as text. */
  List<List<String>> query(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      int columns = row.getMetaData().getColumnCount();
      while (row.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(row.getString(i));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private long longQuery(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** One row of {@code record_entry}. */
  record Row(
      long seq,
      String kind,
      String recordedAt,
      String unit,
      String requestId,
      String body,
      String hash) {}

  private static final String SELECT =
      "SELECT seq, kind, recorded_at, unit, request_id, body, hash FROM record_entry";

  /** Every row of {@code record_entry}, in {@code seq} order. */
  List<Row> rows() throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY seq")) {
      return rows(select);
    }
  }

  /** The one row of entry {@code seq}. */
  Row row(long seq) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE seq = ?")) {
      select.setLong(1, seq);
      List<Row> rows = rows(select);
      if (rows.size() != 1) {
        throw new AssertionError(rows.size() + " rows hold entry " + seq);
      }
      return rows.get(0);
    }
  }

  private static List<Row> rows(PreparedStatement select) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows.add(
            new Row(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7)));
      }
    }
    return rows;
  }

  String body(long seq) throws SQLException {
    return row(seq).body();
  }

  /** Sets a column of entry {@code seq}; {@code column} is a literal name from the test. */
  void set(long seq, String column, Object value) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE record_entry SET " + column + " = ? WHERE seq = ?")) {
      update.setObject(1, value);
      update.setLong(2, seq);
      if (update.executeUpdate() != 1) {
        throw new AssertionError("entry " + seq + " was not updated");
      }
    }
  }

  /** Replaces the body of entry {@code seq}, and nothing else. */
  void setBody(long seq, String body) throws SQLException {
    set(seq, "body", body);
  }

  /** Replaces the body of entry {@code seq} and its {@code hash} with the new body's SHA-256. */
  void setBodyAndHash(long seq, String body) throws SQLException {
    set(seq, "body", body);
    set(seq, "hash", sha256(body));
  }

  /**
   * Edits the body of entry {@code seq} as a tree and stores it canonical and re-hashed, with its
   * columns made to agree; later entries are left alone.
   */
  void edit(long seq, Consumer<ObjectNode> edit) throws SQLException {
    ObjectNode body = tree(body(seq));
    edit.accept(body);
    store(seq, body);
  }

  /**
   * Edits entry {@code seq} and rewrites every later entry consistently: each {@code prev} is the
   * recomputed hash of the entry before it. The result is a chain that any SHA-256 tool accepts.
   */
  void rewrite(long seq, Consumer<ObjectNode> edit) throws SQLException {
    String prev = null;
    for (Row row : rows()) {
      if (row.seq() < seq) {
        prev = row.hash();
        continue;
      }
      ObjectNode body = tree(row.body());
      if (row.seq() == seq) {
        edit.accept(body);
      }
      if (prev != null) {
        body.put("prev", prev);
      }
      prev = store(row.seq(), body);
    }
  }

  /** Stores {@code body} canonical at {@code seq} with its hash and columns; returns the hash. */
  private String store(long seq, ObjectNode body) throws SQLException {
    String text = canonical(body);
    setBodyAndHash(seq, text);
    set(seq, "kind", body.get("kind").textValue());
    set(seq, "recorded_at", body.get("recordedAt").textValue());
    set(seq, "unit", body.get("unit").textValue());
    set(seq, "request_id", body.get("requestId").textValue());
    return sha256(text);
  }

  /** Puts back the bodies and hashes of {@code rows}, as {@link #rows()} read them. */
  void restore(List<Row> rows) throws SQLException {
    for (Row row : rows) {
      set(row.seq(), "body", row.body());
      set(row.seq(), "hash", row.hash());
    }
  }

  void delete(long seq) throws SQLException {
    execute("DELETE FROM record_entry WHERE seq = " + seq);
  }

  /** Deletes entry {@code seq} and every later one. */
  void truncateFrom(long seq) throws SQLException {
    execute("DELETE FROM record_entry WHERE seq >= " + seq);
  }

  /** Exchanges the rows at {@code a} and {@code b}: each row keeps its content, not its place. */
  void swap(long a, long b) throws SQLException {
    execute("UPDATE record_entry SET seq = -1 WHERE seq = " + a);
    execute("UPDATE record_entry SET seq = " + a + " WHERE seq = " + b);
    execute("UPDATE record_entry SET seq = " + b + " WHERE seq = -1");
  }

  /**
   * Rebuilds {@code record_entry} without its primary key, as someone who owns the database can, so
   * that a {@code seq} can be repeated.
   */
  void dropPrimaryKey() throws SQLException {
    execute("CREATE TABLE record_entry_copy AS SELECT * FROM record_entry");
    execute("DROP TABLE record_entry");
    execute("ALTER TABLE record_entry_copy RENAME TO record_entry");
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
