package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import net.jqwik.api.statistics.Statistics;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.PolicyArbitraries;

/**
 * Every record the API can build verifies, and every single-entry change made with plain SQL is
 * found and named: the kind of break and the {@code seq} where it is.
 *
 * <p>All tries share one SQLite record; before each try its tables are emptied (and {@code
 * record_entry} made anew, since one tampering drops its primary key), which leaves the record as a
 * newly created one.
 */
class ChainProperties {
  private static Path dir;
  private static ComplianceRecord record;
  private static Tamperer database;
  private static String entryTable;
  private static KeyPair unitKey;
  private static KeyPair otherKey;

  @BeforeContainer
  static void openRecord() throws IOException, SQLException {
    dir = Files.createTempDirectory("chain-properties");
    String url = "jdbc:sqlite:" + dir.resolve("record.db");
    record = ComplianceRecord.open(url);
    Connection connection = DriverManager.getConnection(url);
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'record_entry'")) {
      row.next();
      entryTable = row.getString(1);
    }
    database = new Tamperer(connection);
    unitKey = Fixtures.ed25519();
    otherKey = Fixtures.ed25519();
  }

  @AfterContainer
  static void closeRecord() throws IOException, SQLException {
    record.close();
    database.close();
    MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
  }

  @BeforeTry
  void emptyRecord() throws SQLException {
    database.execute("DROP TABLE record_entry");
    database.execute(entryTable);
    database.execute("DELETE FROM record_checkpoint");
  }

  @Property(tries = 100)
  void verify_anyRecordTheApiBuilds_verifies(@ForAll("steps") List<Step> steps)
      throws SQLException {
    Built built = build(steps);
    Verification verification = record.verify();

    assertThat(verification.firstBreak()).isEmpty();
    assertThat(verification.headSeq()).isEqualTo(built.entries()).isEqualTo(database.count());
    assertThat(verification.entries()).isEqualTo(built.entries());
    assertThat(verification.headHash())
        .isEqualTo(built.entries() == 0 ? "0".repeat(64) : database.row(built.entries()).hash());
    assertThat(verification.checkpointsInChain()).isEqualTo(built.checkpoints().size());
    assertThat(verification.latestCheckpoint().map(Checkpoint::seq))
        .isEqualTo(built.checkpoints().stream().map(Checkpoint::seq).max(Long::compare));

    Verification signed = record.verify(unitKey.getPublic());
    long byUnit =
        built.checkpoints().stream()
            .filter(c -> c.keyId().equals(Keys.id(unitKey.getPublic())))
            .count();
    if (byUnit > 0) {
      assertThat(signed.firstBreak()).isEmpty();
      assertThat(signed.checkpointsSigned()).isEqualTo(byUnit);
    } else {
      assertThat(signed.firstBreak().map(b -> Tuple.of(b.seq(), b.kind())))
          .contains(Tuple.of(0L, BreakKind.CHECKPOINT_SIGNATURE));
    }
    Statistics.label("checkpoints").collect(built.checkpoints().isEmpty() ? "none" : "some");
    Statistics.label("checkpoints")
        .coverage(
            coverage -> {
              coverage.check("none").count(c -> c > 0);
              coverage.check("some").count(c -> c > 0);
            });
  }

  @Property(tries = 200)
  void verify_anySingleEntryMutation_namesTheBreakAndItsSeq(
      @ForAll("steps") List<Step> steps,
      @ForAll Mutation mutation,
      @ForAll @IntRange(min = 0, max = 100_000) int pick,
      @ForAll @IntRange(min = 0, max = 100_000) int otherPick)
      throws SQLException {
    List<Step> withTwoDecisions = new ArrayList<>();
    withTwoDecisions.add(new Decide(Fixtures.detainer("first"), false));
    withTwoDecisions.add(new Decide(Fixtures.ownRecords("second"), true));
    withTwoDecisions.addAll(steps);
    Built built = build(withTwoDecisions);
    long n = built.entries();
    long k = 1 + pick % n;
    assertThat(record.verify().verified()).isTrue();

    Optional<Tuple.Tuple2<Long, BreakKind>> expected = mutate(mutation, k, otherPick, built);
    Verification verification = record.verify();

    assertThat(verification.firstBreak().map(b -> Tuple.of(b.seq(), b.kind())))
        .as("%s of entry %d of %d: %s", mutation, k, n, verification)
        .isEqualTo(expected);
    Statistics.label("mutation").collect(mutation);
    Statistics.label("mutation")
        .coverage(
            coverage -> {
              for (Mutation each : Mutation.values()) {
                coverage.check(each).count(c -> c > 0);
              }
            });
  }

  /** One way to change a single entry with plain SQL. */
  enum Mutation {
    BODY_CHARACTER,
    HASH,
    PREV_REHASHED,
    COLUMN,
    DELETE,
    SWAP,
    DUPLICATE_SEQ
  }

  /** Applies {@code mutation} to entry {@code k}; returns the break verification must name. */
  private static Optional<Tuple.Tuple2<Long, BreakKind>> mutate(
      Mutation mutation, long k, int otherPick, Built built) throws SQLException {
    long n = built.entries();
    Tamperer.Row row = database.row(k);
    switch (mutation) {
      case BODY_CHARACTER:
        {
          int at = otherPick % row.body().length();
          char old = row.body().charAt(at);
          database.setBody(
              k,
              row.body().substring(0, at)
                  + (old == 'x' ? 'y' : 'x')
                  + row.body().substring(at + 1));
          return at(k, BreakKind.HASH_MISMATCH);
        }
      case HASH:
        database.set(k, "hash", Tamperer.sha256(row.hash()));
        return at(k, BreakKind.HASH_MISMATCH);
      case PREV_REHASHED:
        database.edit(k, body -> body.put("prev", Tamperer.sha256(body.get("prev").textValue())));
        return at(k, BreakKind.PREV_MISMATCH);
      case COLUMN:
        {
          String[] columns = {"kind", "recorded_at", "unit", "request_id"};
          String[] was = {row.kind(), row.recordedAt(), row.unit(), row.requestId()};
          String[] tampered = {
            row.kind().equals("DECISION") ? "OUTCOME" : "DECISION",
            row.recordedAt().startsWith("1999")
                ? "1998-01-01T00:00:00.000Z"
                : "1999-01-01T00:00:00.000Z",
            row.unit().equals("TAMPERED") ? "TAMPERED-TOO" : "TAMPERED",
            row.requestId().equals("tampered") ? "tampered-too" : "tampered"
          };
          int column = otherPick % columns.length;
          assertThat(tampered[column]).isNotEqualTo(was[column]);
          database.set(k, columns[column], tampered[column]);
          return at(k, BreakKind.COLUMN_MISMATCH);
        }
      case DELETE:
        database.delete(k);
        if (k < n) {
          return at(k, BreakKind.MISSING_SEQ);
        }
        // The last entry: only a checkpoint that signed it shows that it was there.
        return built.checkpoints().stream().anyMatch(c -> c.seq() == n)
            ? at(n, BreakKind.TRUNCATED)
            : Optional.empty();
      case SWAP:
        {
          long other = 1 + otherPick % n;
          if (other == k) {
            other = k % n + 1;
          }
          database.swap(k, other);
          // The first of the two rows holds a body that names the other seq.
          return at(Math.min(k, other), BreakKind.COLUMN_MISMATCH);
        }
      case DUPLICATE_SEQ:
        {
          long repeated = k < n ? k : n - 1;
          database.dropPrimaryKey();
          database.set(repeated + 1, "seq", repeated);
          return at(repeated, BreakKind.MISSING_SEQ);
        }
      default:
        throw new AssertionError(mutation);
    }
  }

  private static Optional<Tuple.Tuple2<Long, BreakKind>> at(long seq, BreakKind kind) {
    return Optional.of(Tuple.of(seq, kind));
  }

  /** One step of building a record through the API. */
  sealed interface Step permits Decide, Follow, Sign {}

  /** Decide a request; record it when reportable, or always with {@code every}. */
  record Decide(Request request, boolean every) implements Step {}

  /** Record an outcome of the {@code pick}-th decision recorded so far (modulo their number). */
  record Follow(int pick, Outcome outcome) implements Step {}

  /** Sign the head with the unit's key or another one. */
  record Sign(boolean unitsKey) implements Step {}

  /** What the API built: the number of entries and the checkpoints it returned. */
  record Built(long entries, List<Checkpoint> checkpoints) {}

  private static Built build(List<Step> steps) {
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    List<Long> decisions = new ArrayList<>();
    List<Checkpoint> checkpoints = new ArrayList<>();
    long entries = 0;
    for (Step step : steps) {
      if (step instanceof Decide decide) {
        Recorded recorded =
            (decide.every() ? policy.recordingEveryDecision() : policy).decide(decide.request());
        assertThat(recorded.seq().isPresent())
            .isEqualTo(decide.every() || Fixtures.reportable(decide.request()));
        if (recorded.seq().isPresent()) {
          assertThat(recorded.seq().getAsLong()).isEqualTo(++entries);
          decisions.add(entries);
        }
      } else if (step instanceof Follow follow) {
        if (decisions.isEmpty()) {
          continue;
        }
        Outcome outcome = follow.outcome();
        long seq =
            record.recordOutcome(
                Outcome.of(
                    decisions.get(follow.pick() % decisions.size()),
                    outcome.type(),
                    outcome.to(),
                    outcome.agency(),
                    outcome.occurredAt()));
        assertThat(seq).isEqualTo(++entries);
      } else {
        KeyPair keys = ((Sign) step).unitsKey() ? unitKey : otherKey;
        if (entries == 0) {
          assertThatThrownBy(() -> record.checkpoint(keys))
              .isInstanceOf(RecordInputException.class);
          continue;
        }
        Checkpoint checkpoint = record.checkpoint(keys);
        assertThat(checkpoint.seq()).isEqualTo(entries);
        if (!checkpoints.contains(checkpoint)) {
          checkpoints.add(checkpoint);
        }
      }
    }
    return new Built(entries, checkpoints);
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> decide =
        Combinators.combine(PolicyArbitraries.requests(), Arbitraries.of(true, false))
            .as(Decide::new);
    Arbitrary<Outcome> outcomes =
        Arbitraries.oneOf(
            Arbitraries.of(OutcomeType.class)
                .filter(t -> t != OutcomeType.TRANSFERRED)
                .map(t -> Outcome.of(1, t)),
            Combinators.combine(
                    Arbitraries.of(Counterparty.class),
                    Arbitraries.of("ICE-ERO-CHICAGO", "COOK-COUNTY-SHERIFF", "X"))
                .as((to, agency) -> Outcome.transferred(1, to, agency)));
    Arbitrary<Step> follow =
        Combinators.combine(Arbitraries.integers().between(0, 1000), outcomes).as(Follow::new);
    Arbitrary<Step> sign = Arbitraries.of(true, false).map(Sign::new);
    return Arbitraries.frequencyOf(Tuple.of(5, decide), Tuple.of(3, follow), Tuple.of(1, sign))
        .list()
        .ofMaxSize(10);
  }
}
