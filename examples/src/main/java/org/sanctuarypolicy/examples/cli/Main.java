package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line tool {@code policy-cli.jar}: {@code evaluate}, {@code explain}, {@code demo},
 * {@code catalog}, {@code certify} and {@code serve}, with exit codes 0 (success), 1 (a product is
 * not certified), 2 (invalid input or usage) and 3 (an internal error).
 *
 * <p>{@link #run} holds the whole logic with injectable streams, so that tests and other programs
 * can call it in-process; {@link #main} binds it to the process.
 */
public final class Main {
  /** Every input got its answer; for {@code certify}, the product is certified. */
  public static final int EXIT_OK = 0;

  /** {@code certify} only: the input was valid, and the product failed at least one scenario. */
  public static final int EXIT_NOT_CERTIFIED = 1;

  /** An input was invalid or unreadable, or the command line was wrong. */
  public static final int EXIT_INVALID = 2;

  /** A bug: something failed that should not. The message says what. */
  public static final int EXIT_INTERNAL = 3;

  private static final ImmutableList<Command> COMMANDS =
      ImmutableList.of(
          new EvaluateCommand(),
          new ExplainCommand(),
          new DemoCommand(),
          new CatalogCommand(),
          new CertifyCommand(),
          new ServeCommand());

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
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
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
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_NOT_CERTIFIED}, {@link #EXIT_INVALID} or
   *     {@link #EXIT_INTERNAL}
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
    Command command = BY_NAME.get(name);
    if (command == null) {
      err.println("policy-cli: unknown command: " + printable(name));
      err.print(usage());
      return EXIT_INVALID;
    }
    return command.run(args.subList(1, args.size()), in, out, err);
  }

  /** The usage text, one line per command. */
  static String usage() {
    StringBuilder text =
        new StringBuilder("usage: java -jar policy-cli.jar COMMAND [ARGUMENTS]\n\ncommands:\n");
    int width = 0;
    for (Command command : COMMANDS) {
      width = Math.max(width, synopsis(command).length());
    }
    for (Command command : COMMANDS) {
      text.append("  ")
          .append(Strings.padEnd(synopsis(command), width + 2, ' '))
          .append(command.summary())
          .append('\n');
    }
    text.append("\noptions:\n  --help, -h  print this help and exit\n")
        .append(
            "\nexit status: 0 success; 1 not certified (certify); 2 invalid input or usage;"
                + " 3 internal error\n");
    return text.toString();
  }

  /** A usage error of one command: the message, then the command's synopsis, on stderr. */
  static int usageError(Command command, String message, PrintStream err) {
    err.println("policy-cli " + command.name() + ": " + message);
    err.println("usage: java -jar policy-cli.jar " + synopsis(command));
    return EXIT_INVALID;
  }

  private static String synopsis(Command command) {
    return command.arguments().isEmpty()
        ? command.name()
        : command.name() + " " + command.arguments();
  }

  /** A failure in words: the exception's message, or its kind when it has none. */
  static String reason(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isEmpty()
        ? e.getClass().getSimpleName()
        : printable(message);
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
