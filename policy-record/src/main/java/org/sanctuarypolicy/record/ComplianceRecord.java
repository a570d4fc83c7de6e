package org.sanctuarypolicy.record;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.ds.PGSimpleDataSource;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Request;

/**
 * A compliance record: the append-only, hash-chained entries of a SQLite file or a PostgreSQL
 * database, created or migrated by Flyway when opened.
 *
 * <p>Many threads may append at once, and several processes may share one PostgreSQL database (or,
 * on one machine, one SQLite file, whose write lock is not fair: busy services belong on
 * PostgreSQL): {@code seq} stays gapless and the chain unbroken. An append returns only after its
 * transaction is committed. Thread-safe; close it to release the writer thread.
 */
public final class ComplianceRecord implements AutoCloseable {
  /** What a {@code --record} URL may be. */
  public static final String ALLOWED_URLS =
      "jdbc:sqlite:FILE, a file path (SQLite), or jdbc:postgresql://HOST[:PORT]/DATABASE";

  private final Store store;
  private final Clock clock;
  private final Appender appender;

  private ComplianceRecord(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.appender = new Appender(store, clock);
  }

  /**
   * Opens (creating if needed) the record at {@code url}: {@code jdbc:sqlite:FILE}, a bare file
   * path (SQLite), or {@code jdbc:postgresql://...}.
   *
   * @param url where the record is
   * @return the open record
   * @throws RecordInputException when {@code url} is none of those
   * @throws RecordException when the database cannot be reached or holds no record
   */
  public static ComplianceRecord open(String url) {
    return open(url, new Properties());
  }

  /**
   * Opens the record at {@code url} with connection properties, such as a PostgreSQL {@code user}
   * and {@code password} taken from the environment.
   *
   * @param url where the record is
   * @param properties JDBC connection properties
   * @return the open record
   * @throws RecordInputException when {@code url} is no record URL
   * @throws RecordException when the database cannot be reached or holds no record
   */
  public static ComplianceRecord open(String url, Properties properties) {
    return open(dataSource(url, properties), Clock.systemUTC());
  }

  /**
   * Opens the record in an application's own data source, such as a connection pool.
   *
   * @param dataSource a SQLite or PostgreSQL data source
   * @return the open record
   * @throws RecordException when the database cannot be reached, is of another kind, or holds no
   *     record
   */
  public static ComplianceRecord open(DataSource dataSource) {
    return open(dataSource, Clock.systemUTC());
  }

  static ComplianceRecord open(DataSource dataSource, Clock clock) {
    return new ComplianceRecord(Store.open(dataSource), clock);
  }

  static DataSource dataSource(String url, Properties properties) {
    if (url.startsWith("jdbc:postgresql:")) {
      PGSimpleDataSource source = new PGSimpleDataSource();
      try {
        source.setURL(url);
      } catch (IllegalArgumentException e) {
        throw RecordInputException.of("record", url, ALLOWED_URLS);
      }
      String user = properties.getProperty("user");
      if (user != null) {
        source.setUser(user);
      }
      String password = properties.getProperty("password");
      if (password != null) {
        source.setPassword(password);
      }
      return source;
    }
    if (url.startsWith("jdbc:sqlite:")) {
      if (url.length() == "jdbc:sqlite:".length()) {
        throw RecordInputException.of("record", url, ALLOWED_URLS);
      }
      return Store.sqlite(url);
    }
    if (url.startsWith("jdbc:") || url.isBlank()) {
      throw RecordInputException.of("record", url.isEmpty() ? "empty" : url, ALLOWED_URLS);
    }
    return Store.sqlite("jdbc:sqlite:" + Path.of(url).toAbsolutePath());
  }

  /**
   * The record's id, a random UUID made when it was created.
   *
   * @return the id
   */
  public String recordId() {
    return store.recordId();
  }

  long appendDecision(String unit, Request request, Nexus nexus, Decision decision) {
    return appender.appendDecision(unit, request, nexus, decision);
  }

  /**
   * Appends an OUTCOME entry for the DECISION entry the outcome names, and returns once it is
   * committed. The entry takes the decision's unit and request id.
   *
   * @param outcome what happened
   * @return the {@code seq} of the OUTCOME entry
   * @throws RecordInputException when {@code outcome.decisionSeq()} is no DECISION entry of this
   *     record; nothing is written
   * @throws RecordException when the record cannot be written
   */
  public long recordOutcome(Outcome outcome) {
    return appender.appendOutcome(outcome);
  }

  /**
   * Checks the whole record: every hash, link, column, outcome and checkpoint (signatures are not
   * checked without a key).
   *
   * @return verified, or the first break
   * @throws RecordException when the record cannot be read
   */
  public Verification verify() {
    return Verifier.verify(store, null, entry -> {});
  }

  /**
   * Checks the whole record, and the signature of every checkpoint made with {@code key}; fails
   * when no checkpoint was made with it.
   *
   * @param key the unit's public key
   * @return verified, or the first break
   * @throws RecordException when the record cannot be read
   */
  public Verification verify(PublicKey key) {
    return Verifier.verify(store, key, entry -> {});
  }

