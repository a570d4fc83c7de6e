package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.RecordFiles.UNIT;
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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The decision service with bearer tokens, over plain HTTP on loopback: every {@code /v1/} path
 * answers 401 without the right token, before anything is decided or recorded; {@code /health}
 * needs none.
 */
class DecisionServerTokensTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final String TOKEN = "records-desk-0123456789abcdef";
  private static final String OTHER = "lockup-desk-0123456789abcdef";
  private static final String WRONG = "wrong-token-0123456789abcdef";

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
            DecisionServer.Settings.DEFAULTS.tokens(BearerTokens.of(List.of(TOKEN, OTHER))),
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

  private static HttpResponse<String> send(String method, String path, String... authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri().resolve(path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("POST")
                    ? BodyPublishers.ofString(PolicyJson.write(HOLD), UTF_8)
                    : BodyPublishers.noBody());
    for (String value : authorization) {
      request.header("Authorization", value);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  /** A 401: JSON error {@code unauthorized}, the challenge, and no decision. */
  private static JsonNode unauthorized(HttpResponse<String> response, String challenge)
      throws Exception {
    JsonNode body = DecisionServerRecordTest.error(response, 401);
    assertThat(body.path("error").asText()).isEqualTo("unauthorized");
    assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(challenge);
    return body;
  }

  @Test
  void postDecision_noToken_401WithChallengeAndNothingRecorded() throws Exception {
    long before = RecordFiles.count(file);

    HttpResponse<String> response = send("POST", DecisionHandler.DECISIONS);

    JsonNode body = unauthorized(response, "Bearer");
    assertThat(body.path("message").asText()).contains("Authorization: Bearer TOKEN");
    assertThat(RecordFiles.count(file)).isEqualTo(before);
  }

  @Test
  void postDecision_wrongTokenOrOtherScheme_401AndNothingRecorded() throws Exception {
    long before = RecordFiles.count(file);

    HttpResponse<String> wrong = send("POST", DecisionHandler.DECISIONS, "Bearer " + WRONG);
    HttpResponse<String> basic = send("POST", DecisionHandler.DECISIONS, "Basic " + TOKEN);
    HttpResponse<String> twice =
        send("POST", DecisionHandler.DECISIONS, "Bearer " + TOKEN, "Bearer " + WRONG);

    unauthorized(wrong, "Bearer error=\"invalid_token\"");
    unauthorized(basic, "Bearer");
    unauthorized(twice, "Bearer error=\"invalid_token\"");
    assertThat(wrong.body()).doesNotContain(WRONG);
    assertThat(basic.body()).doesNotContain(TOKEN);
    assertThat(RecordFiles.count(file)).isEqualTo(before);
  }

  @Test
  void postDecision_eitherToken_decidesAndRecords() throws Exception {
    long before = RecordFiles.count(file);

    HttpResponse<String> first = send("POST", DecisionHandler.DECISIONS, "Bearer " + TOKEN);
    HttpResponse<String> second = send("POST", DecisionHandler.DECISIONS, "bearer " + OTHER);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(PolicyJson.write(POLICY.evaluate(HOLD)));
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(RecordFiles.count(file)).isEqualTo(before + 2);
  }

  @Test
  void policyOutcomesAndUnknownV1Paths_noToken_401() throws Exception {
    long before = RecordFiles.count(file);

    unauthorized(send("GET", DecisionHandler.POLICY), "Bearer");
    unauthorized(send("POST", DecisionHandler.OUTCOMES), "Bearer");
    JsonNode unknown = unauthorized(send("GET", "/v1/anything"), "Bearer");

    assertThat(unknown.path("message").asText()).doesNotContain(DecisionHandler.OUTCOMES);
    assertThat(RecordFiles.count(file)).isEqualTo(before);
    assertThat(send("GET", DecisionHandler.POLICY, "Bearer " + TOKEN).statusCode()).isEqualTo(200);
  }

  @Test
  void health_noToken_200() throws Exception {
    HttpResponse<String> response = send("GET", DecisionHandler.HEALTH);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(response.body()).startsWith("{\"status\":\"ok\"");
  }
}
