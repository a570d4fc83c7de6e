package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.testkit.PolicyArbitraries;

/**
 * Fuzzing with the test kit's malformed-input generators (random bytes, truncations, deep nesting,
 * huge arrays and strings, wrong types, duplicate keys, invalid UTF-8, NaN and Infinity, numbers
 * where enums belong): the codec, the command-line tool and the decision service never give a
 * decision for malformed input, never show a stack trace, and answer with a clear error.
 */
class MalformedInputProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static DecisionServer server;
  private static HttpClient client;

  @BeforeContainer
  static void startServer() throws IOException {
    server =
        DecisionServer.start(
            new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
    client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterContainer
  static void stopServer() {
    server.stop(Duration.ZERO);
  }

  @Provide
  Arbitrary<String> malformedJson() {
    return PolicyArbitraries.malformedRequestJson();
  }

  @Provide
  Arbitrary<byte[]> malformedBytes() {
    return PolicyArbitraries.malformedRequestBytes();
  }

  @Property(tries = 2000)
  void codec_malformedJson_failsWithAMessageAndNeverDecides(@ForAll("malformedJson") String json) {
    Throwable thrown = catchThrowable(() -> PolicyJson.parseRequest(json));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    assertThat(thrown.getMessage()).isNotBlank().doesNotContain("\n");
  }

  @Property(tries = 1000)
  void cli_malformedBytes_exitTwoWithoutDecisionOrStackTrace(
      @ForAll("malformedBytes") byte[] input) {
    CliRun run = CliRun.run(new ByteArrayInputStream(input), "evaluate");
    assertThat(run.out()).isEmpty();
    if (isEmptyArray(input)) {
      // Not a request, but a valid list of none: nothing to decide, nothing printed.
      assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    } else {
      assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
      assertThat(run.err()).contains("input 1");
    }
  }

  @Property(tries = 300)
  void serve_malformedBody_answers400WithAJsonError(@ForAll("malformedBytes") byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(server.uri().resolve("/v1/decisions"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    if (isEmptyArray(body)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("[]");
      return;
    }
    assertThat(response.statusCode()).isIn(400, 413);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.isObject()).isTrue();
    assertThat(error.path("error").isTextual()).isTrue();
    assertThat(error.path("message").asText()).isNotBlank();
    // An error, never a decision.
    assertThat(error.has("reasons")).isFalse();
    assertThat(error.has("effect")).isFalse();
    assertThat(response.body()).doesNotContain("\tat ");
  }

  private static boolean isEmptyArray(byte[] input) {
    return new String(input, UTF_8).strip().replace(" ", "").equals("[]");
  }
}
