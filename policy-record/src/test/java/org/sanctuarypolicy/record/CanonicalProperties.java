package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.testkit.PolicyArbitraries;

/**
 * The entries' bodies are RFC 8785 canonical JSON, as an independent canonicalizer writes it,
 * hashed with SHA-256, and hold exactly the fields of DESIGN §11.
 *
 * <p>The entries are appended through the API to one SQLite record that all tries share, and read
 * back with plain JDBC; the record's clock is moved to a random time before each append.
 */
class CanonicalProperties {
  private static final String ZEROS = "0".repeat(64);
  private static Path dir;
  private static TestClock clock;
  private static ComplianceRecord record;
  private static Tamperer database;

  @BeforeContainer
  static void openRecord() throws IOException, SQLException {
    dir = Files.createTempDirectory("canonical-properties");
    String url = "jdbc:sqlite:" + dir.resolve("record.db");
    clock = new TestClock("2026-03-02T15:04:05.123Z");
    record = ComplianceRecord.open(ComplianceRecord.dataSource(url, new Properties()), clock);
    database = new Tamperer(DriverManager.getConnection(url));
  }

  @AfterContainer
  static void closeRecord() throws IOException, SQLException {
    record.close();
    database.close();
    MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
  }

  @Property(tries = 300)
  void decisionEntry_anyRequestAndUnit_isCanonicalHashedAndHoldsTheDesignFields(
      @ForAll("requests") Request request,
      @ForAll("codes") String unit,
      @ForAll("times") Instant now)
      throws SQLException {
    clock.set(now);
    Recorded recorded =
        RecordingPolicy.of(Fixtures.CHICAGO, record, unit).recordingEveryDecision().decide(request);
    Decision decision = recorded.decision();
    assertThat(decision).isEqualTo(Fixtures.CHICAGO.evaluate(request));
    long seq = recorded.seq().orElseThrow();
    Tamperer.Row row = database.row(seq);

    assertCanonicalAndHashed(row);
    ObjectNode expected = Tamperer.JSON.createObjectNode();
    expected.set("decision", decisionPart(decision));
    expected.put("kind", "DECISION");
    expected.put("nexus", Fixtures.CHICAGO.nexus(request).name());
    expected.put("prev", prev(seq));
    expected.put("recordedAt", millis(now));
    expected.set("request", Tamperer.tree(PolicyJson.write(request)));
    expected.put("requestId", request.requestId());
    expected.put("seq", seq);
    expected.put("unit", unit);
    assertThat(Tamperer.tree(row.body())).isEqualTo(Tamperer.tree(expected.toString()));
    assertThat(row)
        .extracting(Tamperer.Row::kind, Tamperer.Row::recordedAt, Tamperer.Row::unit)
        .containsExactly("DECISION", millis(now), unit);
    assertThat(row.requestId()).isEqualTo(request.requestId());
  }

  @Property(tries = 200)
  void outcomeEntry_anyOutcome_isCanonicalHashedAndHoldsTheDesignFields(
      @ForAll("requests") Request request,
      @ForAll("codes") String unit,
      @ForAll("outcomes") Outcome outcome,
      @ForAll("times") Instant decidedAt,
      @ForAll("times") Instant now)
      throws SQLException {
    clock.set(decidedAt);
    long decisionSeq =
        RecordingPolicy.of(Fixtures.CHICAGO, record, unit)
            .recordingEveryDecision()
            .decide(request)
            .seq()
            .orElseThrow();
    clock.set(now);
    Outcome about =
        Outcome.of(
            decisionSeq, outcome.type(), outcome.to(), outcome.agency(), outcome.occurredAt());
    long seq = record.recordOutcome(about);
    Tamperer.Row row = database.row(seq);

    assertThat(seq).isEqualTo(decisionSeq + 1);
    assertCanonicalAndHashed(row);
    boolean transferred = outcome.type() == OutcomeType.TRANSFERRED;
    ObjectNode expected = Tamperer.JSON.createObjectNode();
    expected.put("agency", outcome.agency().orElse(null));
    expected.put("decisionSeq", decisionSeq);
    expected.put("kind", "OUTCOME");
    expected.put("occurredAt", millis(outcome.occurredAt().orElse(now)));
    expected.put("outcome", outcome.type().name());
    expected.put("prev", prev(seq));
    expected.put("recordedAt", millis(now));
    expected.put("requestId", request.requestId());
    expected.put("seq", seq);
    expected.put("to", outcome.to().map(Counterparty::name).orElse(null));
    expected.put("unit", unit);
    JsonNode body = Tamperer.tree(row.body());
    assertThat(body).isEqualTo(Tamperer.tree(expected.toString()));
    assertThat(body.get("to").isNull()).isEqualTo(!transferred);
    assertThat(body.get("agency").isNull()).isEqualTo(!transferred);
    assertThat(row)
        .extracting(Tamperer.Row::kind, Tamperer.Row::unit, Tamperer.Row::requestId)
        .containsExactly("OUTCOME", unit, request.requestId());
  }