  /** Verifies the record, handing every entry up to the first break to {@code sink}. */
  Verification read(@Nullable PublicKey key, Consumer<Entry> sink) {
    return Verifier.verify(store, key, sink);
  }

  /**
   * Signs the head of the chain with a unit's key and stores the checkpoint. When this key already
   * signed the head, that checkpoint is returned and nothing is written.
   *
   * @param keys the unit's key pair, as {@link Keys#readPair} reads it
   * @return the checkpoint
   * @throws RecordInputException when the record has no entry to sign
   * @throws RecordException when the record cannot be read or written
   */
  public Checkpoint checkpoint(KeyPair keys) {
    try (Connection connection = store.connect()) {
      connection.setAutoCommit(false);
      try {
        // Under the write lock, like an append: on SQLite a transaction that read the head and then
        // writes fails at once (SQLITE_BUSY) when an append committed in between.
        Store.lockForAppend(connection);
        Store.Head head = Store.head(connection);
        if (head.seq() == 0) {
          throw RecordInputException.of("record", "empty", "a record with at least one entry");
        }
        String keyId = Keys.id(keys.getPublic());
        Checkpoint existing = existingCheckpoint(connection, head, keyId);
        if (existing != null) {
          // This key already signed this head: signing again would say nothing new.
          connection.rollback();
          return existing;
        }
        Instant at = Canonical.millis(clock.instant());
        String text = Checkpoint.signedText(recordId(), head.seq(), head.hash(), at);
        String signature =
            Base64.getEncoder()
                .encodeToString(
                    Keys.sign(keys.getPrivate(), text.getBytes(StandardCharsets.UTF_8)));
        Checkpoint checkpoint =
            Checkpoint.builder()
                .seq(head.seq())
                .hash(head.hash())
                .signedAt(at)
                .keyId(keyId)
                .signature(signature)
                .build();
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO record_checkpoint (seq, hash, signed_at, key_id, signature)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
          insert.setLong(1, checkpoint.seq());
          insert.setString(2, checkpoint.hash());
          insert.setString(3, Canonical.time(at));
          insert.setString(4, checkpoint.keyId());
          insert.setString(5, signature);
          insert.executeUpdate();
        }
        connection.commit();
        return checkpoint;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new RecordException("the checkpoint could not be written: " + e.getMessage(), e);
    }
  }

  /**
   * Makes a report the law requires from this record, in the city's zone {@code America/Chicago}.
   * The record is verified first, in the same pass that reads it; a record that does not verify
   * gets no report.
   *
   * @param kind which report
   * @param period the period; for {@link ReportKind#ANNUAL}, a calendar year
   * @param units the recording units to report on; empty for every unit
   * @return the report, ready to be written
   * @throws RecordInputException when a unit is no code, or the annual report is asked for a period
   *     that is not a calendar year
   * @throws RecordBrokenException when the record does not verify
   * @throws RecordException when the record cannot be read
   */
  public Report report(ReportKind kind, Period period, Set<String> units) {
    return report(kind, period, units, ReportModel.CHICAGO);
  }

  /**
   * Makes a report the law requires from this record, reading periods and showing times in {@code
   * zone}: an entry belongs to the period of its {@code recordedAt} in that zone. The record is
   * verified first, in the same pass that reads it; a record that does not verify gets no report.
   *
   * @param kind which report
   * @param period the period; for {@link ReportKind#ANNUAL}, a calendar year
   * @param units the recording units to report on; empty for every unit
   * @param zone the city's zone
   * @return the report, ready to be written
   * @throws RecordInputException when a unit is no code, or the annual report is asked for a period
   *     that is not a calendar year
   * @throws RecordBrokenException when the record does not verify
   * @throws RecordException when the record cannot be read
   */
  public Report report(ReportKind kind, Period period, Set<String> units, ZoneId zone) {
    ReportModel.Builder builder = ReportModel.builder(kind, period, units, zone);
    Verification verification = read(null, builder);
    if (!verification.verified()) {
      throw new RecordBrokenException(verification);
    }
    return new Report(builder.build(verification));
  }

  private static @Nullable Checkpoint existingCheckpoint(
      Connection connection, Store.Head head, String keyId) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT hash, signed_at, signature FROM record_checkpoint"
                + " WHERE seq = ? AND key_id = ?")) {
      select.setLong(1, head.seq());
      select.setString(2, keyId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()
            || !head.hash().equals(row.getString(1))
            || !Canonical.isTime(row.getString(2))) {
          return null;
        }
        return Checkpoint.builder()
            .seq(head.seq())
            .hash(head.hash())
            .signedAt(Instant.parse(row.getString(2)))
            .keyId(keyId)
            .signature(row.getString(3))
            .build();
      }
    }
  }

  /** Appends nothing more, waits for what was handed over, and releases the writer. */
  @Override
  public void close() {
    appender.close();
  }

  @Override
  public String toString() {
    return "ComplianceRecord{" + store.dialect() + " " + recordId() + "}";
  }
}
