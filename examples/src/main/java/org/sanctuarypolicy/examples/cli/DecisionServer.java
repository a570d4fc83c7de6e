package org.sanctuarypolicy.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.net.InetAddresses;
import com.google.common.util.concurrent.Uninterruptibles;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The decision service: the JDK's own HTTP server ({@code com.sun.net.httpserver}) with the
 * endpoints of {@link DecisionHandler}, on a {@link WorkerPool} that bounds threads, queue and the
 * time one exchange may hold a thread. Tests start and stop it in-process; {@link ServeCommand}
 * runs it for {@code java -jar policy-cli.jar serve}.
 *
 * <p>With a TLS context in its {@link Settings}, the server is the JDK's {@link HttpsServer} and
 * its port speaks TLS only: a client that speaks plain HTTP to it gets no HTTP answer. With bearer
 * tokens, every {@code /v1/} endpoint requires one of them (see {@link DecisionHandler}).
 *
 * <p>Unless the JVM was started with {@code -Dsun.net.httpserver.nodelay}, the first server sets it
 * to {@code true}, for every JDK HTTP server of the JVM (see {@link #NODELAY}).
 *
 * <p>Thread-safe. {@link #stop} is graceful: it stops accepting connections, lets the exchanges in
 * flight finish within a grace period, then closes every connection.
 */
final class DecisionServer {
  /** The largest request body accepted, in bytes (1 MiB); a larger one is answered 413. */
  static final int MAX_BODY_BYTES = 1 << 20;

  /**
   * The most of a request body left unread by the answer (a 413 or 503) that is read and thrown
   * away before the connection is closed, in bytes (16 MiB).
   */
  static final long MAX_DISCARDED_BYTES = 16L << 20;

  /** The most requests in one array; more are answered 413. */
  static final int MAX_BATCH_REQUESTS = 1_000;

  /** The worker threads that run exchanges. */
  static final int WORKERS = 32;

  /** The exchanges that may wait for a worker; beyond them the service answers 503. */
  static final int QUEUE = 128;

  /** The threads that answer 503 when the workers and the queue are full. */
  static final int OVERFLOW_WORKERS = 2;

  /**
   * The longest one exchange may hold a thread: reading the request, deciding and writing the
   * answer. A client that stalls longer is cut off, its connection closed without an answer.
   */
  static final Duration EXCHANGE_TIMEOUT = Duration.ofSeconds(10);

  /** How long {@link ServeCommand} lets exchanges in flight finish when it is stopped. */
  static final Duration STOP_GRACE = Duration.ofSeconds(5);

  /** The connection backlog; 0 lets the operating system choose. */
  private static final int BACKLOG = 0;

  /**
   * The JDK server's switch for TCP_NODELAY on accepted connections. The server writes a response's
   * head and body in two writes; with Nagle's algorithm on, the body waits for the client's delayed
   * acknowledgement of the head, about 40 ms on Linux, which caps a keep-alive connection at about
   * 20 answers a second. The JDK reads the property once, when its first server is created.
   */
  private static final String NODELAY = "sun.net.httpserver.nodelay";

  /** The settings of one server; the defaults are the constants of {@link DecisionServer}. */
  static final class Settings {
    /**
     * The defaults: {@link #WORKERS}, {@link #QUEUE}, {@link #OVERFLOW_WORKERS}, {@link
     * #EXCHANGE_TIMEOUT} and {@link #MAX_BODY_BYTES}.
     */
    static final Settings DEFAULTS =
        new Settings(
            WORKERS, QUEUE, OVERFLOW_WORKERS, EXCHANGE_TIMEOUT, MAX_BODY_BYTES, null, null);

    /** The worker threads. */
    final int workers;

    /** The exchanges that may wait for a worker. */
    final int queue;

    /** The threads that answer 503. */
    final int overflowWorkers;

    /** The longest one exchange may hold a thread. */
    final Duration exchangeTimeout;

    /** The largest request body, in bytes. */
    final int maxBodyBytes;

    /** The TLS context to serve HTTPS with, or null for plain HTTP. */
    final @Nullable SSLContext tls;

    /** The bearer tokens the {@code /v1/} endpoints require, or null to require none. */
    final @Nullable BearerTokens tokens;

    private Settings(
        int workers,
        int queue,
        int overflowWorkers,
        Duration exchangeTimeout,
        int maxBodyBytes,
        @Nullable SSLContext tls,
        @Nullable BearerTokens tokens) {
      checkArgument(maxBodyBytes >= 1 && maxBodyBytes < Integer.MAX_VALUE, "maxBodyBytes");
      this.workers = workers;
      this.queue = queue;
      this.overflowWorkers = overflowWorkers;
      this.exchangeTimeout = exchangeTimeout;
      this.maxBodyBytes = maxBodyBytes;
      this.tls = tls;
      this.tokens = tokens;
    }

    /**
     * These settings with another number of workers.
     *
     * @param workers the worker threads, at least 1
     * @return the new settings
     */
    Settings workers(int workers) {
      return new Settings(
          workers, queue, overflowWorkers, exchangeTimeout, maxBodyBytes, tls, tokens);
    }

    /**
     * These settings with another queue length.
     *
     * @param queue the exchanges that may wait for a worker, at least 0
     * @return the new settings
     */
    Settings queue(int queue) {
      return new Settings(
          workers, queue, overflowWorkers, exchangeTimeout, maxBodyBytes, tls, tokens);
    }

    /**
     * These settings with another exchange timeout.
     *
     * @param exchangeTimeout the longest one exchange may hold a thread, positive
     * @return the new settings
     */
    Settings exchangeTimeout(Duration exchangeTimeout) {
      return new Settings(
          workers, queue, overflowWorkers, exchangeTimeout, maxBodyBytes, tls, tokens);
    }

    /**
     * These settings serving HTTPS: the port speaks TLS only ({@link TlsKeystore#configurator}).
     *
     * @param tls the server's TLS context, with its key and certificate
     * @return the new settings
     */
    Settings tls(SSLContext tls) {
      return new Settings(
          workers, queue, overflowWorkers, exchangeTimeout, maxBodyBytes, tls, tokens);
    }

    /**
     * These settings requiring a bearer token on every {@code /v1/} endpoint.
     *
     * @param tokens the tokens accepted
     * @return the new settings
     */
    Settings tokens(BearerTokens tokens) {
      return new Settings(
          workers, queue, overflowWorkers, exchangeTimeout, maxBodyBytes, tls, tokens);
    }
  }

  private final HttpServer server;
  private final WorkerPool pool;
  private final DecisionHandler handler;
  private final InetSocketAddress address;
  private final String scheme;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object stopLock = new Object();
  private boolean stopping;

  private DecisionServer(
      HttpServer server, WorkerPool pool, DecisionHandler handler, InetSocketAddress bind) {
    this.server = server;
    this.scheme = server instanceof HttpsServer ? "https" : "http";
    this.pool = pool;
    this.handler = handler;
    // The address asked for, with the port given: a dual-stack socket bound to 0.0.0.0 reports ::.
    this.address = new InetSocketAddress(bind.getAddress(), server.getAddress().getPort());
  }

  /**
   * Binds the address and starts serving the Chicago order, keeping no record.
   *
   * @param bind the address and port to listen on; port 0 picks a free port
   * @param settings the limits
   * @return the running server
   * @throws IOException when the address cannot be bound, for example a port in use
   */
  static DecisionServer start(InetSocketAddress bind, Settings settings) throws IOException {
    return start(bind, settings, null);
  }

  /**
   * Binds the address and starts serving the Chicago order, through {@code recording} when there is
   * one: then every reportable decision is on the record before it is answered, and {@code POST
   * /v1/outcomes} records outcomes. The caller closes the record after {@link #stop}.
   *
   * @param bind the address and port to listen on; port 0 picks a free port
   * @param settings the limits
   * @param recording the Chicago order on a compliance record, or null to keep no record
   * @return the running server
   * @throws IOException when the address cannot be bound, for example a port in use
   */
  static DecisionServer start(
      InetSocketAddress bind, Settings settings, @Nullable RecordingPolicy recording)
      throws IOException {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    Policy policy = recording == null ? SanctuaryPolicy.chicago() : recording;
    DecisionHandler handler =
        new DecisionHandler(
            policy, recording, settings.maxBodyBytes, MAX_BATCH_REQUESTS, settings.tokens);
    HttpServer server;
    if (settings.tls == null) {
      server = HttpServer.create(bind, BACKLOG);
    } else {
      HttpsServer https = HttpsServer.create(bind, BACKLOG);
      https.setHttpsConfigurator(TlsKeystore.configurator(settings.tls));
      server = https;
    }
    WorkerPool pool;
    try {
      pool =
          new WorkerPool(
              "policy-serve",
              settings.workers,
              settings.queue,
              settings.overflowWorkers,
              settings.exchangeTimeout);
    } catch (RuntimeException e) {
      server.stop(0);
      throw e;
    }
    // The decision page (GET /, POST /, GET /order) answers its own paths and hands every other
    // one to the API's handler.
    server.createContext("/", new PageHandler(handler, settings.maxBodyBytes));
    server.setExecutor(pool);
    server.start();
    return new DecisionServer(server, pool, handler, bind);
  }

  /**
   * The address the server listens on, with the port it was given.
   *
   * @return the bound address
   */
  InetSocketAddress address() {
    return address;
  }

  /**
   * The base URI of the service, for example {@code http://127.0.0.1:8080}, or {@code https://...}
   * when it serves TLS.
   *
   * @return the URI, with an IPv6 address in brackets
   */
  URI uri() {
    String host = InetAddresses.toUriString(address.getAddress());
    return URI.create(scheme + "://" + host + ":" + address.getPort());
  }

  /**
   * The exchanges accepted and not yet finished, waiting ones included.
   *
   * @return the count
   */
  int inFlight() {
    return pool.inFlight();
  }

  /**
   * How many exchanges were cut off for holding a thread longer than the exchange timeout.
   *
   * @return the count
   */
  long cutOffs() {
    return pool.cutOffs();
  }

  /**
   * How many exchanges were answered 503 because the workers were saturated.
   *
   * @return the count
   */
  long shed() {
    return pool.shed();
  }

  /**
   * Stops the server gracefully: closes the listening socket at once, answers what is in flight
   * (asking each client to close its connection), waits for those exchanges up to {@code grace},
   * then closes every connection and ends every thread. Later calls wait for the first to finish.
   *
   * @param grace how long exchanges in flight may take to finish
   * @return true when every exchange in flight finished within the grace period
   */
  boolean stop(Duration grace) {
    synchronized (stopLock) {
      if (stopping) {
        Uninterruptibles.awaitUninterruptibly(stopped);
        return true;
      }
      stopping = true;
    }
    boolean interrupted = false;
    boolean idle = false;
    try {
      handler.drain();
      // HttpServer.stop(delay) closes the listening socket at once, then waits up to its delay
      // for the exchanges it counts. Its count misses exchanges that failed halfway (a cut-off
      // client), so it may wait the whole delay with nothing in flight; the pool's own count
      // decides here, and the second stop(0) below ends the first one's wait.
      int delay = (int) Math.min(Integer.MAX_VALUE, grace.toSeconds() + 1);
      Thread closer = new Thread(() -> server.stop(delay), "policy-serve-stop");
      closer.setDaemon(true);
      closer.start();
      try {
        idle = pool.awaitIdle(grace);
      } catch (InterruptedException e) {
        interrupted = true;
      }
      server.stop(0);
      try {
        closer.join(TimeUnit.SECONDS.toMillis(2));
        pool.shutdown();
        handler.shutdown();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    } finally {
      stopped.countDown();
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return idle;
  }

  /**
   * Waits until {@link #stop} has finished.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void awaitStopped() throws InterruptedException {
    stopped.await();
  }
}
