package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;

/**
 * The command-line tool {@code policy-cli.jar}: {@code evaluate}, {@code explain}, {@code check},
 * {@code diff}, {@code demo}, {@code catalog}, {@code certify}, {@code serve}, {@code record} and
 * {@code report}, with exit codes 0 (success), 1 (a product is not certified; a record does not
 * verify; a catalog breaks a law), 2 (invalid input or usage) and 3 (the compliance record could
 * not be opened, read or written; or an internal error).
 *
 * <p>{@link #run} holds the whole logic with injectable streams, so that tests and other programs
 * can call it in-process; {@link #main} binds it to the process.
 */
public final class Main {
  /** Every input got its answer; for {@code certify}, the product is certified. */
  public static final int EXIT_OK = 0;

  /** {@code certify} only: the input was valid, and the product failed at least one scenario. */
  public static final int EXIT_NOT_CERTIFIED = 1;

  /**
   * {@code record verify} and {@code report}: the compliance record does not verify; the first
   * break is printed, and no report is written. {@code check}: the catalog breaks a law.
   */
  public static final int EXIT_BROKEN = 1;

  /** An input was invalid or unreadable, or the command line was wrong. */
  public static final int EXIT_INVALID = 2;

  /** A bug: something failed that should not. The message says what. */
  public static final int EXIT_INTERNAL = 3;

  /**
   * The compliance record could not be opened, read or written. For {@code evaluate --record}, the
   * message names the input from which nothing was printed: do not act on inputs from that position
   * on. The same code as {@link #EXIT_INTERNAL}: both mean stop, and trust nothing the command did
   * not print.
   */
  public static final int EXIT_RECORD_FAILED = 3;

  /** The tool's version, written into a resource by the build. */
  private static final String TOOL_VERSION = toolVersion();

  /** The width the usage text wraps at. */
  private static final int WIDTH = 100;

  private static final ImmutableList<Command> COMMANDS =
      ImmutableList.of(
          new EvaluateCommand(),
          new ExplainCommand(),
          new CheckCommand(),
          new DiffCommand(),
          new DemoCommand(),
          new CatalogCommand(),
          new CertifyCommand(),
          new ServeCommand(),
          new RecordCommand(),
          new ReportCommand());

  private static final ImmutableMap<String, Command> BY_NAME =
      Maps.uniqueIndex(COMMANDS, Command::name);

  private Main() {}

  /**
   * Runs the tool on the process's standard streams and exits with its exit code.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(
                new ClosedPipe(new FileOutputStream(FileDescriptor.out)), 1 << 16),
            false,
            UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the tool: dispatches to the command named by the first argument. Prints the usage on
   * standard output for {@code --help}, and on standard error for a missing or unknown command.
   * Never throws and never prints a stack trace; flushes {@code out} before it returns.
   *
   * @param args the command and its arguments
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_NOT_CERTIFIED} (or {@link #EXIT_BROKEN}),
   *     {@link #EXIT_INVALID}, {@link #EXIT_INTERNAL} (or {@link #EXIT_RECORD_FAILED})
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    try {
      return dispatch(Arrays.asList(args), in, out, err);
    } catch (RuntimeException | Error e) {
      err.println("internal error: " + e);
      return EXIT_INTERNAL;
    } finally {
      out.flush();
    }
  }

  private static int dispatch(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (args.isEmpty()) {
      err.println("policy-cli: no command given");
      err.print(usage());
      return EXIT_INVALID;
    }
    String name = args.get(0);
    if (name.equals("--help") || name.equals("-h")) {
      out.print(usage());
      return EXIT_OK;
    }
    if (name.equals("--version")) {
      out.print(version());
      return EXIT_OK;
    }
    Command command = BY_NAME.get(name);
    if (command == null) {
      err.println("policy-cli: unknown command: " + printable(name));
      err.print(usage());
      return EXIT_INVALID;
    }
    List<String> rest = args.subList(1, args.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      Command form =
          command.subcommands().stream()
              .filter(sub -> !rest.isEmpty() && sub.name().equals(name + " " + rest.get(0)))
              .findFirst()
              .orElse(command);
      out.print(usage(form));
      return EXIT_OK;
    }
    return command.run(rest, in, out, err);
  }

  /**
   * What {@code --version} prints: the tool's version, and the id, version and fingerprint of the
   * catalog in force.
   */
  static String version() {
    PolicyInfo policy = SanctuaryPolicy.chicago().info();
    return "policy-cli "
        + TOOL_VERSION
        + "\npolicy "
        + policy.id()
        + " "
        + policy.version()
        + " "
        + policy.fingerprint()
        + "\n";
  }

  /** One command's usage: its forms (a command with subcommands has several), each explained. */
  static String usage(Command command) {
    StringBuilder text = new StringBuilder();
    List<Command> forms =
        command.subcommands().isEmpty() ? List.of(command) : command.subcommands();
    for (Command form : forms) {
      text.append(wrap("usage: java -jar policy-cli.jar " + synopsis(form), "", "    "));
      text.append(wrap(form.summary(), "  ", "  "));
    }
    return text.append("exit status: see java -jar policy-cli.jar --help\n").toString();
  }

