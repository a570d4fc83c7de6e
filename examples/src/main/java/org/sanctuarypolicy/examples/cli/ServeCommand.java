package org.sanctuarypolicy.examples.cli;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import com.google.common.net.InetAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * {@code serve [--port N] [--bind ADDR] [--record URL --unit CODE] [--tls-keystore FILE] [--tokens
 * FILE]}: runs the HTTP decision service until the process is stopped (SIGTERM or Ctrl-C), then
 * stops gracefully.
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
 *
 * <p>Bound to a loopback address ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) it needs no
 * credentials. Bound to any other address it refuses to start (exit 2) unless it has both {@code
 * --tls-keystore FILE} ({@link TlsKeystore}: HTTPS only, the password in the environment variable
 * {@code SANCTUARY_TLS_PASSWORD}) and {@code --tokens FILE} ({@link BearerTokens}: every {@code
 * /v1/} endpoint requires one). Either may also be given on loopback. There is no option for the
 * password: a command line is visible to every user of the machine.
 */
final class ServeCommand implements Command {
  /** The port used when {@code --port} is not given. */
  static final int DEFAULT_PORT = 8080;

  private static final String PORT = "--port";
  private static final String BIND = "--bind";
  private static final ImmutableSet<String> OPTIONS =
      ImmutableSet.of(
          PORT,
          BIND,
          TlsKeystore.OPTION,
          BearerTokens.OPTION,
          RecordUrl.OPTION,
          RecordingOptions.UNIT);
  private static final CharMatcher DIGITS = CharMatcher.inRange('0', '9');

  private final Consumer<Thread> shutdownHooks;
  private final Map<String, String> environment;

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
    this(shutdownHooks, System.getenv());
  }

  /**
   * The command with its shutdown hooks and another environment, for tests: the environment
   * variables {@code SANCTUARY_TLS_PASSWORD}, {@code PGPASSWORD} and {@code PGUSER} are read from
   * {@code environment}.
   *
   * @param shutdownHooks receives the thread that stops the server
   * @param environment the process's environment
   */
  ServeCommand(Consumer<Thread> shutdownHooks, Map<String, String> environment) {
    this.shutdownHooks = shutdownHooks;
    this.environment = environment;
  }

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String arguments() {
    return "[--port N] [--bind ADDR] "
        + RecordingOptions.SYNOPSIS
        + " ["
        + TlsKeystore.OPTION
        + " FILE] ["
        + BearerTokens.OPTION
        + " FILE]";
  }

  @Override
  public String summary() {
    return "run the HTTP decision service (POST /v1/decisions, GET /v1/policy, GET /health) on"
        + " 127.0.0.1:"
        + DEFAULT_PORT
        + " until stopped; --port 0 picks a free port. With --record, each reportable decision"
        + " is on the record before it is answered (503 when it cannot be written), and POST"
        + " /v1/outcomes records outcomes. Bound beyond loopback it needs --tls-keystore (PKCS#12,"
        + " password in the environment variable "
        + TlsKeystore.PASSWORD_VARIABLE
        + ") and --tokens (bearer tokens for /v1/, one a line)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    int port = DEFAULT_PORT;
    InetAddress bind = InetAddresses.forString("127.0.0.1");
    @Nullable Path keystore = null;
    @Nullable Path tokensFile = null;
    Set<String> seen = new HashSet<>();
    List<String> recordingArgs = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (!OPTIONS.contains(name)) {
        if (arg.startsWith("-") && name.toLowerCase(Locale.ROOT).contains("password")) {
          // The value, if any, is not shown: it may be the password.
          return Main.usageError(
              this,
              "unknown option: "
                  + Main.printable(name)
                  + "; the keystore's password is read from the environment variable "
                  + TlsKeystore.PASSWORD_VARIABLE
                  + ", never from the command line",
              err);
        }
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
      if (name.equals(TlsKeystore.OPTION) || name.equals(BearerTokens.OPTION)) {
        Path file = path(value);
        if (file == null) {
          return Main.usageError(
              this,
              name + ": \"" + Main.printable(value) + "\" is not allowed; allowed: a file's path",
              err);
        }
        if (name.equals(TlsKeystore.OPTION)) {
          keystore = file;
        } else {
          tokensFile = file;
        }
      } else if (name.equals(RecordUrl.OPTION) || name.equals(RecordingOptions.UNIT)) {
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
    if (!bind.isLoopbackAddress() && (keystore == null || tokensFile == null)) {
      return Main.usageError(this, beyondLoopback(bind, keystore, tokensFile), err);
    }
    DecisionServer.Settings settings = DecisionServer.Settings.DEFAULTS;
    @Nullable BearerTokens tokens = null;
    @Nullable TlsKeystore tls = null;
    try {
      if (tokensFile != null) {
        tokens = BearerTokens.read(tokensFile);
        settings = settings.tokens(tokens);
      }
      if (keystore != null) {
        tls = TlsKeystore.load(keystore, environment);
        settings = settings.tls(tls.context());
      }
    } catch (CliException e) {
      return e.report(this, err);
    }
    @Nullable RecordingPolicy policy = null;
    if (recording.isPresent()) {
      try {
        policy = recording.get().open(environment);
      } catch (CliException e) {
        return e.report(this, err);
      }
    }
    try {
      return serve(new InetSocketAddress(bind, port), settings, tls, tokens, policy, out, err);
    } finally {
      if (policy != null) {
        policy.record().close();
      }
    }
  }

  /** What is missing to listen beyond loopback, in words. */
  private static String beyondLoopback(
      InetAddress bind, @Nullable Path keystore, @Nullable Path tokensFile) {
    List<String> missing = new ArrayList<>();
    if (keystore == null) {
      missing.add(
          TlsKeystore.OPTION
              + " FILE (a PKCS#12 keystore, its password in the environment variable "
              + TlsKeystore.PASSWORD_VARIABLE
              + ")");
    }
    if (tokensFile == null) {
      missing.add(BearerTokens.OPTION + " FILE (the bearer tokens of /v1/, one a line)");
    }
    return BIND
        + " "
        + InetAddresses.toAddrString(bind)
        + " listens beyond this machine, which needs TLS and bearer tokens; missing: "
        + String.join(" and ", missing)
        + ". Without them, bind to 127.0.0.1 (the default)";
  }

  private int serve(
      InetSocketAddress bind,
      DecisionServer.Settings settings,
      @Nullable TlsKeystore tls,
      @Nullable BearerTokens tokens,
      @Nullable RecordingPolicy recording,
      PrintStream out,
      PrintStream err) {
    DecisionServer server;
    try {
      server = DecisionServer.start(bind, settings, recording);
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
    out.println("listening on " + server.uri());
    if (tls != null) {
      out.println("TLS only (" + String.join(", ", TlsKeystore.PROTOCOLS) + "); " + tls.describe());
      if (tls.outOfDate(Instant.now())) {
        err.println(
            "policy-cli serve: warning: the TLS certificate is outside its validity period;"
                + " clients will refuse it");
      }
    }
    if (tokens != null) {
      out.println(
          DecisionHandler.API_PREFIX
              + " requires a bearer token ("
              + tokens.size()
              + (tokens.size() == 1 ? " token" : " tokens")
              + " accepted)");
    }
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

  /** The path, or null when the text is none. */
  private static @Nullable Path path(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      return null;
    }
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
