package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.util.concurrent.Uninterruptibles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * {@code serve} beyond loopback: it refuses to start without TLS and bearer tokens, and with both
 * it speaks TLS only and answers {@code /v1/} only with a token. The server may bind {@code
 * 0.0.0.0}; the tests connect to {@code 127.0.0.1} only.
 */
class ServeBeyondLoopbackTest {
  private static final String TOKEN = "3f1c9a7e5b2d4f6081a3c5e7f9b1d3e5";
  private static final String WRONG = "00000000000000000000000000000000";
  private static final String NEEDS =
      "policy-cli serve: --bind 0.0.0.0 listens beyond this machine, which needs TLS and bearer"
          + " tokens; missing: ";
  private static final String KEYSTORE_NEEDED =
      "--tls-keystore FILE (a PKCS#12 keystore, its password in the environment variable"
          + " SANCTUARY_TLS_PASSWORD)";
  private static final String TOKENS_NEEDED =
      "--tokens FILE (the bearer tokens of /v1/, one a line)";
  private static final Pattern LISTENING =
      Pattern.compile("listening on https://0\\.0\\.0\\.0:(\\d+)\n");

  @TempDir static Path dir;

  private static TestKeystore keystore;
  private static Path tokens;

  @BeforeAll
  static void create() throws Exception {
    keystore = TestKeystore.create(dir, "serve.p12");
    tokens = TestKeystore.write(dir, "tokens", "# the records desk\n" + TOKEN + "\n\n");
  }

  /** One run of {@code serve}, in-process, that either ended or is listening. */
  private static final class Serving implements AutoCloseable {
    final List<Thread> hooks = new ArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final CompletableFuture<Integer> code;

    Serving(Map<String, String> environment, String... args) {
      code =
          CompletableFuture.supplyAsync(
              () ->
                  new ServeCommand(hooks::add, environment)
                      .run(
                          List.of(args),
                          InputStream.nullInputStream(),
                          new PrintStream(out, true, UTF_8),
                          new PrintStream(err, true, UTF_8)));
    }

    /** The exit code of a run that ends by itself, within 10 s. */
    int exitCode() throws Exception {
      return code.get(10, TimeUnit.SECONDS);
    }

    String out() {
      return out.toString(UTF_8);
    }

    String err() {
      return err.toString(UTF_8);
    }

    /** The port once {@code listening on https://0.0.0.0:PORT} is printed. */
    int awaitListening() throws InterruptedException {
      return Integer.parseInt(awaitListening(LISTENING).group(1));
    }

