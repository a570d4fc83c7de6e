package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.RecordFiles.UNIT;
import static org.sanctuarypolicy.examples.cli.SampleRequests.GARAGE;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The decision service with a compliance record: {@code POST /v1/decisions} records before it
 * answers, {@code POST /v1/outcomes} records outcomes, and a record that cannot be written gets 503
 * and no decision.
 */
class DecisionServerRecordTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final String OUTCOMES =
      "DECLINED, REFERRED, ACTED_WITHIN_AUTHORITY, BAIL_POSTED, RELEASED, TRANSFERRED";

  @TempDir static Path dir;

  private static Path file;
  private static ComplianceRecord record;
  private static DecisionServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    file = RecordFiles.withDecisions(dir.resolve("record.db"));
    record = ComplianceRecord.open(file.toString());
    server =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0),
            DecisionServer.Settings.DEFAULTS,
            RecordingPolicy.of(POLICY, record, UNIT));
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stop() {
    assertThat(server.stop(Duration.ofSeconds(5))).isTrue();
    record.close();
  }

  static HttpResponse<String> post(DecisionServer to, String path, String body) throws Exception {
    return post(to, path, body, "application/json");
  }

  static HttpResponse<String> post(
      DecisionServer to, String path, String body, @Nullable String contentType) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(to.uri().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .POST(BodyPublishers.ofString(body, UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  /** An error answer: JSON with {@code error} and {@code message}, and no decision nor seq. */
  static JsonNode error(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode body = RecordFiles.JSON.readTree(response.body());
    assertThat(body.path("error").isTextual()).as(response.body()).isTrue();
    assertThat(body.path("message").isTextual()).as(response.body()).isTrue();
    assertThat(body.has("effect")).isFalse();
    assertThat(body.has("seq")).isFalse();
    return body;
  }

  /** The seq of a new DECISION entry for {@code request}, decided through the service. */
  private static long decided(Request request) throws Exception {
    long before = RecordFiles.count(file);
    HttpResponse<String> response =
        post(server, DecisionHandler.DECISIONS, PolicyJson.write(request));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(RecordFiles.count(file)).isEqualTo(before + 1);
    return before + 1;
  }

  // ---- POST /v1/decisions ----------------------------------------------------------------------

  @Test
  void postDecision_reportable_isOnTheRecordWhenAnswered() throws Exception {
    long before = RecordFiles.count(file);

    HttpResponse<String> response = post(server, DecisionHandler.DECISIONS, PolicyJson.write(HOLD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(PolicyJson.write(POLICY.evaluate(HOLD)));
    List<JsonNode> bodies = RecordFiles.bodies(file);
    assertThat(bodies).hasSize((int) before + 1);
    JsonNode entry = bodies.get(bodies.size() - 1);
    assertThat(entry.get("requestId").asText()).isEqualTo("hold-1");
    assertThat(entry.get("unit").asText()).isEqualTo(UNIT);
    assertThat(entry.get("decision")).isEqualTo(RecordFiles.recordedForm(POLICY.evaluate(HOLD)));
  }

  @Test
  void postDecision_batchOfRandomRequests_recordsExactlyItsReportableOnes() throws Exception {
    RandomRequests random = new RandomRequests(77L, "batch");
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      requests.add(random.next());
    }
    List<String> reportable =
        requests.stream()
            .filter(RecordFiles::reportable)
            .map(Request::requestId)
            .collect(Collectors.toList());
    long before = RecordFiles.count(file);

    HttpResponse<String> response =
        post(
            server,
            DecisionHandler.DECISIONS,
            requests.stream().map(PolicyJson::write).collect(Collectors.joining(",", "[", "]")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(
            requests.stream()
                .map(r -> PolicyJson.write(POLICY.evaluate(r)))
                .collect(Collectors.joining(",", "[", "]")));
    List<JsonNode> bodies = RecordFiles.bodies(file);
    assertThat(
            bodies.subList((int) before, bodies.size()).stream()
                .map(b -> b.get("requestId").asText())
                .collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(reportable);
  }

  @Test
  void health_withRecord_namesTheRecordAndUnit() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve(DecisionHandler.HEALTH)).build(),
            BodyHandlers.ofString(UTF_8));

    JsonNode body = RecordFiles.JSON.readTree(response.body());
    assertThat(body.get("record").get("id").asText()).isEqualTo(record.recordId());
    assertThat(body.get("record").get("unit").asText()).isEqualTo(UNIT);
  }

  // ---- POST /v1/outcomes -----------------------------------------------------------------------

  @Test
  void postOutcome_transferred_answers201WithTheOutcomeSeq() throws Exception {
    long decision = decided(HOLD);

    HttpResponse<String> response =
        post(
            server,
            DecisionHandler.OUTCOMES,
            "{\"seq\":"
                + decision
                + ",\"outcome\":\"TRANSFERRED\",\"to\":\"STATE_OR_LOCAL_AGENCY\","
                + "\"agency\":\"COOK-COUNTY-SHERIFF\",\"occurredAt\":\"2026-03-02T18:40:00.000Z\"}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).isEqualTo("{\"seq\":" + (decision + 1) + "}");
    JsonNode entry = RecordFiles.bodies(file).get((int) decision);
    assertThat(entry.get("kind").asText()).isEqualTo("OUTCOME");
    assertThat(entry.get("decisionSeq").asLong()).isEqualTo(decision);
    assertThat(entry.get("agency").asText()).isEqualTo("COOK-COUNTY-SHERIFF");
    assertThat(entry.get("occurredAt").asText()).isEqualTo("2026-03-02T18:40:00.000Z");
  }

  @Test
  void postOutcome_minimal_recordsItAtTheTimeOfRecording() throws Exception {
    long decision = decided(GARAGE);

    HttpResponse<String> response =
        post(
            server,
            DecisionHandler.OUTCOMES,
            " {\"outcome\":\"DECLINED\",\"seq\":" + decision + "}\n");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonNode entry = RecordFiles.bodies(file).get((int) decision);
    assertThat(entry.get("outcome").asText()).isEqualTo("DECLINED");
    assertThat(entry.get("occurredAt")).isEqualTo(entry.get("recordedAt"));
  }

  private static JsonNode invalidOutcome(String body, String field) throws Exception {
    long before = RecordFiles.count(file);
    JsonNode error = error(post(server, DecisionHandler.OUTCOMES, body), 400);
    assertThat(error.get("error").asText()).as(body).isEqualTo("invalid outcome");
    assertThat(error.get("field").asText()).as(body).isEqualTo(field);
    assertThat(error.get("message").asText())
        .isEqualTo(
            field
                + ": "
                + error.get("value").asText()
                + " is not allowed; allowed: "
                + error.get("allowed").asText());
    assertThat(RecordFiles.count(file)).isEqualTo(before);
    return error;
  }

  @Test
  void postOutcome_invalidBodies_answer400NamingFieldValueAndAllowed() throws Exception {
    long decision = decided(HOLD);
    String seq = "\"seq\":" + decision;

    assertThat(
            invalidOutcome("{" + seq + ",\"outcome\":\"RELEASED\",\"note\":\"x\"}", "note")
                .get("allowed")
                .asText())
        .isEqualTo("the fields seq, outcome, to, agency, occurredAt");
    assertThat(
            invalidOutcome("{" + seq + "," + seq + ",\"outcome\":\"RELEASED\"}", "seq")
                .get("value")
                .asText())
        .isEqualTo("a second value");
    assertThat(
            invalidOutcome("{\"seq\":\"" + decision + "\",\"outcome\":\"RELEASED\"}", "seq")
                .get("allowed")
                .asText())
        .isEqualTo("the seq of a DECISION entry, a whole number from 1");
    invalidOutcome("{\"seq\":1.5,\"outcome\":\"RELEASED\"}", "seq");
    invalidOutcome("{\"seq\":0,\"outcome\":\"RELEASED\"}", "seq");
    invalidOutcome("{\"seq\":99999999999999999999,\"outcome\":\"RELEASED\"}", "seq");
    invalidOutcome("{\"outcome\":\"RELEASED\"}", "seq");
    JsonNode badName = invalidOutcome("{" + seq + ",\"outcome\":\"FREED\"}", "outcome");
    assertThat(badName.get("value").asText()).isEqualTo("\"FREED\"");
    assertThat(badName.get("allowed").asText()).isEqualTo(OUTCOMES);
    invalidOutcome("{" + seq + ",\"outcome\":null}", "outcome");
    invalidOutcome("{" + seq + "}", "outcome");
    invalidOutcome("{" + seq + ",\"outcome\":\"RELEASED\",\"to\":\"STATE_OR_LOCAL_AGENCY\"}", "to");
    invalidOutcome(
        "{" + seq + ",\"outcome\":\"TRANSFERRED\",\"to\":\"STATE_OR_LOCAL_AGENCY\"}", "agency");
    invalidOutcome(
        "{"
            + seq
            + ",\"outcome\":\"TRANSFERRED\",\"to\":\"STATE_OR_LOCAL_AGENCY\","
            + "\"agency\":\"cook county\"}",
        "agency");
    invalidOutcome(
        "{"
            + seq
            + ",\"outcome\":\"TRANSFERRED\",\"to\":\"SHERIFF\","
            + "\"agency\":\"COOK-COUNTY-SHERIFF\"}",
        "to");
    invalidOutcome(
        "{" + seq + ",\"outcome\":\"RELEASED\",\"occurredAt\":\"yesterday\"}", "occurredAt");
    invalidOutcome(
        "{" + seq + ",\"outcome\":\"RELEASED\",\"occurredAt\":1700000000}", "occurredAt");
    invalidOutcome("[{" + seq + ",\"outcome\":\"RELEASED\"}]", "outcome");
    // The entry after the decision is an OUTCOME, not a DECISION.
    post(server, DecisionHandler.OUTCOMES, "{" + seq + ",\"outcome\":\"REFERRED\"}");
    JsonNode notDecision =
        invalidOutcome("{\"seq\":" + (decision + 1) + ",\"outcome\":\"RELEASED\"}", "seq");
    assertThat(notDecision.get("allowed").asText())
        .isEqualTo("the seq of a DECISION entry of this record");
  }

  @Test
  void postOutcome_malformedEmptyOrNotJson_answersLikeDecisions() throws Exception {
    long before = RecordFiles.count(file);

    JsonNode malformed = error(post(server, DecisionHandler.OUTCOMES, "{\"seq\":1,"), 400);
    JsonNode trailing =
        error(
            post(server, DecisionHandler.OUTCOMES, "{\"seq\":1,\"outcome\":\"DECLINED\"} {}"), 400);
    JsonNode empty = error(post(server, DecisionHandler.OUTCOMES, "  "), 400);
    JsonNode text = error(post(server, DecisionHandler.OUTCOMES, "{}", "text/plain"), 415);

    assertThat(malformed.get("error").asText()).isEqualTo("malformed JSON");
    assertThat(trailing.get("error").asText()).isEqualTo("malformed JSON");
    assertThat(trailing.get("message").asText()).contains("content after the object");
    assertThat(empty.get("error").asText()).isEqualTo("empty body");
    assertThat(text.get("error").asText()).isEqualTo("unsupported media type");
    assertThat(RecordFiles.count(file)).isEqualTo(before);
  }

  @Test
  void outcomes_otherMethodOrPath_answers405Or404() throws Exception {
    HttpResponse<String> get =
        client.send(
            HttpRequest.newBuilder(server.uri().resolve(DecisionHandler.OUTCOMES)).build(),
            BodyHandlers.ofString(UTF_8));
    HttpResponse<String> slash = post(server, DecisionHandler.OUTCOMES + "/", "{}");

    assertThat(error(get, 405).get("allowed").asText()).isEqualTo("POST");
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(error(slash, 404).get("message").asText()).contains("POST /v1/outcomes");
  }

  @Test
  void outcomes_serviceWithoutRecord_answers404SayingItKeepsNoRecord() throws Exception {
    DecisionServer plain =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
    try {
      HttpResponse<String> response =
          post(plain, DecisionHandler.OUTCOMES, "{\"seq\":1,\"outcome\":\"DECLINED\"}");

      JsonNode body = error(response, 404);
      assertThat(body.get("error").asText()).isEqualTo("not found");
      assertThat(body.get("message").asText())
          .startsWith("this service keeps no record")
          .contains("--record URL --unit CODE");
    } finally {
      plain.stop(Duration.ofSeconds(5));
    }
  }

  // ---- a record that refuses appends
  // -------------------------------------------------------------

  @Test
  void recordRefusingAppends_decisionsAndOutcomesAnswer503WithoutDecision(@TempDir Path other)
      throws Exception {
    Path refusing = RecordFiles.withDecisions(other.resolve("record.db"), HOLD);
    RecordFiles.execute(refusing, RecordFiles.REFUSE_APPENDS);
    try (ComplianceRecord closed = ComplianceRecord.open(refusing.toString())) {
      DecisionServer failing =
          DecisionServer.start(
              new InetSocketAddress("127.0.0.1", 0),
              DecisionServer.Settings.DEFAULTS,
              RecordingPolicy.of(POLICY, closed, UNIT));
      try {
        JsonNode one = error(post(failing, DecisionHandler.DECISIONS, PolicyJson.write(HOLD)), 503);
        JsonNode batch =
            error(
                post(
                    failing,
                    DecisionHandler.DECISIONS,
                    "[" + PolicyJson.write(GARAGE) + "," + PolicyJson.write(HOLD) + "]"),
                503);
        JsonNode outcome =
            error(
                post(failing, DecisionHandler.OUTCOMES, "{\"seq\":1,\"outcome\":\"DECLINED\"}"),
                503);

        assertThat(one.get("error").asText()).isEqualTo("record unavailable");
        assertThat(one.get("message").asText())
            .contains("appends refused by the test")
            .contains("do not act on the request");
        assertThat(batch.get("message").asText()).contains("do not act on any of its requests");
        assertThat(outcome.get("message").asText()).contains("the outcome is not on the record");
        assertThat(RecordFiles.count(refusing)).isEqualTo(1);
      } finally {
        failing.stop(Duration.ofSeconds(5));
      }
    }
  }
}