  @Property(tries = 1000)
  void bodies_extremeSeqCodesAndTimes_equalTheIndependentCanonicalForm(
      @ForAll("requests") Request request,
      @ForAll("codes") String unit,
      @ForAll("outcomes") Outcome outcome,
      @ForAll("seqs") long seq,
      @ForAll("hashes") String prev,
      @ForAll("anyTimes") Instant at) {
    Decision decision = Fixtures.CHICAGO.evaluate(request);
    Nexus nexus = Fixtures.CHICAGO.nexus(request);
    String decisionBody = Bodies.decision(seq, prev, at, unit, request, nexus, decision);
    String outcomeBody =
        Bodies.outcome(seq, prev, at, new Bodies.DecisionRef(unit, request.requestId()), outcome);

    assertThat(decisionBody).isEqualTo(Tamperer.canonical(decisionBody));
    assertThat(outcomeBody).isEqualTo(Tamperer.canonical(outcomeBody));
    assertThat(Canonical.sha256(decisionBody)).isEqualTo(Tamperer.sha256(decisionBody));
    assertThat(Tamperer.tree(decisionBody).get("seq").longValue()).isEqualTo(seq);
  }

  /**
   * Any text a policy puts in a decision (policy id and version, clause and exception ids) reaches
   * the body, and a policy may be any catalog: the canonical form holds for every string.
   */
  @Property(tries = 500)
  void text_anyStringsAndIntegers_equalsTheIndependentCanonicalForm(
      @ForAll("trees") ObjectNode tree) {
    String text = Canonical.text(tree);

    assertThat(text).isEqualTo(Tamperer.canonical(text));
    assertThat(Tamperer.tree(text)).isEqualTo(Tamperer.tree(tree.toString()));
  }

  @Example
  void decisionEntry_detainerAtTheDesignsTime_isTheDesignsText() throws SQLException {
    clock.set(Instant.parse("2026-03-02T15:04:05.123999Z"));
    Request request = Fixtures.detainer("lockup-2291");
    long seq =
        RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT)
            .decide(request)
            .seq()
            .orElseThrow();
    Decision decision = Fixtures.CHICAGO.evaluate(request);
    StringBuilder reasons = new StringBuilder();
    decision
        .reasons()
        .forEach(
            r ->
                reasons
                    .append(reasons.length() == 0 ? "" : ",")
                    .append("{\"clause\":\"")
                    .append(r.clause())
                    .append("\",\"effect\":\"")
                    .append(r.effect())
                    .append("\",\"exception\":")
                    .append(r.exception().map(e -> "\"" + e + "\"").orElse("null"))
                    .append('}'));
    StringBuilder obligations = new StringBuilder();
    decision
        .obligations()
        .forEach(
            o ->
                obligations
                    .append(obligations.length() == 0 ? "" : ",")
                    .append('"')
                    .append(o.type())
                    .append('"'));
    String expected =
        "{\"decision\":{\"effect\":\""
            + decision.effect()
            + "\",\"obligations\":["
            + obligations
            + "],\"policy\":{\"fingerprint\":\""
            + decision.policy().fingerprint()
            + "\",\"id\":\""
            + decision.policy().id()
            + "\",\"version\":\""
            + decision.policy().version()
            + "\"},\"reasons\":["
            + reasons
            + "]},\"kind\":\"DECISION\",\"nexus\":\"CONFIRMED\",\"prev\":\""
            + prev(seq)
            + "\",\"recordedAt\":\"2026-03-02T15:04:05.123Z\",\"request\":"
            + Tamperer.canonical(PolicyJson.write(request))
            + ",\"requestId\":\"lockup-2291\",\"seq\":"
            + seq
            + ",\"unit\":\"CPD-LOCKUP-018\"}";

