package org.sanctuarypolicy.record;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.io.BaseEncoding;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A real PostgreSQL server for tests, started by the tests themselves.
 *
 * <p>{@link #shared()} starts one server per JVM on first use, from the installed server binaries
 * (Debian's {@code postgresql} package: the directory {@code pg_config --bindir} names, else {@code
 * /usr/lib/postgresql/N/bin} with the highest N). Its cluster lives in a fresh temporary directory;
 * it listens on {@code 127.0.0.1} only, on a free port, with its unix sockets in that directory,
 * password (SCRAM) authentication, UTF-8 and the C locale, and {@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on, because the record's tests are durability
 * tests. A JVM shutdown hook stops the server and deletes the directory; a small watchdog process
 * does the same if the JVM dies without running its hooks.
 *
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root (as CI does), every server
 * command runs as the {@code postgres} system user (through {@code setpriv}), which owns the
 * directory; otherwise the commands run as the JVM's own user.
 *
 * <p>Each {@link #newDatabase()} creates a new empty database, so tests never share tables. {@link
 * #stop()}, {@link #crash()} and {@link #start()} act on the one shared server, for the fault
 * tests: a test that stops the server must start it again (in a {@code finally}), and must not run
 * in parallel with other tests of the same JVM.
 */
final class PostgresServer {

  /** The loopback address the server listens on and JDBC URLs name. */
  static final String HOST = "127.0.0.1";

  private static final String SUPERUSER = "record_test";
  private static final String SERVICE_USER = "postgres";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final String MISSING_BINARIES =
      "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found: looked in"
          + " `pg_config --bindir` and /usr/lib/postgresql/*/bin. The policy-record tests start"
          + " their own PostgreSQL server from Debian's `postgresql` package, which .ci/run"
          + " installs when it is absent; on a developer machine run"
          + " `apt-get install -y --no-install-recommends postgresql` (as root).";

  private static final Supplier<Supplier<PostgresServer>> SHARED =
      Suppliers.memoize(PostgresServer::startShared);

  private final Path binDir;
  private final ImmutableList<String> asServiceUser;
  private final Path baseDir;
  private final Path dataDir;
  private final Path serverLog;
  private final String password;
  private final AtomicInteger databases = new AtomicInteger();
  private int port;
  private boolean running;

  private PostgresServer(
      Path binDir, ImmutableList<String> asServiceUser, Path baseDir, String password) {
    this.binDir = binDir;
    this.asServiceUser = asServiceUser;
    this.baseDir = baseDir;
    this.dataDir = baseDir.resolve("data");
    this.serverLog = baseDir.resolve("server.log");
    this.password = password;
  }

  /**
   * Returns this JVM's server, starting it on first use.
   *
   * @throws IllegalStateException if the server binaries are missing or the server did not start
   *     (then every later call throws too, without trying again)
   */
  static PostgresServer shared() {
    return SHARED.get().get();
  }

  /** Creates a new, empty database on the server and returns how to reach it. */
  Database newDatabase() throws SQLException {
    String name = "record_test_" + databases.incrementAndGet();
    try (Connection admin = connect("postgres", password);
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return new Database(name, jdbcUrl(name), SUPERUSER, password);
  }

  /** The JDBC URL of the named database on this server, without credentials. */
  synchronized String jdbcUrl(String database) {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
  }

  /** The TCP port the server listens on; it stays the same across {@link #stop()} and start. */
  synchronized int port() {
    return port;
  }

  /** The database superuser every {@link Database} connects as. */
  String user() {
    return SUPERUSER;
  }

  /** The password of {@link #user()}. */
  String password() {
    return password;
  }

  /** Whether the server is up, as far as this class has started or stopped it. */
  synchronized boolean isRunning() {
    return running;
  }

  /**
   * Shuts the server down cleanly (fast mode: open connections are cut, a checkpoint is written),
   * keeping its data directory and port. Does nothing if it is already stopped.
   */
  synchronized void stop() {
    shutDown("fast");
  }

  /**
   * Stops the server as a crash would (immediate mode: no checkpoint, no clean shutdown); the next
   * {@link #start()} replays the write-ahead log. Does nothing if it is already stopped.
   */
  synchronized void crash() {
    shutDown("immediate");
  }

  /**
   * Starts the server again on the same data directory and port, waiting until it accepts
   * connections. Does nothing if it is already running.
   */
  synchronized void start() {
    if (running) {
      return;
    }
    pgCtlStart();
  }

  @Override
  public String toString() {
    return "PostgresServer{" + HOST + ":" + port() + ", " + dataDir + ", log " + serverLog + "}";
  }

  /** A database on the shared server, and the credentials to reach it. */
  record Database(String name, String jdbcUrl, String user, String password) {

    /** Opens a new connection to this database. */
    Connection connect() throws SQLException {
      return DriverManager.getConnection(jdbcUrl, credentials(user, password));
    }
  }

  // ---- Starting, once per JVM.

  private static Supplier<PostgresServer> startShared() {
    try {
      PostgresServer server = create();
      return () -> server;
    } catch (RuntimeException e) {
      return () -> {
        throw new IllegalStateException(
            "The shared PostgreSQL test server could not start: " + e.getMessage(), e);
      };
    }
  }

  /** Whether this JVM runs as root: the owner of {@code /proc/self} is this process's user. */
  private static boolean isRoot() {
    try {
      return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static PostgresServer create() {
    Path binDir = findBinDir().orElseThrow(() -> new IllegalStateException(MISSING_BINARIES));
    boolean root = isRoot();
    Optional<UserPrincipal> owner = root ? Optional.of(serviceUser()) : Optional.empty();
    ImmutableList<String> asServiceUser =
        root
            ? ImmutableList.of(
                setpriv(),
                "--reuid=" + SERVICE_USER,
                "--regid=" + SERVICE_USER,
                "--init-groups",
                "--")
            : ImmutableList.of();
    try {
      // As root, the postgres user must reach the directory, so it goes under the world-readable
      // /tmp whatever java.io.tmpdir says.
      Path parent = Path.of(root ? "/tmp" : System.getProperty("java.io.tmpdir"));
      Path baseDir = Files.createTempDirectory(parent, "policy-record-pg-");
      if (owner.isPresent()) {
        Files.setOwner(baseDir, owner.get());
      }
      PostgresServer server = new PostgresServer(binDir, asServiceUser, baseDir, randomPassword());
      server.startWatchdog();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(server::destroy, "postgres-test-server-shutdown"));
      server.initialize(owner);
      synchronized (server) {
        server.startOnFreePort();
      }
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UserPrincipal serviceUser() {
    try {
      return FileSystems.getDefault()
          .getUserPrincipalLookupService()
          .lookupPrincipalByName(SERVICE_USER);
    } catch (UserPrincipalNotFoundException e) {
      throw new IllegalStateException(
          "The JVM runs as root, and PostgreSQL refuses to, so the test server runs as the `"
              + SERVICE_USER
              + "` system user, which does not exist. Debian's `postgresql` package creates it;"
              + " .ci/run installs that package when it is absent.",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void initialize(Optional<UserPrincipal> owner) throws IOException {
    Path passwordFile = baseDir.resolve("password");
    Files.writeString(passwordFile, password + "\n", UTF_8);
    if (owner.isPresent()) {
      Files.setOwner(passwordFile, owner.get());
    }
    try {
      run(
          TIMEOUT,
          command(
              "initdb",
              "--pgdata=" + dataDir,
              "--username=" + SUPERUSER,
              "--pwfile=" + passwordFile,
              "--auth=scram-sha-256",
              "--encoding=UTF8",
              "--locale=C"));
    } finally {
      Files.deleteIfExists(passwordFile);
    }
    // Appended after initdb's defaults, so these win; the server reads them at every start.
    Files.writeString(
        dataDir.resolve("postgresql.conf"),
        String.join(
            "\n",
            "",
            "# policy-record test server",
            "listen_addresses = '" + HOST + "'",
            "unix_socket_directories = '" + baseDir + "'",
            "fsync = on",
            "synchronous_commit = on",
            "full_page_writes = on",
            "max_connections = 200",
            "timezone = 'UTC'",
            "lc_messages = 'C'",
            ""),
        UTF_8,
        StandardOpenOption.APPEND);
  }

  /** Starts on a free port, trying another if one was taken between choosing and binding. */
  private void startOnFreePort() throws IOException {
    for (int attempt = 1; ; attempt++) {
      port = freePort();
      Files.writeString(
          dataDir.resolve("postgresql.conf"),
          "port = " + port + "\n",
          UTF_8,
          StandardOpenOption.APPEND);
      try {
        pgCtlStart();
        return;
      } catch (IllegalStateException e) {
        if (attempt == 3 || !serverLogTail().contains("could not bind")) {
          throw e;
        }
      }
    }
  }

  // ---- Running and stopping.

  private void pgCtlStart() {
    run(
        TIMEOUT.plusSeconds(10),
        command(
            "pg_ctl",
            "start",
            "--pgdata=" + dataDir,
            "--log=" + serverLog,
            "--wait",
            "--timeout=" + TIMEOUT.toSeconds(),
            "--silent"));
    running = true;
  }

  private void shutDown(String mode) {
    if (!running) {
      return;
    }
    run(
        TIMEOUT.plusSeconds(10),
        command(
            "pg_ctl",
            "stop",
            "--pgdata=" + dataDir,
            "--mode=" + mode,
            "--wait",
            "--timeout=" + TIMEOUT.toSeconds(),
            "--silent"));
    running = false;
  }

  /** The shutdown hook: stops the server at once and deletes its directory, on a best effort. */
  private void destroy() {
    synchronized (this) {
      try {
        shutDown("immediate");
      } catch (RuntimeException e) {
        System.err.println("Could not stop the PostgreSQL test server: " + e.getMessage());
      }
    }
    try {
      MoreFiles.deleteRecursively(baseDir, RecursiveDeleteOption.ALLOW_INSECURE);
    } catch (IOException e) {
      System.err.println("Could not delete " + baseDir + ": " + e);
    }
  }

  /**
   * Starts a process that outlives a killed JVM (no shutdown hooks) and then stops the server and
   * deletes its directory. It holds none of the JVM's streams, so nothing waits for it.
   */
  private void startWatchdog() throws IOException {
    String stop =
        command(
                "pg_ctl",
                "stop",
                "--pgdata=" + dataDir,
                "--mode=immediate",
                "--wait",
                "--timeout=" + TIMEOUT.toSeconds())
            .stream()
            .map(PostgresServer::shellQuote)
            .collect(Collectors.joining(" "));
    String script =
        "while kill -0 "
            + ProcessHandle.current().pid()
            + " 2>/dev/null; do sleep 1; done; "
            + stop
            + "; rm -rf "
            + shellQuote(baseDir.toString());
    new ProcessBuilder("/bin/sh", "-c", script)
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private List<String> command(String program, String... arguments) {
    List<String> command = new ArrayList<>(asServiceUser);
    command.add(binDir.resolve(program).toString());
    command.addAll(List.of(arguments));
    return command;
  }

  /** Runs a command to completion within the timeout, or throws with its output and the log. */
  private void run(Duration timeout, List<String> command) {
    Path output = baseDir.resolve("command.out");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(baseDir.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw failure(command, "timed out after " + timeout.toSeconds() + " s", output);
      }
      if (process.exitValue() != 0) {
        throw failure(command, "exited with " + process.exitValue(), output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted running " + String.join(" ", command), e);
    }
  }

  private IllegalStateException failure(List<String> command, String what, Path output) {
    String printed;
    try {
      printed = Files.readString(output, UTF_8).strip();
    } catch (IOException e) {
      printed = "(unreadable: " + e + ")";
    }
    return new IllegalStateException(
        String.join(" ", command)
            + " "
            + what
            + ".\nIts output:\n"
            + printed
            + "\nServer log "
            + serverLog
            + ", last lines:\n"
            + serverLogTail());
  }

  private String serverLogTail() {
    try {
      List<String> lines = Files.readAllLines(serverLog, UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(none: " + e + ")";
    }
  }

  private Connection connect(String database, String password) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), credentials(SUPERUSER, password));
  }

  private static Properties credentials(String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("loginTimeout", "10");
    return properties;
  }

  // ---- Finding things.

  /** {@code pg_config --bindir} if it has the server, else the newest /usr/lib/postgresql/N/bin. */
  private static Optional<Path> findBinDir() {
    Optional<Path> fromPgConfig = pgConfigBinDir().filter(PostgresServer::hasServer);
    if (fromPgConfig.isPresent()) {
      return fromPgConfig;
    }
    Path versions = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(versions)) {
      return Optional.empty();
    }
    Path best = null;
    int bestVersion = -1;
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(versions)) {
      for (Path version : stream) {
        String name = version.getFileName().toString();
        Path bin = version.resolve("bin");
        if (name.matches("\\d{1,4}") && hasServer(bin) && Integer.parseInt(name) > bestVersion) {
          best = bin;
          bestVersion = Integer.parseInt(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Path> pgConfigBinDir() {
    try {
      Process process =
          new ProcessBuilder("pg_config", "--bindir")
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      String printed = new String(process.getInputStream().readAllBytes(), UTF_8).strip();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return process.exitValue() == 0 && !printed.isEmpty()
          ? Optional.of(Path.of(printed))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // No pg_config on the PATH.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static boolean hasServer(Path bin) {
    return Files.isExecutable(bin.resolve("initdb"))
        && Files.isExecutable(bin.resolve("pg_ctl"))
        && Files.isExecutable(bin.resolve("postgres"));
  }

  private static String setpriv() {
    for (String candidate : List.of("/usr/bin/setpriv", "/bin/setpriv")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "The JVM runs as root, and PostgreSQL refuses to, so the test server runs as the `"
            + SERVICE_USER
            + "` user through setpriv (util-linux), which is missing.");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return BaseEncoding.base64Url().omitPadding().encode(bytes);
  }

  private static String shellQuote(String argument) {
    return "'" + argument.replace("'", "'\\''") + "'";
  }
}
