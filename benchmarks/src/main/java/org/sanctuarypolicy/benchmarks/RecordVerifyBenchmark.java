package org.sanctuarypolicy.benchmarks;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;
import org.sanctuarypolicy.record.Verification;

/**
 * Entries verified per second: {@code ComplianceRecord.verify()} of a whole record of {@value
 * #ENTRIES} DECISION entries, against a baseline measured in the same run that reads the same rows
 * with the same query and only checks each row's SHA-256, the least any check of a hash chain does.
 *
 * <ul>
 *   <li>{@code verifySqlite}, {@code hashSqlite}: a SQLite record;
 *   <li>{@code verifyPostgres}, {@code hashPostgres}: a record in a PostgreSQL 15 server that the
 *       trial starts ({@link PostgresServer}).
 * </ul>
 *
 * <p>One operation is one entry ({@code @OperationsPerInvocation}). The record is filled once per
 * trial, through {@code RecordingPolicy} from 64 threads, and checked to verify before anything is
 * timed; state fields are set by their {@code @Setup} methods. Measured numbers are in {@code
 * docs/BENCHMARKS.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(RecordVerifyBenchmark.ENTRIES)
public class RecordVerifyBenchmark {
  /** The entries in the verified record. */
  static final int ENTRIES = 50_000;

  private static final String SELECT_ENTRIES =
      "SELECT seq, kind, recorded_at, unit, request_id, body, hash FROM record_entry ORDER BY seq";

  /** A SQLite record of {@link #ENTRIES} entries in a temporary directory. */
  @State(Scope.Benchmark)
  public static class SqliteFilled {
    private Path dir;
    private String url;
    ComplianceRecord record;

    /** Makes and fills the record, and checks that it verifies. */
    @Setup(Level.Trial)
    public void fill() throws Exception {
      RecordWorkload.checkReportable();
      dir = Files.createTempDirectory("record-bench-sqlite");
      url = "jdbc:sqlite:" + dir.resolve("record.db");
      record = ComplianceRecord.open(url);
      RecordWorkload.fill(
          RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT), ENTRIES);
      RecordWorkload.checkVerified(record, ENTRIES);
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(url);
    }

    /** Closes and deletes the record. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (ComplianceRecord closing = record) {
        checkEntries(closing.verify());
      } finally {
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }

  /** A record of {@link #ENTRIES} entries in a new PostgreSQL server. */
  @State(Scope.Benchmark)
  public static class PostgresFilled {
    private PostgresServer server;
    ComplianceRecord record;

    /** Starts the server, makes and fills the record, and checks that it verifies. */
    @Setup(Level.Trial)
    public void fill() throws Exception {
      RecordWorkload.checkReportable();
      server = PostgresServer.start();
      record = ComplianceRecord.open(server.url(), server.properties());
      RecordWorkload.fill(
          RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT), ENTRIES);
      RecordWorkload.checkVerified(record, ENTRIES);
    }

    Connection connect() throws SQLException {
      return DriverManager.getConnection(server.url(), server.properties());
    }

    /** Closes the record and stops the server. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (ComplianceRecord closing = record) {
        checkEntries(closing.verify());
      } finally {
        server.close();
      }
    }
  }

  private static Verification checkEntries(Verification verification) {
    if (!verification.verified() || verification.headSeq() != ENTRIES) {
      throw new IllegalStateException(
          "the record does not verify with " + ENTRIES + " entries: " + verification);
    }
    return verification;
  }

  /**
   * Reads every entry in {@code seq} order, as the verifier does (one transaction, 1,000 rows a
   * fetch), and checks only that each row's hash is the SHA-256 of its body.
   */
  static long hashAll(Connection connection) throws SQLException, NoSuchAlgorithmException {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    HexFormat hex = HexFormat.of();
    long rows = 0;
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(1_000);
      try (ResultSet row = statement.executeQuery(SELECT_ENTRIES)) {
        while (row.next()) {
          String body = row.getString(6);
          String hash = hex.formatHex(sha256.digest(body.getBytes(StandardCharsets.UTF_8)));
          if (!hash.equals(row.getString(7))) {
            throw new IllegalStateException("entry " + row.getLong(1) + " has a wrong hash");
          }
          rows++;
        }
      }
    } finally {
      connection.rollback();
    }
    if (rows != ENTRIES) {
      throw new IllegalStateException(rows + " entries read, not " + ENTRIES);
    }
    return rows;
  }

  /**
   * Verifies the SQLite record.
   *
   * @param filled the record
   * @return the verification
   */
  @Benchmark
  public Verification verifySqlite(SqliteFilled filled) {
    return checkEntries(filled.record.verify());
  }

  /**
   * Reads the SQLite record's entries and checks their hashes only.
   *
   * @param filled the record
   * @return the number of entries
   * @throws Exception when the record cannot be read
   */
  @Benchmark
  public long hashSqlite(SqliteFilled filled) throws Exception {
    try (Connection connection = filled.connect()) {
      return hashAll(connection);
    }
  }

  /**
   * Verifies the PostgreSQL record.
   *
   * @param filled the record
   * @return the verification
   */
  @Benchmark
  public Verification verifyPostgres(PostgresFilled filled) {
    return checkEntries(filled.record.verify());
  }

  /**
   * Reads the PostgreSQL record's entries and checks their hashes only.
   *
   * @param filled the record
   * @return the number of entries
   * @throws Exception when the record cannot be read
   */
  @Benchmark
  public long hashPostgres(PostgresFilled filled) throws Exception {
    try (Connection connection = filled.connect()) {
      return hashAll(connection);
    }
  }
}