    assertThat(database.body(seq)).isEqualTo(expected);
    assertThat(decision.reasons()).isNotEmpty();
  }

  private static void assertCanonicalAndHashed(Tamperer.Row row) {
    assertThat(row.body()).isEqualTo(Tamperer.canonical(row.body()));
    assertThat(row.hash()).isEqualTo(Tamperer.sha256(row.body())).matches("[0-9a-f]{64}");
  }

  private static ObjectNode decisionPart(Decision decision) {
    ObjectNode part = Tamperer.JSON.createObjectNode();
    part.put("effect", decision.effect().name());
    ArrayNode obligations = part.putArray("obligations");
    decision.obligations().forEach(o -> obligations.add(o.type().name()));
    ObjectNode policy = part.putObject("policy");
    policy.put("fingerprint", decision.policy().fingerprint());
    policy.put("id", decision.policy().id());
    policy.put("version", decision.policy().version());
    ArrayNode reasons = part.putArray("reasons");
    decision
        .reasons()
        .forEach(
            r ->
                reasons
                    .addObject()
                    .put("clause", r.clause())
                    .put("effect", r.effect().name())
                    .put("exception", r.exception().orElse(null)));
    return part;
  }

  private static String prev(long seq) throws SQLException {
    return seq == 1 ? ZEROS : database.row(seq - 1).hash();
  }

  /** DESIGN §11's time form, written here without the record's formatter. */
  private static String millis(Instant instant) {
    String text = instant.toString(); // ISO-8601, as many fraction digits as needed
    String seconds = text.substring(0, 19);
    int nanos = instant.getNano();
    return seconds + String.format(".%03dZ", nanos / 1_000_000);
  }

  /** Objects of strings of any code points, integers, nulls, arrays and nested objects. */
  @Provide
  Arbitrary<ObjectNode> trees() {
    Arbitrary<String> strings =
        Arbitraries.strings()
            .all()
            .ofMaxLength(12)
            .filter(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
    Arbitrary<Object> leaves =
        Arbitraries.oneOf(
            strings.map(text -> (Object) text),
            Arbitraries.longs().between(-(1L << 53), 1L << 53).map(n -> (Object) n),
            Arbitraries.just(Optional.empty()));
    return Arbitraries.maps(strings, leaves.list().ofMaxSize(3))
        .ofMaxSize(6)
        .map(
            fields -> {
              ObjectNode node = Canonical.NODES.objectNode();
              fields.forEach(
                  (name, values) -> {
                    ArrayNode array = node.putArray(name);
                    for (Object value : values) {
                      if (value instanceof String text) {
                        array.add(text);
                      } else if (value instanceof Long number) {
                        array.add(number);
                      } else {
                        array.addNull();
                      }
                    }
                    node.putObject(name + "\u0000").put(name, values.size());
                  });
              return node;
            });
  }

  @Provide
  Arbitrary<Request> requests() {
    return PolicyArbitraries.requests();
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('-')
        .ofMinLength(1)
        .ofMaxLength(64);
  }

  @Provide
  Arbitrary<Instant> times() {
    return Arbitraries.longs()
        .between(
            Instant.parse("2000-01-01T00:00:00Z").toEpochMilli() * 1000,
            Instant.parse("2100-01-01T00:00:00Z").toEpochMilli() * 1000)
        .map(micros -> Instant.EPOCH.plusNanos(micros * 1000));
  }

  /** Times of every year the record's four-digit form can hold. */
  @Provide
  Arbitrary<Instant> anyTimes() {
    return Arbitraries.longs()
        .between(
            Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
        .flatMap(
            seconds ->
                Arbitraries.integers()
                    .between(0, 999_999_999)
                    .map(nanos -> Instant.ofEpochSecond(seconds, nanos)));
  }

  /** Sequence numbers up to 2^53, the largest integer RFC 8785 writes exactly. */
  @Provide
  Arbitrary<Long> seqs() {
    return Arbitraries.longs().between(1, 1L << 53);
  }

  @Provide
  Arbitrary<String> hashes() {
    return Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    Arbitrary<Optional<Instant>> occurredAt = times().optional(0.5);
    Arbitrary<Outcome> others =
        Combinators.combine(
                Arbitraries.of(OutcomeType.class).filter(t -> t != OutcomeType.TRANSFERRED),
                occurredAt)
            .as((type, at) -> Outcome.of(1, type, Optional.empty(), Optional.empty(), at));
    Arbitrary<Outcome> transfers =
        Combinators.combine(Arbitraries.of(Counterparty.class), codes(), occurredAt)
            .as(
                (to, agency, at) ->
                    Outcome.of(
                        1, OutcomeType.TRANSFERRED, Optional.of(to), Optional.of(agency), at));
    return Arbitraries.oneOf(others, transfers);
  }
}