  /** The usage text: each command's synopsis, with what it does below it. */
  static String usage() {
    StringBuilder text =
        new StringBuilder("usage: java -jar policy-cli.jar COMMAND [ARGUMENTS]\n\ncommands:\n");
    for (Command command : COMMANDS) {
      List<Command> forms =
          command.subcommands().isEmpty() ? List.of(command) : command.subcommands();
      for (Command form : forms) {
        text.append(wrap(synopsis(form), "  ", "      "));
        text.append(wrap(form.summary(), "      ", "      "));
      }
    }
    text.append("\nthe compliance record (--record URL):\n")
        .append(
            wrap(
                "URL is "
                    + ComplianceRecord.ALLOWED_URLS
                    + ". A PostgreSQL password comes from the environment variable PGPASSWORD,"
                    + " and the user from PGUSER when the URL names none; a URL holding a password"
                    + " is refused. A unit or agency CODE is 1 to 64 characters of A-Z, 0-9 and"
                    + " -, such as CPD-LOCKUP-018.",
                "  ",
                "  "))
        .append(
            "\noptions:\n  --help, -h  print this help and exit; after a command, that command's"
                + " help\n  --version   print the tool's version and the catalog in force (id,"
                + " version, fingerprint)\n")
        .append("\nexit status:\n")
        .append(wrap("0 success; for record verify, the record verifies", "  ", "    "))
        .append(
            wrap(
                "1 not certified (certify); the record does not verify (record verify, report);"
                    + " a law is broken (check)",
                "  ",
                "    "))
        .append(wrap("2 invalid input or usage", "  ", "    "))
        .append(
            wrap(
                "3 the record could not be opened, read or written (evaluate: act on no input"
                    + " from the position named on standard error on); or an internal error",
                "  ",
                "    "));
    return text.toString();
  }

  private static String toolVersion() {
    Properties properties = new Properties();
    try (InputStream in = Main.class.getResourceAsStream("cli.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tool's version", e);
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }

  /** Words wrapped at {@link #WIDTH}, each line indented, ending in a line feed. */
  private static String wrap(String words, String first, String rest) {
    StringBuilder text = new StringBuilder(first);
    int lineStart = 0;
    boolean lineEmpty = true;
    for (String word : Splitter.on(' ').omitEmptyStrings().split(words)) {
      if (!lineEmpty && text.length() - lineStart + 1 + word.length() > WIDTH) {
        text.append('\n');
        lineStart = text.length();
        text.append(rest);
        lineEmpty = true;
      }
      if (!lineEmpty) {
        text.append(' ');
      }
      text.append(word);
      lineEmpty = false;
    }
    return text.append('\n').toString();
  }

  /** A usage error of one command: the message, then the command's synopsis, on stderr. */
  static int usageError(Command command, String message, PrintStream err) {
    err.println("policy-cli " + command.name() + ": " + message);
    err.println("usage: java -jar policy-cli.jar " + synopsis(command));
    return EXIT_INVALID;
  }

  /**
   * A command's name and arguments, as typed.
   *
   * @param command the command or subcommand
   * @return for example {@code certify --observed FILE [--report DIR]}
   */
  static String synopsis(Command command) {
    return command.arguments().isEmpty()
        ? command.name()
        : command.name() + " " + command.arguments();
  }

  /**
   * The message of an exception this program or the library made, which always carries one; the
   * exception's class name should it not.
   */
  static String message(Throwable e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** The failure an {@link UncheckedIOException} wraps: it is made with one and cannot lose it. */
  static IOException cause(UncheckedIOException e) {
    return Objects.requireNonNull(e.getCause());
  }

  static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isEmpty() ? e.getClass().getSimpleName() : printable(message);
  }

  /**
   * An I/O failure in words: the file and the system's reason, or the exception's message.
   *
   * @param e the failure
   * @return for example {@code out/report.json: permission denied}
   */
  static String ioReason(IOException e) {
    if (e instanceof FileSystemException) {
      FileSystemException failure = (FileSystemException) e;
      String file = failure.getFile() == null ? "" : failure.getFile() + ": ";
      String why;
      if (e instanceof AccessDeniedException) {
        why = "permission denied";
      } else if (e instanceof FileAlreadyExistsException) {
        why = "exists and is not a directory";
      } else if (e instanceof NoSuchFileException) {
        why = "no such file or directory";
      } else if (e instanceof NotDirectoryException) {
        why = "not a directory";
      } else {
        why = failure.getReason() == null ? e.getClass().getSimpleName() : failure.getReason();
      }
      return printable(file + why);
    }
    return reason(e);
  }

  /** An argument as typed, with control characters made visible. */
  static String printable(String argument) {
    StringBuilder text = new StringBuilder();
    argument
        .codePoints()
        .limit(200)
        .forEach(c -> text.append(Character.isISOControl(c) ? "?" : Character.toString(c)));
    return text.toString();
  }
}
