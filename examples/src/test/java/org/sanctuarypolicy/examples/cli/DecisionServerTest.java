package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.SampleRequests.GARAGE;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;
import static org.sanctuarypolicy.examples.cli.SampleRequests.STATUS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Strings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/** The endpoints of the decision service, on one server shared by the tests, over loopback. */
class DecisionServerTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ACTIONS =
      "DISCLOSE_INFORMATION, GRANT_DATABASE_ACCESS, INQUIRE_STATUS, PROVIDE_FACILITY,"
          + " COMMIT_RESOURCES, ENTER_AGREEMENT, ARREST_OR_DETAIN, HOLD_ON_DETAINER,"
          + " TRANSFER_CUSTODY, GRANT_CUSTODY_ACCESS";

  private static DecisionServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stop() {
    assertThat(server.stop(Duration.ofSeconds(5))).isTrue();
  }

  private static String decision(Request request) {
    return PolicyJson.write(POLICY.evaluate(request));
  }

  private static String json(Request request) {
    return PolicyJson.write(request);
  }

  private static HttpResponse<String> post(String body) throws Exception {
    return post(body, "application/json");
  }

  private static HttpResponse<String> post(String body, @Nullable String contentType)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(DecisionHandler.DECISIONS))
            .timeout(Duration.ofSeconds(10))
            .POST(BodyPublishers.ofString(body, UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> send(String method, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .timeout(Duration.ofSeconds(10))
            .method(method, BodyPublishers.noBody())
            .build(),
        BodyHandlers.ofString(UTF_8));
  }

  private static URI uri(String path) {
    return server.uri().resolve(path);
  }

  /** An error answer: JSON with {@code error} and {@code message}, and never a stack trace. */
  private static JsonNode error(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").isTextual()).as(response.body()).isTrue();
    assertThat(body.path("message").isTextual()).as(response.body()).isTrue();
    assertThat(body.has("effect")).as("no decision in an error").isFalse();
    return body;
  }

  // ---- POST /v1/decisions: decisions -----------------------------------------------------------

  @Test
  void post_oneRequest_answersItsDecisionExactlyAsPolicyJsonWritesIt() throws Exception {
    for (Request request : List.of(HOLD, STATUS, GARAGE)) {
      HttpResponse<String> response = post(json(request));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.body()).isEqualTo(decision(request));
    }
  }

  @Test
  void post_array_answersAnArrayOfTheDecisionsInOrder() throws Exception {
    HttpResponse<String> response =
        post("[" + json(HOLD) + ",\n" + json(STATUS) + ",\n" + json(GARAGE) + "]");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("[" + decision(HOLD) + "," + decision(STATUS) + "," + decision(GARAGE) + "]");
  }

  @Test
  void post_jsonLines_answersAnArrayOfTheDecisionsInOrder() throws Exception {
    HttpResponse<String> response =
        post(json(HOLD) + "\n" + json(STATUS) + "\n" + json(GARAGE) + "\n");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo("[" + decision(HOLD) + "," + decision(STATUS) + "," + decision(GARAGE) + "]");
  }

  @Test
  void post_byteOrderMarkAfterWhiteSpace_400MalformedNotAnInternalError() throws Exception {
    JsonNode body = error(post(" \uFEFF" + json(HOLD)), 400);

    assertThat(body.path("error").asText()).isEqualTo("malformed JSON");
  }

  @Test
  void post_threeMistakes_400ListsEveryProblem() throws Exception {
    JsonNode body =
        error(
            post(
                "{\"requestId\":\"bad id\",\"action\":\"FOO\",\"colour\":\"red\","
                    + "\"counterparty\":\"COURT\"}"),
            400);

    assertThat(body.path("error").asText()).isEqualTo("invalid request");
    assertThat(body.path("field").asText()).isEqualTo("requestId");
    assertThat(body.path("problems").findValuesAsText("field"))
        .containsExactly("requestId", "action", "colour");
    assertThat(body.path("message").asText()).startsWith("3 problems: (1) requestId: ");
  }

  @Test
  void post_arrayOfOneAndEmptyArray_answerArrays() throws Exception {
    assertThat(post("[" + json(GARAGE) + "]").body()).isEqualTo("[" + decision(GARAGE) + "]");
    HttpResponse<String> empty = post(" [ ] ");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).isEqualTo("[]");
  }

  @Test
  void post_manyRandomRequests_sameDecisionsAsTheLibrary() throws Exception {
    RandomRequests random = new RandomRequests(20_261_130L, "r");
    List<Request> requests = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      requests.add(random.next());
    }

    HttpResponse<String> batch =
        post(requests.stream().map(PolicyJson::write).collect(Collectors.joining(",", "[", "]")));

    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(batch.body())
        .isEqualTo(
            requests.stream()
                .map(DecisionServerTest::decision)
                .collect(Collectors.joining(",", "[", "]")));
    for (Request request : requests.subList(0, 20)) {
      assertThat(post(json(request)).body()).isEqualTo(decision(request));
    }
  }

  @Test
  void post_contentTypeWithUtf8CharsetOrOtherCase_accepted() throws Exception {
    assertThat(post(json(HOLD), "application/json; charset=UTF-8").body())
        .isEqualTo(decision(HOLD));
    assertThat(post(json(HOLD), "Application/JSON;charset=\"utf-8\"").body())
        .isEqualTo(decision(HOLD));
  }

  @Test
  void post_byteOrderMarkAndWhiteSpaceAroundTheBody_accepted() throws Exception {
    assertThat(post("\uFEFF \n" + json(STATUS) + "\n").body()).isEqualTo(decision(STATUS));
    assertThat(post("\uFEFF[" + json(STATUS) + "]\n").body())
        .isEqualTo("[" + decision(STATUS) + "]");
  }

  // ---- POST /v1/decisions: invalid input --------------------------------------------------------

  @Test
  void post_unknownField_400NamesTheField() throws Exception {
    JsonNode body = error(post(json(HOLD).replace("\"actor\"", "\"actr\"")), 400);

    assertThat(body.path("error").asText()).isEqualTo("invalid request");
    assertThat(body.path("field").asText()).isEqualTo("actr");
    assertThat(body.path("allowed").asText()).contains("requestId").contains("facilityArea");
    assertThat(body.has("position")).isFalse();
  }

  @Test
  void post_badEnumInThirdElement_400WithPositionFieldValueAllowedAndNoDecision() throws Exception {
    String bad = json(GARAGE).replace("PROVIDE_FACILITY", "FOO");

    JsonNode body =
        error(
            post("[" + json(HOLD) + "," + json(STATUS) + "," + bad + "," + json(HOLD) + "]"), 400);

    assertThat(body.path("error").asText()).isEqualTo("invalid request");
    assertThat(body.path("position").asLong()).isEqualTo(3);
    assertThat(body.path("field").asText()).isEqualTo("action");
    assertThat(body.path("value").asText()).isEqualTo("\"FOO\"");
    assertThat(body.path("allowed").asText()).isEqualTo(ACTIONS);
    assertThat(body.path("message").asText())
        .contains("action: \"FOO\" is not allowed; allowed: " + ACTIONS);
  }

  @Test
  void post_badEnumInOneRequest_400WithoutPosition() throws Exception {
    JsonNode body = error(post(json(HOLD).replace("HOLD_ON_DETAINER", "HOLD")), 400);

    assertThat(body.path("field").asText()).isEqualTo("action");
    assertThat(body.path("value").asText()).isEqualTo("\"HOLD\"");
    assertThat(body.has("position")).isFalse();
    assertThat(body.path("message").asText())
        .isEqualTo("action: \"HOLD\" is not allowed; allowed: " + ACTIONS);
  }

  @Test
  void post_wrongType_400NamesTheField() throws Exception {
    JsonNode number =
        error(post(json(HOLD).replace("\"CIVIL_IMMIGRATION_ENFORCEMENT\"", "7")), 400);
    assertThat(number.path("field").asText()).isEqualTo("purpose");
    assertThat(number.path("value").asText()).isEqualTo("7");
    assertThat(number.path("allowed").asText()).contains("CIVIL_IMMIGRATION_ENFORCEMENT");

    JsonNode notArray =
        error(post("[" + json(HOLD).replace("[\"IMMIGRATION_DETAINER\"]", "\"X\"") + "]"), 400);
    assertThat(notArray.path("field").asText()).isEqualTo("authorities");
    assertThat(notArray.path("position").asLong()).isEqualTo(1);

    JsonNode notObject = error(post("\"hello\""), 400);
    assertThat(notObject.path("field").asText()).isEqualTo("request");

    JsonNode nullValue =
        error(post(json(STATUS).replace("\"STATE_OR_LOCAL_AGENCY\"", "null")), 400);
    assertThat(nullValue.path("field").asText()).isEqualTo("counterparty");
    assertThat(nullValue.path("value").asText()).isEqualTo("null");
  }

  @Test
  void post_ruleOfTheVocabularyBroken_400NamesTheField() throws Exception {
    JsonNode missing = error(post("{\"requestId\":\"x\",\"counterparty\":\"COURT\"}"), 400);
    assertThat(missing.path("field").asText()).isEqualTo("action");
    assertThat(missing.path("value").asText()).isEqualTo("missing");

    JsonNode information =
        error(
            post(
                json(HOLD)
                    .replace(
                        "\"authorities\":[", "\"information\":[\"IDENTITY\"],\"authorities\":[")),
            400);
    assertThat(information.path("field").asText()).isEqualTo("information");

    JsonNode id = error(post(json(HOLD).replace("hold-1", "a b")), 400);
    assertThat(id.path("field").asText()).isEqualTo("requestId");
  }

  @Test
  void post_malformedJson_400WithoutField() throws Exception {
    JsonNode one = error(post("{\"requestId\":\"x\",,}"), 400);
    assertThat(one.path("error").asText()).isEqualTo("malformed JSON");
    assertThat(one.path("message").asText()).startsWith("malformed JSON at line 1, column ");
    assertThat(one.has("field")).isFalse();

    JsonNode inArray = error(post("[" + json(HOLD) + ",\n{\"requestId\" ]"), 400);
    assertThat(inArray.path("error").asText()).isEqualTo("malformed JSON");
    assertThat(inArray.path("position").asLong()).isEqualTo(2);

    JsonNode secondLine = error(post(json(HOLD) + "\n{\"requestId\":,}"), 400);
    assertThat(secondLine.path("error").asText()).isEqualTo("malformed JSON");
    assertThat(secondLine.path("position").asLong()).isEqualTo(2);

    JsonNode afterArray = error(post("[" + json(HOLD) + "] " + json(STATUS)), 400);
    assertThat(afterArray.path("error").asText()).isEqualTo("malformed JSON");
    assertThat(afterArray.path("position").asLong()).isEqualTo(2);
  }

  @Test
  void post_emptyBody_400() throws Exception {
    for (String empty : List.of("", " \r\n\t ")) {
      JsonNode body = error(post(empty), 400);

      assertThat(body.path("error").asText()).isEqualTo("empty body");
      assertThat(body.path("allowed").asText())
          .isEqualTo(
              "one JSON request object, a JSON array of request objects, or one request object per"
                  + " line");
    }
  }

  @Test
  void post_bodyNotUtf8_400Malformed() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri(DecisionHandler.DECISIONS))
                .header("Content-Type", "application/json")
                .POST(
                    BodyPublishers.ofByteArray(
                        (json(STATUS) + "\n" + json(HOLD).replace("hold-1", "h\u00e9"))
                            .getBytes(ISO_8859_1)))
                .build(),
            BodyHandlers.ofString(UTF_8));

    JsonNode body = error(response, 400);
    assertThat(body.path("error").asText()).isEqualTo("malformed JSON");
    assertThat(body.path("message").asText())
        .isEqualTo(
            "malformed JSON at line 2: the bytes are not valid UTF-8; allowed: JSON text in UTF-8");
  }

  @Test
  void post_batchOverTheRequestLimit_413AndBatchAtTheLimit_200() throws Exception {
    int limit = DecisionServer.MAX_BATCH_REQUESTS;
    String one = json(Request.builderFrom(HOLD).requestId("h").build());
    String atLimit = "[" + Strings.repeat(one + ",", limit - 1) + one + "]";

    HttpResponse<String> ok = post(atLimit);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).size()).isEqualTo(limit);

    JsonNode body = error(post("[" + Strings.repeat(one + ",", limit) + one + "]"), 413);
    assertThat(body.path("error").asText()).isEqualTo("too many requests");
    assertThat(body.path("limit").asInt()).isEqualTo(limit);
  }

  @Test
  void post_bodyOfExactlyTheLimit_accepted() throws Exception {
    String array = "[" + json(HOLD) + "]";
    String body = array + Strings.repeat(" ", DecisionServer.MAX_BODY_BYTES - array.length());
    assertThat(body.getBytes(UTF_8)).hasSize(DecisionServer.MAX_BODY_BYTES);

    HttpResponse<String> response = post(body);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("[" + decision(HOLD) + "]");
  }

  @Test
  void post_contentLengthOverTheLimit_413BeforeTheBodyIsSent() throws Exception {
    try (RawHttp raw = RawHttp.connect(server.address())) {
      raw.send(RawHttp.postHead(DecisionServer.MAX_BODY_BYTES + 1L));

      RawHttp.Response response = raw.read();

      assertThat(response.status).isEqualTo(413);
      assertThat(response.headers).containsEntry("connection", "close");
      JsonNode body = JSON.readTree(response.body);
      assertThat(body.path("error").asText()).isEqualTo("body too large");
      assertThat(body.path("limit").asInt()).isEqualTo(DecisionServer.MAX_BODY_BYTES);
    }
  }

  @Test
  void post_bodyOverTheLimitSentAfterThe413_readToItsEndBeforeTheConnectionCloses()
      throws Exception {
    // A client that sends its whole body before it reads the answer: were the server to close
    // the connection with the body unread, the reset could destroy the 413 on its way.
    int length = DecisionServer.MAX_BODY_BYTES * 4;
    try (RawHttp raw = RawHttp.connect(server.address())) {
      raw.send(RawHttp.postHead(length));
      RawHttp.Response response = raw.read();

      raw.send(new byte[length]);

      assertThat(response.status).isEqualTo(413);
      assertThat(raw.endedInOrder()).isTrue();
    }
  }

  @Test
  void post_chunkedBodyOverTheLimit_413AfterTheLimitIsCounted() throws Exception {
    byte[] chunk = Strings.repeat(" ", 1 << 16).getBytes(UTF_8);
    String chunkHead = Integer.toHexString(chunk.length) + "\r\n";
    int chunks = DecisionServer.MAX_BODY_BYTES / chunk.length + 1;
    try (RawHttp raw = RawHttp.connect(server.address())) {
      raw.send(
          "POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
      for (int i = 0; i < chunks; i++) {
        raw.send(chunkHead).send(chunk).send("\r\n");
      }

      RawHttp.Response response = raw.read();

      assertThat(response.status).isEqualTo(413);
      assertThat(JSON.readTree(response.body).path("error").asText()).isEqualTo("body too large");
    }
  }

  @Test
  void post_chunkedBodyUnderTheLimit_decided() throws Exception {
    byte[] body = ("[" + json(HOLD) + "," + json(GARAGE) + "]").getBytes(UTF_8);
    try (RawHttp raw = RawHttp.connect(server.address())) {
      raw.send(
          "POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n\r\n");
      int half = body.length / 2;
      raw.send(Integer.toHexString(half) + "\r\n")
          .send(Arrays.copyOfRange(body, 0, half))
          .send("\r\n" + Integer.toHexString(body.length - half) + "\r\n")
          .send(Arrays.copyOfRange(body, half, body.length))
          .send("\r\n0\r\n\r\n");

      RawHttp.Response response = raw.read();

      assertThat(response.status).isEqualTo(200);
      assertThat(response.body).isEqualTo("[" + decision(HOLD) + "," + decision(GARAGE) + "]");
    }
  }

  @Test
  void post_notJson_415() throws Exception {
    for (String type :
        List.of("text/plain", "application/jsonl", "application/json; charset=iso-8859-1")) {
      JsonNode body = error(post(json(HOLD), type), 415);

      assertThat(body.path("error").asText()).isEqualTo("unsupported media type");
      assertThat(body.path("field").asText()).isEqualTo("Content-Type");
      assertThat(body.path("value").asText()).isEqualTo("\"" + type + "\"");
      assertThat(body.path("allowed").asText()).isEqualTo("application/json");
    }
    assertThat(error(post(json(HOLD), null), 415).path("value").asText()).isEqualTo("missing");
  }

  // ---- routing ------------------------------------------------------------------------------

  @Test
  void unknownPath_404() throws Exception {
    for (String path :
        List.of("/index.html", "/v1/decision", "/v1/decisions/", "/v2/policy", "/health/x")) {
      JsonNode body = error(send("GET", path), 404);

      assertThat(body.path("error").asText()).isEqualTo("not found");
      assertThat(body.path("message").asText()).contains("POST /v1/decisions");
    }
    assertThat(error(send("POST", "/decide"), 404).path("error").asText()).isEqualTo("not found");
  }

  @Test
  void wrongMethod_405WithAllowHeader() throws Exception {
    record Case(String method, String path, String allowed) {}
    for (Case c :
        List.of(
            new Case("GET", DecisionHandler.DECISIONS, "POST"),
            new Case("PUT", DecisionHandler.DECISIONS, "POST"),
            new Case("POST", DecisionHandler.HEALTH, "GET"),
            new Case("DELETE", DecisionHandler.POLICY, "GET"))) {
      HttpResponse<String> response = send(c.method, c.path);

      JsonNode body = error(response, 405);
      assertThat(response.headers().firstValue("Allow")).hasValue(c.allowed);
      assertThat(body.path("value").asText()).isEqualTo(c.method);
      assertThat(body.path("allowed").asText()).isEqualTo(c.allowed);
    }
    HttpResponse<String> head = send("HEAD", DecisionHandler.HEALTH);
    assertThat(head.statusCode()).isEqualTo(405);
    assertThat(head.headers().firstValue("Allow")).hasValue("GET");
    assertThat(head.body()).isEmpty();
  }

  // ---- GET /v1/policy and /health ---------------------------------------------------------------

  @Test
  void policy_theCatalogWithEveryClauseAndExceptionIdAndTheFingerprint() throws Exception {
    HttpResponse<String> response = send("GET", DecisionHandler.POLICY);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(PolicyJson.write(POLICY.catalog(), POLICY.info()));
    assertThat(response.body()).contains("\"fingerprint\":\"" + POLICY.info().fingerprint() + "\"");
    assertThat(POLICY.catalog().clauses()).hasSizeGreaterThanOrEqualTo(13);
    for (Clause clause : POLICY.catalog().clauses()) {
      assertThat(response.body()).contains("\"id\":\"" + clause.id() + "\"");
      for (ClauseException exception : clause.exceptions()) {
        assertThat(response.body()).contains("\"id\":\"" + exception.id() + "\"");
      }
    }
  }

  @Test
  void health_okWithThePolicyIdentity() throws Exception {
    HttpResponse<String> response = send("GET", DecisionHandler.HEALTH);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("status").asText()).isEqualTo("ok");
    assertThat(body.path("policy").path("id").asText()).isEqualTo(POLICY.info().id());
    assertThat(body.path("policy").path("version").asText()).isEqualTo(POLICY.info().version());
    assertThat(body.path("policy").path("fingerprint").asText())
        .isEqualTo(POLICY.info().fingerprint());
    assertThat(body.size()).isEqualTo(2);
  }

  // ---- the media type check ------------------------------------------------------------------

  @Test
  void isJson_acceptsJsonWithUtf8OnlyRejectsTheRest() {
    assertThat(DecisionHandler.isJson("application/json")).isTrue();
    assertThat(DecisionHandler.isJson("application/json;charset=utf-8")).isTrue();
    assertThat(DecisionHandler.isJson("APPLICATION/JSON ; Charset=UTF-8 ; q=1")).isTrue();
    assertThat(DecisionHandler.isJson(null)).isFalse();
    assertThat(DecisionHandler.isJson("")).isFalse();
    assertThat(DecisionHandler.isJson("application/json-patch+json")).isFalse();
    assertThat(DecisionHandler.isJson("application/json; charset=utf-16")).isFalse();
    assertThat(DecisionHandler.isJson("text/json")).isFalse();
  }
}