    /** The match once the line {@code listening on ...} that {@code pattern} matches is printed. */
    Matcher awaitListening(Pattern pattern) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < deadline && !code.isDone()) {
        Matcher matcher = pattern.matcher(out());
        if (matcher.find()) {
          return matcher;
        }
        Thread.sleep(10);
      }
      throw new AssertionError("not listening; out: " + out() + "; err: " + err());
    }

    /** Runs the shutdown hook, as SIGTERM would, and returns the exit code. */
    int stop() throws Exception {
      close();
      return code.get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
      for (Thread hook : hooks) {
        if (hook.getState() == Thread.State.NEW) {
          hook.start();
          Uninterruptibles.joinUninterruptibly(hook, 10, TimeUnit.SECONDS);
        }
      }
    }
  }

  private static void assertRefused(Serving run, String... expected) throws Exception {
    try (run) {
      assertThat(run.exitCode()).isEqualTo(Main.EXIT_INVALID);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(expected).doesNotContain("Exception");
    }
  }

  // ---- refusing to start ---------------------------------------------------------------------

  @Test
  void run_beyondLoopbackWithoutTlsOrTokens_refusesToStartExitTwo() throws Exception {
    assertRefused(
        new Serving(keystore.environment(), "--bind", "0.0.0.0", "--port", "0"),
        NEEDS + KEYSTORE_NEEDED + " and " + TOKENS_NEEDED);
    assertRefused(
        new Serving(keystore.environment(), "--bind", "::", "--port", "0"),
        "policy-cli serve: --bind :: listens beyond this machine",
        KEYSTORE_NEEDED);
    assertRefused(
        new Serving(keystore.environment(), "--bind", "192.168.1.10", "--port", "0"),
        "policy-cli serve: --bind 192.168.1.10 listens beyond this machine",
        TOKENS_NEEDED);
  }

  @Test
  void run_beyondLoopbackWithOnlyOneOfTlsAndTokens_refusesToStartExitTwo() throws Exception {
    assertRefused(
        new Serving(
            keystore.environment(),
            "--bind=0.0.0.0",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString()),
        NEEDS + TOKENS_NEEDED + ". Without them, bind to 127.0.0.1");
    assertRefused(
        new Serving(
            keystore.environment(), "--bind=0.0.0.0", "--port=0", "--tokens", tokens.toString()),
        NEEDS + KEYSTORE_NEEDED + ". Without them, bind to 127.0.0.1");
  }

  @Test
  void run_passwordOption_doesNotExist() throws Exception {
    for (String option : new String[] {"--tls-password", "--password", "--keystore-password"}) {
      Serving run =
          new Serving(
              Map.of(),
              "--port=0",
              "--tls-keystore",
              keystore.file().toString(),
              option,
              keystore.password());

      assertRefused(
          run,
          "policy-cli serve: unknown option: "
              + option
              + "; the keystore's password is read from the environment variable"
              + " SANCTUARY_TLS_PASSWORD, never from the command line");
      assertThat(run.err()).doesNotContain(keystore.password());
    }
  }

  @Test
  void run_passwordVariableMissing_exitTwoNamingIt() throws Exception {
    assertRefused(
        new Serving(
            Map.of(),
            "--bind=0.0.0.0",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString(),
            "--tokens",
            tokens.toString()),
        "policy-cli serve: --tls-keystore needs the keystore's password in the environment"
            + " variable SANCTUARY_TLS_PASSWORD, which is not set");
  }

  @Test
  void run_wrongPassword_exitTwoNamingTheOption() throws Exception {
    Serving run =
        new Serving(
            Map.of(TlsKeystore.PASSWORD_VARIABLE, "wrong-password-4711"),
            "--bind=0.0.0.0",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString(),
            "--tokens",
            tokens.toString());

    assertRefused(
        run,
        "policy-cli serve: --tls-keystore: \""
            + keystore.file()
            + "\" cannot be opened with the password in SANCTUARY_TLS_PASSWORD");
    assertThat(run.err()).doesNotContain("wrong-password-4711");
  }

  @Test
  void run_tokensFileEmptyOrUnreadable_exitTwo() throws Exception {
    Path empty = TestKeystore.write(dir, "empty-tokens", "# nothing yet\n\n");
    for (Path file : new Path[] {empty, dir.resolve("missing-tokens"), dir}) {
      assertRefused(
          new Serving(
              keystore.environment(),
              "--bind=0.0.0.0",
              "--port=0",
              "--tls-keystore",
              keystore.file().toString(),
              "--tokens",
              file.toString()),
          "policy-cli serve: --tokens: \"" + file + "\" ");
    }
  }

  // ---- serving -------------------------------------------------------------------------------

  @Test
  void run_beyondLoopbackWithTlsAndTokens_servesTlsOnlyAndV1OnlyWithAToken() throws Exception {
    Path record = dir.resolve("record.db");
    try (Serving serving =
        new Serving(
            keystore.environment(),
            "--bind",
            "0.0.0.0",
            "--port",
            "0",
            "--tls-keystore",
            keystore.file().toString(),
            "--tokens",
            tokens.toString(),
            "--record",
            record.toString(),
            "--unit",
            RecordFiles.UNIT)) {
      int port = serving.awaitListening();
      URI base = URI.create("https://127.0.0.1:" + port);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .sslContext(keystore.clientContext())
              .connectTimeout(Duration.ofSeconds(5))
              .build();

      HttpResponse<String> health = get(client, base.resolve("/health"), null);
      HttpResponse<String> noToken = postHold(client, base, null);
      HttpResponse<String> wrongToken = postHold(client, base, "Bearer " + WRONG);
      HttpResponse<String> policy = get(client, base.resolve("/v1/policy"), null);
      HttpResponse<String> outcomes =
          client.send(
              HttpRequest.newBuilder(base.resolve("/v1/outcomes"))
                  .header("Content-Type", "application/json")
                  .POST(BodyPublishers.ofString("{\"seq\":1,\"outcome\":\"RELEASED\"}"))
                  .build(),
              BodyHandlers.ofString());
      long recordedBeforeTheToken = RecordFiles.count(record);
      HttpResponse<String> decided = postHold(client, base, "Bearer " + TOKEN);

      assertThat(serving.out())
          .contains(
              "\nTLS only (TLSv1.3, TLSv1.2); certificate CN=localhost, valid until ",
              "\n/v1/ requires a bearer token (1 token accepted)\n",
              "\nrecording on record ");
      assertThat(health.statusCode()).isEqualTo(200);
      for (HttpResponse<String> refused : List.of(noToken, wrongToken, policy, outcomes)) {
        assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(401);
        assertThat(refused.body()).startsWith("{\"error\":\"unauthorized\",");
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse(""))
            .startsWith("Bearer");
      }
      assertThat(wrongToken.body()).doesNotContain(WRONG);
      assertThat(recordedBeforeTheToken).isZero();
      assertThat(decided.statusCode()).isEqualTo(200);
      assertThat(decided.body())
          .isEqualTo(PolicyJson.write(SanctuaryPolicy.chicago().evaluate(SampleRequests.HOLD)));
      assertThat(RecordFiles.count(record)).isEqualTo(1);

      assertThat(serving.stop()).isEqualTo(Main.EXIT_OK);
      assertThat(serving.out()).endsWith("stopped\n").doesNotContain(TOKEN);
      assertThat(serving.err()).isEmpty();
    }
  }

  @Test
  void run_withTls_plainHttpOnThePortGetsNoHttpAnswer() throws Exception {
    try (Serving serving =
        new Serving(
            keystore.environment(),
            "--bind=0.0.0.0",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString(),
            "--tokens",
            tokens.toString())) {
      int port = serving.awaitListening();

      byte[] answer;
      boolean ended;
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(5_000);
        socket
            .getOutputStream()
            .write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(ISO_8859_1));
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        ended = readUntilEnd(socket.getInputStream(), read);
        answer = read.toByteArray();
      }

      assertThat(new String(answer, ISO_8859_1)).doesNotStartWith("HTTP");
      assertThat(ended).as("the server ends the connection").isTrue();
      assertThat(serving.stop()).isEqualTo(Main.EXIT_OK);
    }
  }

  @Test
  void run_withTls_acceptsTls12AndTls13Clients() throws Exception {
    try (Serving serving =
        new Serving(
            keystore.environment(),
            "--bind=0.0.0.0",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString(),
            "--tokens",
            tokens.toString())) {
      int port = serving.awaitListening();
      SSLContext context = keystore.clientContext();

      for (String protocol : new String[] {"TLSv1.2", "TLSv1.3"}) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {protocol});
        HttpClient client =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .sslContext(context)
                .sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> decided =
            postHold(client, URI.create("https://127.0.0.1:" + port), "Bearer " + TOKEN);

        assertThat(decided.statusCode()).as(protocol).isEqualTo(200);
        assertThat(decided.sslSession().orElseThrow().getProtocol()).isEqualTo(protocol);
      }
    }
  }

  @Test
  void run_loopbackWithTlsAndNoTokens_servesHttpsWithoutCredentials() throws Exception {
    Pattern listening = Pattern.compile("listening on (https://127\\.0\\.0\\.1:\\d+)\n");
    try (Serving serving =
        new Serving(
            keystore.environment(),
            "--bind=localhost",
            "--port=0",
            "--tls-keystore",
            keystore.file().toString())) {
      URI base = URI.create(serving.awaitListening(listening).group(1));
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .sslContext(keystore.clientContext())
              .build();

      HttpResponse<String> decided = postHold(client, base, null);

      assertThat(decided.statusCode()).isEqualTo(200);
      assertThat(serving.out()).doesNotContain("bearer token");
    }
  }

  private static HttpResponse<String> get(
      HttpClient client, URI uri, @Nullable String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  private static HttpResponse<String> postHold(
      HttpClient client, URI base, @Nullable String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(DecisionHandler.DECISIONS))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(PolicyJson.write(SampleRequests.HOLD), UTF_8));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return client.send(request.build(), BodyHandlers.ofString(UTF_8));
  }

  /**
   * Reads what the server sends, at most 64 bytes, until it ends the connection.
   *
   * @return true when the connection ended (end of stream or reset), false when the read timed out
   */
  private static boolean readUntilEnd(InputStream in, ByteArrayOutputStream read)
      throws IOException {
    byte[] buffer = new byte[64];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        read.write(buffer, 0, n);
        if (read.size() >= 64) {
          return false;
        }
      }
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (SocketException e) {
      return true; // reset by the server
    }
  }
}
