package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * What bounds the decision service: the exchange timeout against stalled clients, the worker pool
 * and its 503, and the graceful stop. Each test starts its own server with its own settings.
 */
class DecisionServerLimitsTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Request ARREST =
      Request.builder()
          .requestId("arrest-1")
          .action(Action.ARREST_OR_DETAIN)
          .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
          .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
          .build();
  private static final byte[] ARREST_JSON = PolicyJson.write(ARREST).getBytes(UTF_8);
  private static final String ARREST_DECISION = PolicyJson.write(POLICY.evaluate(ARREST));

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private DecisionServer server;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(Duration.ofSeconds(1));
    }
  }

  private DecisionServer start(DecisionServer.Settings settings) throws IOException {
    server = DecisionServer.start(new InetSocketAddress("127.0.0.1", 0), settings);
    return server;
  }

  private HttpRequest decide(Request request) {
    return HttpRequest.newBuilder(server.uri().resolve(DecisionHandler.DECISIONS))
        .header("Content-Type", "application/json")
        .timeout(Duration.ofSeconds(10))
        .POST(BodyPublishers.ofString(PolicyJson.write(request)))
        .build();
  }

  /** Waits, at most 5 s, until the count reaches the value; true when it did. */
  private static boolean await(IntSupplier count, int value) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (count.getAsInt() != value) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(5);
    }
    return true;
  }

  /** Sends the head and the first half of the body of a request for ARREST, then stalls. */
  private RawHttp halfRequest() throws IOException {
    RawHttp raw = RawHttp.connect(server.address());
    raw.send(RawHttp.postHead(ARREST_JSON.length))
        .send(Arrays.copyOfRange(ARREST_JSON, 0, ARREST_JSON.length / 2));
    return raw;
  }

  private static void finish(RawHttp raw) throws IOException {
    raw.send(Arrays.copyOfRange(ARREST_JSON, ARREST_JSON.length / 2, ARREST_JSON.length));
  }

  // ---- stalled clients ---------------------------------------------------------------------

  @Test
  void stalledBody_otherClientsServedMeanwhile_stalledOneCutOffByTheTimeout() throws Exception {
    start(DecisionServer.Settings.DEFAULTS.workers(4).exchangeTimeout(Duration.ofSeconds(1)));
    try (RawHttp stalled = halfRequest()) {
      assertThat(await(server::inFlight, 1)).isTrue();

      for (int i = 0; i < 10; i++) {
        HttpResponse<String> response = client.send(decide(ARREST), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ARREST_DECISION);
      }

      assertThat(stalled.closedWithoutAnswer()).isTrue();
      assertThat(await(() -> (int) server.cutOffs(), 1)).isTrue();
      assertThat(await(server::inFlight, 0)).isTrue();
    }
  }

  @Test
  void stalledHead_holdingTheOnlyWorker_cutOffThenTheQueuedRequestIsServed() throws Exception {
    start(
        DecisionServer.Settings.DEFAULTS
            .workers(1)
            .queue(4)
            .exchangeTimeout(Duration.ofSeconds(1)));
    try (RawHttp stalled = RawHttp.connect(server.address())) {
      stalled.send("POST /v1/decisions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty");
      assertThat(await(server::inFlight, 1)).isTrue();

      CompletableFuture<HttpResponse<String>> queued =
          client.sendAsync(decide(ARREST), BodyHandlers.ofString());
      assertThat(await(server::inFlight, 2)).isTrue();

      HttpResponse<String> response = queued.get(10, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(ARREST_DECISION);
      assertThat(stalled.closedWithoutAnswer()).isTrue();
      assertThat(await(() -> (int) server.cutOffs(), 1)).isTrue();
    }
  }

  @Test
  void clientThatNeverReadsItsAnswer_cutOffByTheTimeout() throws Exception {
    start(DecisionServer.Settings.DEFAULTS.workers(2).exchangeTimeout(Duration.ofSeconds(1)));
    StringBuilder batch = new StringBuilder("[");
    for (int i = 0; i < DecisionServer.MAX_BATCH_REQUESTS; i++) {
      batch.append(i == 0 ? "" : ",").append(PolicyJson.write(ARREST));
    }
    byte[] body = batch.append(']').toString().getBytes(UTF_8);
    // Batches whose answers (about 0.8 MB each) fill the socket buffers; nothing is read.
    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(4096);
      socket.connect(server.address(), 5_000);
      try {
        for (int i = 0; i < 20 && server.cutOffs() == 0; i++) {
          socket.getOutputStream().write(RawHttp.postHead(body.length).getBytes(UTF_8));
          socket.getOutputStream().write(body);
        }
      } catch (IOException e) {
        // The server cut the connection off while the requests were still being sent.
      }
      assertThat(await(() -> (int) server.cutOffs(), 1)).isTrue();
    }
    HttpResponse<String> response = client.send(decide(ARREST), BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo(ARREST_DECISION);
  }

  // ---- saturation ----------------------------------------------------------------------------

  @Test
  void workersAndQueueFull_503ThenTheWaitingRequestsAreServed() throws Exception {
    start(DecisionServer.Settings.DEFAULTS.workers(1).queue(1));
    try (RawHttp running = halfRequest()) {
      assertThat(await(server::inFlight, 1)).isTrue();
      try (RawHttp waiting = halfRequest()) {
        assertThat(await(server::inFlight, 2)).isTrue();

        try (RawHttp rejected = RawHttp.connect(server.address())) {
          rejected.send(RawHttp.postHead(ARREST_JSON.length)).send(ARREST_JSON);
          RawHttp.Response busy = rejected.read();

          assertThat(busy.status).isEqualTo(503);
          assertThat(busy.headers).containsEntry("retry-after", "1");
          assertThat(busy.headers).containsEntry("connection", "close");
          JsonNode body = JSON.readTree(busy.body);
          assertThat(body.path("error").asText()).isEqualTo("service unavailable");
          assertThat(server.shed()).isEqualTo(1);
        }

        finish(running);
        finish(waiting);
        RawHttp.Response first = running.read();
        RawHttp.Response second = waiting.read();
        assertThat(first.status).isEqualTo(200);
        assertThat(first.body).isEqualTo(ARREST_DECISION);
        assertThat(second.status).isEqualTo(200);
        assertThat(second.body).isEqualTo(ARREST_DECISION);
      }
    }
  }

  // ---- graceful stop ---------------------------------------------------------------------------

  @Test
  void stop_stopsAcceptingAndLetsTheRequestInFlightFinish() throws Exception {
    start(DecisionServer.Settings.DEFAULTS);
    InetSocketAddress address = server.address();
    try (RawHttp inFlight = halfRequest()) {
      assertThat(await(server::inFlight, 1)).isTrue();

      CompletableFuture<Boolean> stopped =
          CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(5)));
      assertThat(awaitRefused(address)).as("new connections refused").isTrue();
      assertThat(stopped).isNotDone();

      finish(inFlight);
      RawHttp.Response response = inFlight.read();

      assertThat(response.status).isEqualTo(200);
      assertThat(response.body).isEqualTo(ARREST_DECISION);
      assertThat(response.headers).containsEntry("connection", "close");
      assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void stop_nothingInFlight_returnsWithoutWaitingForTheGracePeriod() throws Exception {
    start(DecisionServer.Settings.DEFAULTS);
    assertThat(client.send(decide(ARREST), BodyHandlers.ofString()).statusCode()).isEqualTo(200);

    CompletableFuture<Boolean> stopped =
        CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(60)));

    // HttpServer.stop(60) alone would wait the whole minute.
    assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(awaitRefused(server.address())).isTrue();
  }

  @Test
  void stop_requestStalledBeyondTheGracePeriod_cutOffAndReported() throws Exception {
    start(DecisionServer.Settings.DEFAULTS);
    try (RawHttp stalled = halfRequest()) {
      assertThat(await(server::inFlight, 1)).isTrue();

      assertThat(server.stop(Duration.ofMillis(300))).isFalse();

      assertThat(stalled.closedWithoutAnswer()).isTrue();
    }
  }

  /** Whether connecting fails within 5 s: the listening socket is closed. */
  private static boolean awaitRefused(InetSocketAddress address) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      try (Socket socket = new Socket()) {
        socket.connect(address, 1_000);
      } catch (ConnectException e) {
        return true;
      } catch (IOException e) {
        // Timed out or reset: try again.
      }
      Thread.sleep(10);
    }
    return false;
  }
}
