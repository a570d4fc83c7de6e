package org.sanctuarypolicy.benchmarks;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Recorded;
import org.sanctuarypolicy.record.RecordingPolicy;
import org.sanctuarypolicy.record.Verification;

/**
 * Durable appends per second to the compliance record, by one thread and by sixteen, against two
 * baselines measured in the same run: the decision alone, without the record, and one bare {@code
 * INSERT} and commit per entry into the record's own table, with the record's durability settings.
 *
 * <ul>
 *   <li>{@code evaluate}, {@code evaluate16}: {@code SanctuaryPolicy.chicago().evaluate} of the
 *       request that the appends decide ({@link RecordWorkload}), built fresh with a new id;
 *   <li>{@code sqliteAppend}, {@code sqliteAppend16}: {@code RecordingPolicy.decide} of that
 *       request on a SQLite record (WAL, {@code synchronous=FULL}); each call returns once its
 *       DECISION entry is committed;
 *   <li>{@code sqliteInsertCommit}, {@code sqliteInsertCommit16}: one {@code INSERT} of a real
 *       entry's columns and one commit per call, on the same kind of file with the same settings;
 *       the sixteen threads share the one connection in turn, as SQLite has one writer at a time;
 *   <li>{@code postgresAppend16}: {@code decide} on a record in a PostgreSQL 15 server that the
 *       trial starts ({@link PostgresServer}: {@code fsync} and {@code synchronous_commit} on);
 *   <li>{@code postgresInsertCommit16}: one {@code INSERT} and commit per call, each thread on its
 *       own connection to such a server, with no lock between them.
 * </ul>
 *
 * <p>Every trial appends to a new record, and its tear-down verifies the whole record, so that a
 * broken chain or a record that was not written fails the run. State fields are set by their
 * {@code @Setup} methods. Measured numbers are in {@code docs/BENCHMARKS.md}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordAppendBenchmark {
  private static final String INSERT =
      "INSERT INTO record_entry (seq, kind, recorded_at, unit, request_id, body, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  /** A thread's source of requests, each with a new id. */
  @State(Scope.Thread)
  public static class Requests {
    final RecordWorkload workload = new RecordWorkload();
  }

  /** A new SQLite record in a temporary directory. */
  @State(Scope.Benchmark)
  public static class SqliteRecord {
    private Path dir;
    private ComplianceRecord record;
    RecordingPolicy policy;

    /** Opens the record. */
    @Setup(Level.Trial)
    public void open() throws Exception {
      RecordWorkload.checkReportable();
      dir = Files.createTempDirectory("record-bench-sqlite");
      record = ComplianceRecord.open(dir.resolve("record.db").toString());
      policy = RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT);
    }

    /** Verifies the whole record, closes it and deletes it. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (ComplianceRecord closing = record) {
        report(RecordWorkload.checkVerified(closing, 1));
      } finally {
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }

  /** A new record in a new PostgreSQL server. */
  @State(Scope.Benchmark)
  public static class PostgresRecord {
    private PostgresServer server;
    private ComplianceRecord record;
    RecordingPolicy policy;

    /** Starts the server and opens the record. */
    @Setup(Level.Trial)
    public void open() throws Exception {
      RecordWorkload.checkReportable();
      server = PostgresServer.start();
      record = ComplianceRecord.open(server.url(), server.properties());
      policy = RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT);
    }

    /** Verifies the whole record, closes it and stops the server. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (ComplianceRecord closing = record) {
        report(RecordWorkload.checkVerified(closing, 1));
      } finally {
        server.close();
      }
    }
  }

  /**
   * A real DECISION entry's columns, as the record wrote them, for the bare inserts to insert again
   * under other {@code seq}s.
   */
  static final class SampleEntry {
    final String kind;
    final String recordedAt;
    final String unit;
    final String body;
    final String hash;

    /** Opens a record at {@code url}, appends one decision and reads its row back. */
    SampleEntry(String url, Properties properties) throws SQLException {
      try (ComplianceRecord record = ComplianceRecord.open(url, properties)) {
        RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT)
            .decide(RecordWorkload.reportable("sample"));
      }
      try (Connection connection = DriverManager.getConnection(url, properties);
          Statement statement = connection.createStatement();
          ResultSet row =
              statement.executeQuery(
                  "SELECT kind, recorded_at, unit, body, hash FROM record_entry WHERE seq = 1")) {
        if (!row.next()) {
          throw new IllegalStateException("the sample entry was not written");
        }
        kind = row.getString(1);
        recordedAt = row.getString(2);
        unit = row.getString(3);
        body = row.getString(4);
        hash = row.getString(5);
      }
    }

    /** Inserts this entry as {@code seq} and commits. */
    void insertAndCommit(Connection connection, PreparedStatement insert, long seq)
        throws SQLException {
      insert.setLong(1, seq);
      insert.setString(2, kind);
      insert.setString(3, recordedAt);
      insert.setString(4, unit);
      insert.setString(5, "bare-" + seq);
      insert.setString(6, body);
      insert.setString(7, hash);
      insert.executeUpdate();
      connection.commit();
    }
  }

  /**
   * A SQLite record file with one real entry and one connection, WAL and {@code synchronous=FULL}
   * as the record sets them, for bare inserts; threads take the connection in turn.
   */
  @State(Scope.Benchmark)
  public static class SqliteInsert {
    private Path dir;
    private SampleEntry sample;
    private Connection connection;
    private PreparedStatement insert;
    private long seq = 1;

    /** Makes the file and opens the connection. */
    @Setup(Level.Trial)
    public void open() throws Exception {
      dir = Files.createTempDirectory("record-bench-sqlite");
      String url = "jdbc:sqlite:" + dir.resolve("bare.db");
      sample = new SampleEntry(url, new Properties());
      connection = DriverManager.getConnection(url);
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = FULL");
      }
      connection.setAutoCommit(false);
      insert = connection.prepareStatement(INSERT);
    }

    synchronized long insertAndCommit() throws SQLException {
      sample.insertAndCommit(connection, insert, ++seq);
      return seq;
    }

    /** Checks that every insert is in the file, closes the connection and deletes the file. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (Connection closing = connection) {
        checkRows(closing, seq);
      } finally {
        MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
      }
    }
  }

  /** A PostgreSQL server with a record holding one real entry, for bare inserts. */
  @State(Scope.Benchmark)
  public static class PostgresInsert {
    private PostgresServer server;
    private SampleEntry sample;
    private final AtomicLong seq = new AtomicLong(1);

    /** Starts the server and writes the sample entry. */
    @Setup(Level.Trial)
    public void start() throws Exception {
      server = PostgresServer.start();
      sample = new SampleEntry(server.url(), server.properties());
    }

    /** Checks that every insert is in the database and stops the server. */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
      try (Connection connection = DriverManager.getConnection(server.url(), server.properties())) {
        checkRows(connection, seq.get());
      } finally {
        server.close();
      }
    }
  }

  /** A thread's own connection to the {@link PostgresInsert} server. */
  @State(Scope.Thread)
  public static class PostgresConnection {
    private PostgresInsert server;
    private Connection connection;
    private PreparedStatement insert;

    /** Opens the connection. */
    @Setup(Level.Trial)
    public void open(PostgresInsert insertServer) throws SQLException {
      server = insertServer;
      connection =
          DriverManager.getConnection(insertServer.server.url(), insertServer.server.properties());
      connection.setAutoCommit(false);
      insert = connection.prepareStatement(INSERT);
    }

    long insertAndCommit() throws SQLException {
      long seq = server.seq.incrementAndGet();
      server.sample.insertAndCommit(connection, insert, seq);
      return seq;
    }

    /** Closes the connection. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  private static void checkRows(Connection connection, long rows) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM record_entry")) {
      row.next();
      if (row.getLong(1) != rows) {
        throw new IllegalStateException(
            "record_entry holds " + row.getLong(1) + " rows, not " + rows);
      }
    }
    System.out.println("bare inserts: " + rows + " rows");
  }

  private static void report(Verification verification) {
    System.out.println("record verified: " + verification.headSeq() + " entries");
  }

  /**
   * The decision alone, on one thread.
   *
   * @param requests the thread's requests
   * @return the decision
   */
  @Benchmark
  @Threads(1)
  public Decision evaluate(Requests requests) {
    return RecordWorkload.POLICY.evaluate(requests.workload.next());
  }

  /**
   * The decision alone, on sixteen threads.
   *
   * @param requests the thread's requests
   * @return the decision
   */
  @Benchmark
  @Threads(16)
  public Decision evaluate16(Requests requests) {
    return RecordWorkload.POLICY.evaluate(requests.workload.next());
  }

  /**
   * A reportable decision committed to a SQLite record, one thread.
   *
   * @param record the record
   * @param requests the thread's requests
   * @return the decision and its entry's {@code seq}
   */
  @Benchmark
  @Threads(1)
  public Recorded sqliteAppend(SqliteRecord record, Requests requests) {
    return record.policy.decide(requests.workload.next());
  }

  /**
   * A reportable decision committed to a SQLite record, sixteen threads.
   *
   * @param record the record
   * @param requests the thread's requests
   * @return the decision and its entry's {@code seq}
   */
  @Benchmark
  @Threads(16)
  public Recorded sqliteAppend16(SqliteRecord record, Requests requests) {
    return record.policy.decide(requests.workload.next());
  }

  /**
   * One bare SQLite insert and commit, one thread.
   *
   * @param file the file and its connection
   * @return the inserted {@code seq}
   * @throws SQLException when the insert fails
   */
  @Benchmark
  @Threads(1)
  public long sqliteInsertCommit(SqliteInsert file) throws SQLException {
    return file.insertAndCommit();
  }

  /**
   * One bare SQLite insert and commit, sixteen threads taking the connection in turn.
   *
   * @param file the file and its connection
   * @return the inserted {@code seq}
   * @throws SQLException when the insert fails
   */
  @Benchmark
  @Threads(16)
  public long sqliteInsertCommit16(SqliteInsert file) throws SQLException {
    return file.insertAndCommit();
  }

  /**
   * A reportable decision committed to a PostgreSQL record, sixteen threads.
   *
   * @param record the record
   * @param requests the thread's requests
   * @return the decision and its entry's {@code seq}
   */
  @Benchmark
  @Threads(16)
  public Recorded postgresAppend16(PostgresRecord record, Requests requests) {
    return record.policy.decide(requests.workload.next());
  }

  /**
   * One bare PostgreSQL insert and commit, sixteen threads on their own connections.
   *
   * @param connection the thread's connection
   * @return the inserted {@code seq}
   * @throws SQLException when the insert fails
   */
  @Benchmark
  @Threads(16)
  public long postgresInsertCommit16(PostgresConnection connection) throws SQLException {
    return connection.insertAndCommit();
  }
}
