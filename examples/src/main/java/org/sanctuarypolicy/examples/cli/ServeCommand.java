package org.sanctuarypolicy.examples.cli;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * {@code serve [--port N] [--bind ADDR] [--record URL --unit CODE]}: runs the HTTP decision service
 * until the process is stopped (SIGTERM or Ctrl-C), then stops gracefully.
 *
 * <p>It listens on {@code 127.0.0.1:8080} unless told otherwise, prints {@code listening on
 * http://ADDRESS:PORT} on standard output once the socket is bound, and blocks. A shutdown hook
 * closes the listening socket, lets the exchanges in flight finish within {@link
 * DecisionServer#STOP_GRACE}, and prints {@code stopped}. The endpoints and limits are those of
 * {@link DecisionServer} and {@link DecisionHandler}.
 *
 * <p>With {@code --record URL --unit CODE}, the service decides through a {@link RecordingPolicy}
 * and accepts {@code POST /v1/outcomes}; it prints a second line naming the record and the unit,
 * and closes the record once the server has stopped.
 */
final class ServeCommand implements Command {
  /** The port used when {@code --port} is not given. */
  static final int DEFAULT_PORT = 8080;

  private static final String PORT = "--port";
  private static final String BIND = "--bind";
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  private final Consumer<Thread> shutdownHooks;

  /** The command as the tool runs it: stopped by the JVM's shutdown hooks. */
  ServeCommand() {
    this(Runtime.getRuntime()::addShutdownHook);
  }

  /**
   * The command with another way to register its shutdown hook, for tests that stop it by running
   * the hook themselves.
   *
   * @param shutdownHooks receives the thread that stops the server
   */
  ServeCommand(Consumer<Thread> shutdownHooks) {
    this.shutdownHooks = shutdownHooks;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String arguments() {
    return "[--port N] [--bind ADDR] " + RecordingOptions.SYNOPSIS;
  }

  @Override
  public String summary() {
    return "run the HTTP decision service (POST /v1/decisions, GET /v1/policy, GET /health) on"
        + " 127.0.0.1:"
        + DEFAULT_PORT
        + " until stopped; --port 0 picks a free port. With --record, each reportable decision"
        + " is on the record before it is answered (503 when it cannot be written), and POST"
        + " /v1/outcomes records outcomes";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    int port = DEFAULT_PORT;
    InetAddress bind = InetAddresses.forString("127.0.0.1");
    Set<String> seen = new HashSet<>();
    List<String> recordingArgs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (!name.equals(PORT)
          && !name.equals(BIND)
          && !name.equals(RecordUrl.OPTION)
          && !name.equals(RecordingOptions.UNIT)) {
        return Main.usageError(
            this,
            (arg.startsWith("-") ? "unknown option: " : "unexpected argument: ")
                + Main.printable(arg),
            err);
      }
      String value;
      if (equals > 0 && arg.startsWith("--")) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return Main.usageError(this, name + " needs a value", err);
      }
      if (!seen.add(name)) {
        return Main.usageError(this, name + " is given twice", err);
      }
      if (name.equals(RecordUrl.OPTION) || name.equals(RecordingOptions.UNIT)) {
        if (value.isEmpty()) {
          return Main.usageError(this, name + " needs a value", err);
        }
        recordingArgs.add(name);
        recordingArgs.add(value);
      } else if (name.equals(PORT)) {
        port = port(value);
        if (port < 0) {
          return Main.usageError(
              this,
              PORT
                  + ": \""
                  + Main.printable(value)
                  + "\" is not allowed; allowed: a number from 0 to 65535 (0 picks a free port)",
              err);
        }
      } else {
        InetAddress address = address(value);
        if (address == null) {
          return Main.usageError(
              this,
              BIND
                  + ": \""
                  + Main.printable(value)
                  + "\" is not allowed; allowed: an IP address such as 127.0.0.1, ::1 or"
                  + " 0.0.0.0, or localhost",
              err);
        }
        bind = address;
      }
    }
    Optional<RecordingOptions> recording;
    try {
      recording =
          RecordingOptions.of(
              Options.parse(
                  recordingArgs,
                  ImmutableSet.of(RecordUrl.OPTION, RecordingOptions.UNIT),
                  ImmutableSet.of(),
                  0,
                  false));
    } catch (CliException e) {
      return e.report(this, err);
    }
    @Nullable RecordingPolicy policy = null;
    if (recording.isPresent()) {
      try {
        policy = recording.get().open(System.getenv());
      } catch (CliException e) {
        return e.report(this, err);
      }
    }
    try {
      return serve(new InetSocketAddress(bind, port), policy, out, err);
    } finally {
      if (policy != null) {
        policy.record().close();
      }
    }
  }

  private int serve(
      InetSocketAddress bind,
      @Nullable RecordingPolicy recording,
      PrintStream out,
      PrintStream err) {
    DecisionServer server;
    try {
      server = DecisionServer.start(bind, DecisionServer.Settings.DEFAULTS, recording);
    } catch (IOException e) {
      err.println(
          "policy-cli serve: cannot listen on "
              + InetAddresses.toUriString(bind.getAddress())
              + ":"
              + bind.getPort()
              + ": "
              + Main.reason(e));
      return Main.EXIT_INVALID;
    }
    if (!bind.getAddress().isLoopbackAddress()) {
      err.println(
          "policy-cli serve: warning: listening beyond this machine; the service has no"
              + " authentication and no TLS, so put it behind a proxy that has both");
    }
    out.println("listening on " + server.uri());
    if (recording != null) {
      out.println(
          "recording on record "
              + recording.record().recordId()
              + " for unit "
              + recording.unit()
              + "; POST /v1/outcomes records outcomes");
    }
    out.flush();
    try {
      shutdownHooks.accept(
          new Thread(
              () -> {
                out.println(
                    "stopping: finishing the requests in flight (at most "
                        + DecisionServer.STOP_GRACE.toSeconds()
                        + " s)");
                out.flush();
                boolean clean = server.stop(DecisionServer.STOP_GRACE);
                if (recording != null) {
                  // Every exchange has ended: no append is waiting. The JVM may halt right after.
                  recording.record().close();
                }
                out.println(clean ? "stopped" : "stopped; requests still in flight were cut off");
                out.flush();
              },
              "policy-serve-shutdown"));
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: stop now.
      server.stop(DecisionServer.STOP_GRACE);
    }
    try {
      server.awaitStopped();
    } catch (InterruptedException e) {
      server.stop(DecisionServer.STOP_GRACE);
      Thread.currentThread().interrupt();
    }
    return Main.EXIT_OK;
  }

  /** The port, or -1 when the text is not a number from 0 to 65535. */
  private static int port(String text) {
    if (text.isEmpty() || text.length() > 5 || !DIGITS.matchesAllOf(text)) {
      return -1;
    }
    int port = Integer.parseInt(text);
    return port <= 65_535 ? port : -1;
  }

  /**
   * The address of an IP literal or {@code localhost}, or null. Never asks a name server: a bind
   * address is the machine's own.
   */
  private static @Nullable InetAddress address(String text) {
    if (text.equals("localhost")) {
      return InetAddresses.forString("127.0.0.1");
    }
    String literal =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    return InetAddresses.isInetAddress(literal) ? InetAddresses.forString(literal) : null;
  }
}
