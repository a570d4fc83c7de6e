package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The limits of the decision service hold over TLS too: the handshake runs on a worker under the
 * exchange timeout, so a client that stalls in it is cut off, and a graceful stop lets a TLS
 * exchange in flight finish.
 */
class DecisionServerTlsTest {
  private static final byte[] HOLD_JSON = PolicyJson.write(SampleRequests.HOLD).getBytes(UTF_8);
  private static final String HOLD_DECISION =
      PolicyJson.write(SanctuaryPolicy.chicago().evaluate(SampleRequests.HOLD));

  @TempDir static Path dir;

  private static TestKeystore keystore;
  private static SSLContext serverContext;
  private static SSLContext clientContext;

  private @Nullable DecisionServer server;

  @BeforeAll
  static void create() throws Exception {
    keystore = TestKeystore.create(dir, "serve.p12");
    serverContext = TlsKeystore.load(keystore.file(), keystore.environment()).context();
    clientContext = keystore.clientContext();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(Duration.ofSeconds(5));
    }
  }

  private DecisionServer start(DecisionServer.Settings settings) throws Exception {
    DecisionServer started =
        DecisionServer.start(new InetSocketAddress("127.0.0.1", 0), settings.tls(serverContext));
    server = started;
    return started;
  }

  private static boolean await(IntSupplier count, int value) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      if (count.getAsInt() == value) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  @Test
  void start_withTls_uriIsHttps() throws Exception {
    DecisionServer tls = start(DecisionServer.Settings.DEFAULTS);

    assertThat(tls.uri().toString()).startsWith("https://127.0.0.1:");
  }

  @Test
  void stalledHandshake_holdingTheOnlyWorker_cutOffThenTheQueuedRequestIsServed() throws Exception {
    DecisionServer tls =
        start(
            DecisionServer.Settings.DEFAULTS
                .workers(1)
                .queue(4)
                .exchangeTimeout(Duration.ofSeconds(1)));
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .sslContext(clientContext)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try (Socket stalled = new Socket()) {
      stalled.connect(tls.address(), 5_000);
      stalled.setSoTimeout(5_000);
      // The header of a TLS handshake record announcing 128 bytes, and nothing after it.
      stalled.getOutputStream().write(new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0x80});
      assertThat(await(tls::inFlight, 1)).isTrue();

      CompletableFuture<HttpResponse<String>> queued =
          client.sendAsync(
              HttpRequest.newBuilder(tls.uri().resolve(DecisionHandler.DECISIONS))
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofByteArray(HOLD_JSON))
                  .build(),
              BodyHandlers.ofString());
      HttpResponse<String> response = queued.get(10, TimeUnit.SECONDS);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(HOLD_DECISION);
      assertThat(closedWithoutAnswer(stalled.getInputStream())).isTrue();
      assertThat(await(() -> (int) tls.cutOffs(), 1)).isTrue();
    }
  }

  @Test
  void stop_tlsRequestInFlight_finishesBeforeTheServerCloses() throws Exception {
    DecisionServer tls = start(DecisionServer.Settings.DEFAULTS);
    try (SSLSocket socket =
        (SSLSocket)
            clientContext
                .getSocketFactory()
                .createSocket(tls.address().getAddress(), tls.address().getPort())) {
      socket.setSoTimeout(5_000);
      socket.startHandshake();
      OutputStream out = socket.getOutputStream();
      out.write(RawHttp.postHead(HOLD_JSON.length).getBytes(ISO_8859_1));
      out.write(Arrays.copyOfRange(HOLD_JSON, 0, 10));
      out.flush();
      assertThat(await(tls::inFlight, 1)).isTrue();

      CompletableFuture<Boolean> stopped =
          CompletableFuture.supplyAsync(() -> tls.stop(Duration.ofSeconds(5)));
      Thread.sleep(200);
      out.write(Arrays.copyOfRange(HOLD_JSON, 10, HOLD_JSON.length));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").endsWith(HOLD_DECISION);
      assertThat(answer.toLowerCase(Locale.ROOT)).contains("\r\nconnection: close\r\n");
      assertThat(stopped.get(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void answerBeforeTheBody_overTls_closesTheConnectionSoTheNextRequestCannotHang()
      throws Exception {
    String token = "records-desk-0123456789abcdef";
    DecisionServer tls =
        start(DecisionServer.Settings.DEFAULTS.tokens(BearerTokens.of(List.of(token))));
    String head = RawHttp.postHead(HOLD_JSON.length);
    String withToken = head.replace("\r\n\r\n", "\r\nAuthorization: Bearer " + token + "\r\n\r\n");
    String plainText = withToken.replace("application/json", "text/plain");

    for (String refused : List.of(head, plainText)) {
      try (SSLSocket socket = connect(tls)) {
        // The head and the body in two writes, two TLS records: the answer comes between them.
        socket.getOutputStream().write(refused.getBytes(ISO_8859_1));
        socket.getOutputStream().flush();
        socket.getOutputStream().write(HOLD_JSON);
        socket.getOutputStream().flush();

        String answer = new String(socket.getInputStream().readAllBytes(), UTF_8);

        assertThat(answer).startsWith(refused == head ? "HTTP/1.1 401 " : "HTTP/1.1 415 ");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("\r\nconnection: close\r\n");
      }
    }
    try (SSLSocket socket = connect(tls)) {
      String get = "GET /v1/policy HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
      socket.getOutputStream().write(get.getBytes(ISO_8859_1));
      socket.getOutputStream().flush();
      String first = readOne(socket.getInputStream());
      socket.getOutputStream().write(get.getBytes(ISO_8859_1));
      socket.getOutputStream().flush();
      String second = readOne(socket.getInputStream());

      // A request without a body keeps its connection, and the next one on it is answered.
      assertThat(first).startsWith("HTTP/1.1 401 ").doesNotContainIgnoringCase("connection: close");
      assertThat(second).startsWith("HTTP/1.1 401 ");
    }
  }

  /** One answer: its head, then a body of its Content-Length. */
  private static String readOne(InputStream in) throws Exception {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      assertThat(b).as("the answer ended early: " + head.toString(ISO_8859_1)).isNotNegative();
      head.write(b);
    }
    String text = head.toString(ISO_8859_1);
    int length = 0;
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return text + new String(in.readNBytes(length), UTF_8);
  }

  private static SSLSocket connect(DecisionServer tls) throws Exception {
    SSLSocket socket =
        (SSLSocket)
            clientContext
                .getSocketFactory()
                .createSocket(tls.address().getAddress(), tls.address().getPort());
    socket.setSoTimeout(5_000);
    socket.startHandshake();
    return socket;
  }

  /** Whether the server closes the connection, sending nothing, within the socket's timeout. */
  private static boolean closedWithoutAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    try {
      for (int b = in.read(); b >= 0; b = in.read()) {
        read.write(b);
      }
      return read.size() == 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return read.size() == 0; // reset by the server
    }
  }
}
