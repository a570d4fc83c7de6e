package org.sanctuarypolicy.examples.desk;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Streams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * A compliance record's SQLite file as an auditor reads it: the rows of {@code record_entry} with
 * plain JDBC, each body parsed with Jackson; no class of the record library involved.
 */
public final class RecordFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordFile() {}

  /**
   * One row of {@code record_entry}.
   *
   * @param seq the {@code seq} column
   * @param kind the {@code kind} column: DECISION or OUTCOME
   * @param unit the {@code unit} column
   * @param body the {@code body} column, parsed
   */
  public record Entry(long seq, String kind, String unit, JsonNode body) {
    /** Whether this is a DECISION entry. */
    public boolean isDecision() {
      return kind.equals("DECISION");
    }

    /** The request id the entry names. */
    public String requestId() {
      return body.get("requestId").asText();
    }

    /** A DECISION entry's effect. */
    public String effect() {
      return body.get("decision").get("effect").asText();
    }

    /** A DECISION entry's findings: for each, the exception that held, or else the clause. */
    public ImmutableList<String> clauses() {
      return Streams.stream(body.get("decision").get("reasons"))
          .map(
              r ->
                  r.get("exception").isNull()
                      ? r.get("clause").asText()
                      : r.get("exception").asText())
          .collect(toImmutableList());
    }

    /** A DECISION entry's request, as the wire format writes it. */
    public JsonNode request() {
      return body.get("request");
    }

    /** An OUTCOME entry's decision {@code seq}. */
    public long decisionSeq() {
      return body.get("decisionSeq").asLong();
    }

    /** An OUTCOME entry's type. */
    public String outcome() {
      return body.get("outcome").asText();
    }

    /** An OUTCOME entry's receiving counterparty; empty unless TRANSFERRED. */
    public Optional<String> to() {
      return text("to");
    }

    /** An OUTCOME entry's receiving agency; empty unless TRANSFERRED. */
    public Optional<String> agency() {
      return text("agency");
    }

    /** When an OUTCOME entry says it happened. */
    public Instant occurredAt() {
      return Instant.parse(body.get("occurredAt").asText());
    }

    private Optional<String> text(String field) {
      JsonNode node = body.get(field);
      return node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
  }

  /**
   * Every entry of the record in {@code file}, in {@code seq} order.
   *
   * @param file the SQLite file
   * @return the entries
   */
  public static ImmutableList<Entry> read(Path file) {
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement select = connection.createStatement();
        ResultSet rows =
            select.executeQuery("SELECT seq, kind, unit, body FROM record_entry ORDER BY seq")) {
      while (rows.next()) {
        entries.add(
            new Entry(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                JSON.readTree(rows.getString(4))));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries.build();
  }

  /**
   * The DECISION entries of the record in {@code file}.
   *
   * @param file the SQLite file
   * @return the DECISION entries, in {@code seq} order
   */
  public static ImmutableList<Entry> decisions(Path file) {
    return read(file).stream().filter(Entry::isDecision).collect(toImmutableList());
  }

  /**
   * The OUTCOME entries of the record in {@code file}.
   *
   * @param file the SQLite file
   * @return the OUTCOME entries, in {@code seq} order
   */
  public static ImmutableList<Entry> outcomes(Path file) {
    return read(file).stream().filter(e -> !e.isDecision()).collect(toImmutableList());
  }

  /**
   * The bodies of every entry, as stored: for checking that no personal data is on the record.
   *
   * @param file the SQLite file
   * @return the bodies' texts
   */
  public static String bodies(Path file) {
    return read(file).stream().map(e -> e.body().toString()).collect(toImmutableList()).toString();
  }
}
