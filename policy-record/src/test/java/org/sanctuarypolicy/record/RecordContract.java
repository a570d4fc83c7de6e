package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.PolicyArbitraries;

/**
 * What a compliance record guarantees on any database it runs on: appends, gapless {@code seq}
 * under concurrency, outcomes and their refusal, what {@link RecordingPolicy} records, reopening,
 * the record's clock, and checkpoints. {@link SqliteRecordTest} and {@link PostgresRecordTest} run
 * it on each database.
 */
abstract class RecordContract {
  private static final int THREADS = 16;

  @TempDir Path dir;
  private final List<AutoCloseable> opened = new ArrayList<>();
  RecordDatabase database;
  ComplianceRecord record;
  Tamperer sql;

  /** A new, empty database for one test. */
  abstract RecordDatabase newDatabase() throws SQLException;

  @BeforeEach
  void openRecord() throws SQLException {
    database = newDatabase();
    record = track(database.open());
    sql = track(database.tamperer());
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable each : opened) {
      each.close();
    }
  }

  private <T extends AutoCloseable> T track(T closeable) {
    opened.add(closeable);
    return closeable;
  }

  private RecordingPolicy policy() {
    return RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
  }

  @Test
  void append_decisionsOutcomesAndCheckpoint_verifyWithGaplessSeq() throws SQLException {
    KeyPair keys = Fixtures.ed25519();
    RecordingPolicy policy = policy();

    assertThat(policy.decide(Fixtures.detainer("lockup-1")).seq()).hasValue(1);
    assertThat(policy.decide(Fixtures.detainer("lockup-2")).seq()).hasValue(2);
    assertThat(record.recordOutcome(Outcome.of(1, OutcomeType.BAIL_POSTED))).isEqualTo(3);
    assertThat(record.recordOutcome(Outcome.of(1, OutcomeType.RELEASED))).isEqualTo(4);
    Checkpoint checkpoint = record.checkpoint(keys);

    Verification verification = record.verify(keys.getPublic());
    assertThat(verification.verified()).as(verification.toString()).isTrue();
    assertThat(verification.entries()).isEqualTo(4);
    assertThat(verification.headSeq()).isEqualTo(4);
    assertThat(verification.headHash()).isEqualTo(sql.row(4).hash()).isEqualTo(checkpoint.hash());
    assertThat(verification.checkpointsSigned()).isEqualTo(1);
    assertThat(verification.latestCheckpoint()).contains(checkpoint);
    assertThat(verification.recordId()).isEqualTo(record.recordId());
    assertThat(sql.rows().stream().map(Tamperer.Row::seq)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void append_sixteenThreadsAtOnce_seqGaplessUniqueAndChainIntact() throws Exception {
    int perThread = 12;
    RecordingPolicy policy = policy();
    Map<Long, String> requestIdBySeq = new ConcurrentHashMap<>();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<List<Long>> appends =
            () -> {
              List<Long> seqs = new ArrayList<>();
              start.await(30, TimeUnit.SECONDS);
              for (int i = 0; i < perThread; i++) {
                String requestId = "t" + thread + "-" + i;
                long decision = policy.decide(Fixtures.detainer(requestId)).seq().orElseThrow();
                seqs.add(decision);
                requestIdBySeq.put(decision, requestId);
                if (i % 2 == 0) {
                  long outcome = record.recordOutcome(Outcome.of(decision, OutcomeType.DECLINED));
                  seqs.add(outcome);
                  requestIdBySeq.put(outcome, requestId);
                }
              }
              return seqs;
            };
        results.add(threads.submit(appends));
      }
      List<Long> all = new ArrayList<>();
      for (Future<List<Long>> result : results) {
        List<Long> seqs = result.get(60, TimeUnit.SECONDS);
        assertThat(seqs).isSorted();
        all.addAll(seqs);
      }
      long total = THREADS * (perThread + perThread / 2);

      assertThat(all).doesNotHaveDuplicates().hasSize((int) total);
      assertThat(new HashSet<>(all))
          .isEqualTo(LongStream.rangeClosed(1, total).boxed().collect(Collectors.toSet()));
      assertThat(sql.count()).isEqualTo(total);
      for (Tamperer.Row row : sql.rows()) {
        assertThat(row.requestId())
            .as("entry %d", row.seq())
            .isEqualTo(requestIdBySeq.get(row.seq()));
      }
      Verification verification = record.verify();
      assertThat(verification.verified()).as(verification.toString()).isTrue();
      assertThat(verification.headSeq()).isEqualTo(total);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void append_twoRecordsOpenOnOneDatabase_oneGaplessChain() throws Exception {
    ComplianceRecord other = track(database.open());
    assertThat(other.recordId()).isEqualTo(record.recordId());
    RecordingPolicy first = policy();
    RecordingPolicy second = RecordingPolicy.of(Fixtures.CHICAGO, other, "CPD-DISTRICT-001");
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        RecordingPolicy policy = t % 2 == 0 ? first : second;
        int thread = t;
        results.add(
            threads.submit(
                () -> {
                  for (int i = 0; i < 10; i++) {
                    policy.decide(Fixtures.detainer("p" + thread + "-" + i));
                  }
                  return null;
                }));
      }
      for (Future<?> result : results) {
        result.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(sql.rows().stream().map(Tamperer.Row::seq))
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
    assertThat(sql.rows().stream().map(Tamperer.Row::unit).distinct())
        .containsExactlyInAnyOrder(Fixtures.UNIT, "CPD-DISTRICT-001");
    assertThat(record.verify().verified()).isTrue();
    assertThat(other.verify().headSeq()).isEqualTo(40);
  }

  @Test
  void recordOutcome_validOutcomes_appendedWithTheDecisionsUnitAndRequestId() throws SQLException {
    long lockup = policy().decide(Fixtures.detainer("lockup-7")).seq().orElseThrow();
    long district =
        RecordingPolicy.of(Fixtures.CHICAGO, record, "CPD-DISTRICT-001")
            .decide(Fixtures.detainer("district-9"))
            .seq()
            .orElseThrow();
    Instant occurred = Instant.parse("2026-03-02T18:40:00Z");

    long transfer =
        record.recordOutcome(
            Outcome.transferred(lockup, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF")
                .at(occurred));
    Map<OutcomeType, Long> others = new HashMap<>();
    for (OutcomeType type : OutcomeType.values()) {
      if (type != OutcomeType.TRANSFERRED) {
        others.put(type, record.recordOutcome(Outcome.of(district, type)));
      }
    }

    Tamperer.Row row = sql.row(transfer);
    assertThat(row)
        .extracting(Tamperer.Row::kind, Tamperer.Row::unit, Tamperer.Row::requestId)
        .containsExactly("OUTCOME", Fixtures.UNIT, "lockup-7");
    JsonNode body = Tamperer.tree(row.body());
    assertThat(body.get("decisionSeq").asLong()).isEqualTo(lockup);
    assertThat(body.get("outcome").asText()).isEqualTo("TRANSFERRED");
    assertThat(body.get("to").asText()).isEqualTo("STATE_OR_LOCAL_AGENCY");
    assertThat(body.get("agency").asText()).isEqualTo("COOK-COUNTY-SHERIFF");
    assertThat(body.get("occurredAt").asText()).isEqualTo("2026-03-02T18:40:00.000Z");
    for (Map.Entry<OutcomeType, Long> other : others.entrySet()) {
      Tamperer.Row outcome = sql.row(other.getValue());
      JsonNode otherBody = Tamperer.tree(outcome.body());
      assertThat(outcome)
          .extracting(Tamperer.Row::unit, Tamperer.Row::requestId)
          .containsExactly("CPD-DISTRICT-001", "district-9");
      assertThat(otherBody.get("outcome").asText()).isEqualTo(other.getKey().name());
      assertThat(otherBody.get("decisionSeq").asLong()).isEqualTo(district);
      assertThat(otherBody.get("to").isNull()).isTrue();
      assertThat(otherBody.get("agency").isNull()).isTrue();
      assertThat(otherBody.get("occurredAt").asText())
          .isEqualTo(otherBody.get("recordedAt").asText());
    }
    assertThat(others).hasSize(OutcomeType.values().length - 1);
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void recordOutcome_seqOfNoDecision_refusedNamingSeqAndNothingWritten() throws SQLException {
    long decision = policy().decide(Fixtures.detainer("lockup-1")).seq().orElseThrow();
    long outcome = record.recordOutcome(Outcome.of(decision, OutcomeType.REFERRED));
    long before = sql.count();

    for (long seq : new long[] {outcome, outcome + 1, 999}) {
      assertThatThrownBy(() -> record.recordOutcome(Outcome.of(seq, OutcomeType.DECLINED)))
          .as("outcome of entry %d", seq)
          .isInstanceOfSatisfying(
              RecordInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("seq");
                assertThat(e.value()).isEqualTo(Long.toString(seq));
              });
      assertThat(sql.count()).isEqualTo(before);
    }

    assertThat(record.recordOutcome(Outcome.of(decision, OutcomeType.DECLINED)))
        .isEqualTo(before + 1);
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void decide_anyRequests_recordsExactlyTheReportableDecisions() throws SQLException {
    List<Request> requests = new ArrayList<>();
    requests.add(Fixtures.detainer("detainer"));
    requests.add(Fixtures.ownRecords("own-records"));
    PolicyArbitraries.requests().sampleStream().limit(200).forEach(requests::add);
    RecordingPolicy policy = policy();
    List<String> recorded = new ArrayList<>();
    int unrecorded = 0;

    for (Request request : requests) {
      Recorded result = policy.decide(request);
      assertThat(result.decision()).isEqualTo(Fixtures.CHICAGO.evaluate(request));
      assertThat(result.seq().isPresent())
          .as(request.toString())
          .isEqualTo(Fixtures.reportable(request));
      assertThat(RecordingPolicy.isReportable(request, result.decision()))
          .isEqualTo(Fixtures.reportable(request));
      if (result.seq().isPresent()) {
        recorded.add(request.requestId());
      } else {
        unrecorded++;
      }
    }

    assertThat(recorded).contains("detainer").doesNotContain("own-records");
    assertThat(unrecorded).isPositive();
    assertThat(sql.rows().stream().map(Tamperer.Row::requestId))
        .containsExactlyElementsOf(recorded);
  }

  @Test
  void evaluate_reportableRequest_isOnTheRecordWhenItReturns() throws SQLException {
    RecordingPolicy policy = policy();

    Decision decision = policy.evaluate(Fixtures.detainer("lockup-1"));
    assertThat(sql.count()).isEqualTo(1);
    Decision ordinary = policy.evaluate(Fixtures.ownRecords("desk-1"));

    assertThat(sql.count()).isEqualTo(1);
    assertThat(decision).isEqualTo(Fixtures.CHICAGO.evaluate(Fixtures.detainer("lockup-1")));
    assertThat(ordinary).isEqualTo(Fixtures.CHICAGO.evaluate(Fixtures.ownRecords("desk-1")));
    assertThat(policy.nexus(Fixtures.detainer("x")))
        .isEqualTo(Fixtures.CHICAGO.nexus(Fixtures.detainer("x")));
    assertThat(policy.info()).isEqualTo(Fixtures.CHICAGO.info());
  }

  @Test
  void recordingEveryDecision_anyRequests_recordsEachOne() throws SQLException {
    RecordingPolicy every = policy().recordingEveryDecision();
    List<Request> requests = new ArrayList<>();
    requests.add(Fixtures.ownRecords("own-records"));
    PolicyArbitraries.requests().sampleStream().limit(100).forEach(requests::add);

    for (int i = 0; i < requests.size(); i++) {
      assertThat(every.decide(requests.get(i)).seq()).hasValue(i + 1);
    }

    assertThat(every.unit()).isEqualTo(Fixtures.UNIT);
    assertThat(sql.rows().stream().map(Tamperer.Row::requestId))
        .containsExactlyElementsOf(requests.stream().map(Request::requestId).toList());
  }

  @Test
  void open_sameDatabaseAgain_keepsRecordIdAndEntries() throws SQLException {
    RecordingPolicy policy = policy();
    policy.decide(Fixtures.detainer("lockup-1"));
    policy.decide(Fixtures.detainer("lockup-2"));
    Verification before = record.verify();
    String recordId = record.recordId();
    record.close();

    ComplianceRecord reopened = track(database.open());

    assertThat(reopened.recordId()).isEqualTo(recordId);
    assertThat(reopened.verify().headHash()).isEqualTo(before.headHash());
    assertThat(reopened.verify().headSeq()).isEqualTo(2);
    assertThat(
            RecordingPolicy.of(Fixtures.CHICAGO, reopened, Fixtures.UNIT)
                .decide(Fixtures.detainer("lockup-3"))
                .seq())
        .hasValue(3);
    assertThat(reopened.verify().verified()).isTrue();
    assertThat(reopened.toString()).contains(recordId);
  }

  @Test
  void recordMeta_newRecord_oneIdentityRowOfFormatOne() throws SQLException {
    List<List<String>> meta = sql.query("SELECT record_id, created_at, format FROM record_meta");

    assertThat(meta).hasSize(1);
    assertThat(meta.get(0).get(0))
        .isEqualTo(record.recordId())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(meta.get(0).get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(meta.get(0).get(2)).isEqualTo("1");
    try (ComplianceRecord second = newDatabase().open()) {
      assertThat(second.recordId()).isNotEqualTo(record.recordId());
    }
  }

  @Test
  void append_recordsOwnClock_recordedAtOccurredAtAndSignedAtInMilliseconds() throws SQLException {
    TestClock clock = new TestClock("2026-03-02T15:04:05.123456789Z");
    ComplianceRecord clocked = track(database.open(clock));
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, clocked, Fixtures.UNIT);

    long decision = policy.decide(Fixtures.detainer("lockup-1")).seq().orElseThrow();
    clock.advance(Duration.ofHours(1));
    long released = clocked.recordOutcome(Outcome.of(decision, OutcomeType.RELEASED));
    long declined =
        clocked.recordOutcome(
            Outcome.of(decision, OutcomeType.DECLINED).at(Instant.parse("2026-03-01T09:00:00.5Z")));
    clock.advance(Duration.ofMinutes(1));
    Checkpoint checkpoint = clocked.checkpoint(Fixtures.ed25519());

    assertThat(sql.row(decision).recordedAt()).isEqualTo("2026-03-02T15:04:05.123Z");
    assertThat(Tamperer.tree(sql.body(decision)).get("recordedAt").asText())
        .isEqualTo("2026-03-02T15:04:05.123Z");
    JsonNode releasedBody = Tamperer.tree(sql.body(released));
    assertThat(releasedBody.get("recordedAt").asText()).isEqualTo("2026-03-02T16:04:05.123Z");
    assertThat(releasedBody.get("occurredAt").asText()).isEqualTo("2026-03-02T16:04:05.123Z");
    assertThat(Tamperer.tree(sql.body(declined)).get("occurredAt").asText())
        .isEqualTo("2026-03-01T09:00:00.500Z");
    assertThat(checkpoint.signedAt()).isEqualTo(Instant.parse("2026-03-02T16:05:05.123Z"));
    assertThat(sql.query("SELECT signed_at FROM record_checkpoint"))
        .containsExactly(List.of("2026-03-02T16:05:05.123Z"));
  }

  @Test
  void checkpoint_emptyRecord_refusedAndNothingWritten() throws SQLException {
    KeyPair keys = Fixtures.ed25519();

    assertThatThrownBy(() -> record.checkpoint(keys))
        .isInstanceOfSatisfying(
            RecordInputException.class, e -> assertThat(e.field()).isEqualTo("record"));
    assertThat(sql.checkpointCount()).isZero();
    assertThat(record.verify().latestCheckpoint()).isEmpty();
  }

  @Test
  void checkpoint_head_anAuditorChecksItWithThePublicKeyAlone() throws Exception {
    KeyPair keys = Fixtures.ed25519();
    policy().decide(Fixtures.detainer("lockup-1"));
    policy().decide(Fixtures.detainer("lockup-2"));

    Checkpoint checkpoint = record.checkpoint(keys);

    List<List<String>> rows =
        sql.query("SELECT seq, hash, signed_at, key_id, signature FROM record_checkpoint");
    assertThat(rows).hasSize(1);
    List<String> row = rows.get(0);
    assertThat(row.get(0)).isEqualTo("2").isEqualTo(Long.toString(checkpoint.seq()));
    assertThat(row.get(1)).isEqualTo(sql.row(2).hash()).isEqualTo(checkpoint.hash());
    String signed =
        Tamperer.canonical(
            "{\"seq\":2,\"recordId\":\""
                + record.recordId()
                + "\",\"hash\":\""
                + row.get(1)
                + "\",\"at\":\""
                + row.get(2)
                + "\"}");
    assertThat(row.get(3))
        .isEqualTo(
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded())))
        .isEqualTo(checkpoint.keyId());
    byte[] signature = Base64.getDecoder().decode(row.get(4));
    assertThat(signature).hasSize(64);
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initVerify(keys.getPublic());
    ed25519.update(signed.getBytes(StandardCharsets.UTF_8));
    assertThat(ed25519.verify(signature)).isTrue();
  }

  @Test
  void checkpoint_sameHeadAndKeyAgain_returnsTheFirstAndWritesNothing() throws SQLException {
    KeyPair keys = Fixtures.ed25519();
    policy().decide(Fixtures.detainer("lockup-1"));
    Checkpoint first = record.checkpoint(keys);

    Checkpoint again = record.checkpoint(keys);
    Checkpoint otherKey = record.checkpoint(Fixtures.ed25519());
    policy().decide(Fixtures.detainer("lockup-2"));
    Checkpoint next = record.checkpoint(keys);

    assertThat(again).isEqualTo(first);
    assertThat(otherKey.seq()).isEqualTo(1);
    assertThat(otherKey.keyId()).isNotEqualTo(first.keyId());
    assertThat(next.seq()).isEqualTo(2);
    assertThat(sql.checkpointCount()).isEqualTo(3);
    Verification verification = record.verify(keys.getPublic());
    assertThat(verification.verified()).isTrue();
    assertThat(verification.checkpointsInChain()).isEqualTo(3);
    assertThat(verification.checkpointsSigned()).isEqualTo(2);
    assertThat(verification.latestCheckpoint().map(Checkpoint::seq)).isEqualTo(Optional.of(2L));
  }
}
