package org.sanctuarypolicy.benchmarks;

import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A throw-away PostgreSQL 15 server for one benchmark trial, set up as the record's test fixture
 * sets up its own: a fresh cluster in a temporary directory, listening on a free loopback port,
 * with {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on. Run as root, its
 * commands run as {@code postgres} through {@code runuser}. It trusts every loopback connection; a
 * shutdown hook stops the server should the trial fail before its tear-down.
 */
final class PostgresServer implements AutoCloseable {
  private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
  private static final String USER = "postgres";
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  private final Path dir;
  private final int port;
  private boolean stopped;

  private PostgresServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** Makes a cluster and starts its server; returns once it accepts connections. */
  static PostgresServer start() throws IOException {
    Path dir = Files.createTempDirectory(Path.of("/tmp"), "record-bench-pg");
    if (ROOT) {
      Files.setOwner(
          dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER));
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    PostgresServer server = new PostgresServer(dir, port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::stopQuietly));
    server.run("initdb", "-D", "data", "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C");
    Files.writeString(
        dir.resolve("data/postgresql.conf"),
        String.join(
            "\n",
            "",
            "listen_addresses = '127.0.0.1'",
            "port = " + port,
            "unix_socket_directories = '" + dir + "'",
            "fsync = on",
            "synchronous_commit = on",
            "full_page_writes = on",
            ""),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    server.run("pg_ctl", "-D", "data", "-l", "server.log", "-w", "start");
    return server;
  }

  /** The JDBC URL of the server's {@code postgres} database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** The connection properties: the superuser, trusted on loopback. */
  Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("user", USER);
    return properties;
  }

  /** Stops the server (fast shutdown) and deletes its cluster; does nothing the second time. */
  @Override
  public synchronized void close() throws IOException {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      run("pg_ctl", "-D", "data", "-m", "fast", "-w", "stop");
    } finally {
      MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  private void stopQuietly() {
    try {
      close();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      System.err.println("could not stop the PostgreSQL server in " + dir + ": " + e);
    }
  }

  private void run(String program, String... arguments) throws IOException {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      command.addAll(List.of("runuser", "-u", USER, "--"));
    }
    command.add(BIN.resolve(program).toString());
    command.addAll(List.of(arguments));
    Path output = Files.createTempFile("record-bench-pg", ".out");
    try {
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile())
              .start();
      if (process.onExit().join().exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", command)
                + " failed: "
                + Files.readString(output, StandardCharsets.UTF_8));
      }
    } finally {
      Files.delete(output);
    }
  }
}
