package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Verify;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * Concurrent clients send random valid requests, one at a time or in small batches, and check every
 * decision against the library's own.
 *
 * <p>Parameters, as system properties: {@code policy.serve.load.seconds} (default 3; keep it short
 * in the unit test), {@code policy.serve.load.clients} (default 16) and {@code
 * policy.serve.load.url}, the base URL of a server already running on this machine, such as {@code
 * java -jar policy-cli.jar serve}; without it the test starts one in-process. For example:
 * {@code mvn -pl examples verify -Dtest=DecisionServerLoadTest -Dpolicy.serve.load.seconds=20
 * -Dpolicy.serve.load.url=http://127.0.0.1:8080}.
 */
class DecisionServerLoadTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final long SEED = 20_261_130L;

  /** A bound on the requests of one client, whatever the duration. */
  private static final long MAX_REQUESTS_PER_CLIENT = 50_000_000L;

  @Test
  void concurrentClients_randomValidRequests_everyDecisionRightAndNoError() throws Exception {
    Duration duration = Duration.ofSeconds(Long.getLong("policy.serve.load.seconds", 3));
    int clients = Integer.getInteger("policy.serve.load.clients", 16);
    String url = System.getProperty("policy.serve.load.url", "");
    DecisionServer server = null;
    URI base;
    if (url.isEmpty()) {
      server =
          DecisionServer.start(
              new InetSocketAddress("127.0.0.1", 0), DecisionServer.Settings.DEFAULTS);
      base = server.uri();
    } else {
      base = URI.create(url);
      Verify.verify(
          InetAddress.getByName(base.getHost()).isLoopbackAddress(), "not loopback: %s", url);
    }
    try {
      Load load = run(base, clients, duration);

      System.out.printf(
          Locale.ROOT,
          "load: %d clients, %.1f s: %d HTTP requests (%.0f/s), %d decisions (%.0f/s), %d errors%n",
          clients,
          load.seconds,
          load.exchanges,
          load.exchanges / load.seconds,
          load.decisions,
          load.decisions / load.seconds,
          load.failures.size());
      assertThat(load.failures).isEmpty();
      assertThat(load.exchanges).isGreaterThanOrEqualTo(clients);
    } finally {
      if (server != null) {
        assertThat(server.stop(Duration.ofSeconds(5))).isTrue();
        assertThat(server.shed()).isZero();
        assertThat(server.cutOffs()).isZero();
      }
    }
  }

  /** What a load run did. */
  private static final class Load {
    final long exchanges;
    final long decisions;
    final double seconds;
    final List<String> failures;

    Load(long exchanges, long decisions, double seconds, List<String> failures) {
      this.exchanges = exchanges;
      this.decisions = decisions;
      this.seconds = seconds;
      this.failures = failures;
    }
  }

  private static Load run(URI base, int clients, Duration duration) throws Exception {
    URI decisions = base.resolve(DecisionHandler.DECISIONS);
    AtomicLong exchanges = new AtomicLong();
    AtomicLong decided = new AtomicLong();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int id = c;
        running.add(
            threads.submit(
                () -> {
                  client(id, decisions, deadline, exchanges, decided, failures);
                  return null;
                }));
      }
      for (Future<?> future : running) {
        future.get(duration.toSeconds() + 60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Load(exchanges.get(), decided.get(), seconds, List.copyOf(failures));
  }

  private static void client(
      int id,
      URI decisions,
      long deadline,
      AtomicLong exchanges,
      AtomicLong decided,
      Queue<String> failures) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    RandomRequests random = new RandomRequests(SEED + id, "load-" + id);
    Random shape = new Random(SEED - id);
    for (long n = 0; n < MAX_REQUESTS_PER_CLIENT && System.nanoTime() < deadline; n++) {
      boolean batch = shape.nextInt(8) == 0;
      List<Request> requests = new ArrayList<>();
      int size = batch ? 2 + shape.nextInt(9) : 1;
      for (int i = 0; i < size; i++) {
        requests.add(random.next());
      }
      String body =
          batch
              ? requests.stream().map(PolicyJson::write).collect(Collectors.joining(",", "[", "]"))
              : PolicyJson.write(requests.get(0));
      String expected =
          batch
              ? requests.stream()
                  .map(r -> PolicyJson.write(POLICY.evaluate(r)))
                  .collect(Collectors.joining(",", "[", "]"))
              : PolicyJson.write(POLICY.evaluate(requests.get(0)));
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(decisions)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(BodyPublishers.ofString(body, UTF_8))
                    .build(),
                BodyHandlers.ofString(UTF_8));
        exchanges.incrementAndGet();
        if (response.statusCode() != 200 || !response.body().equals(expected)) {
          failures.add(
              "client " + id + ": " + response.statusCode() + " for " + body + ": "
                  + response.body());
        } else {
          decided.addAndGet(size);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.add("client " + id + ": interrupted");
        return;
      } catch (Exception e) {
        failures.add("client " + id + ": " + e);
      }
      if (failures.size() > 20) {
        return;
      }
    }
  }
}
