package org.sanctuarypolicy.examples.cli;

import java.io.PrintStream;

/**
 * Why a command stops early: its message, the exit code, and whether the command's usage follows
 * the message. Commands throw it from their steps and {@linkplain #report report} it once, so that
 * every failure prints the same way.
 */
final class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final boolean showUsage;

  private CliException(String message, int exitCode, boolean showUsage) {
    super(message);
    this.exitCode = exitCode;
    this.showUsage = showUsage;
  }

  /**
   * A wrong command line: an unknown, missing or repeated option, or an option's bad value; the
   * usage follows the message. Exit code {@link Main#EXIT_INVALID}.
   */
  static CliException usage(String message) {
    return new CliException(message, Main.EXIT_INVALID, true);
  }

  /**
   * Input that cannot be used, such as a file that is not a record or an outcome naming no
   * decision. Exit code {@link Main#EXIT_INVALID}.
   */
  static CliException invalid(String message) {
    return new CliException(message, Main.EXIT_INVALID, false);
  }

  /** The record could not be opened, read or written. Exit code {@link Main#EXIT_RECORD_FAILED}. */
  static CliException record(String message) {
    return new CliException(message, Main.EXIT_RECORD_FAILED, false);
  }

  /**
   * Prints the message (and the usage, for a usage error) on {@code err}.
   *
   * @param command the command that stopped
   * @param err standard error
   * @return the exit code
   */
  int report(Command command, PrintStream err) {
    if (showUsage) {
      return Main.usageError(command, Main.message(this), err);
    }
    err.println("policy-cli " + command.name() + ": " + getMessage());
    return exitCode;
  }

  /**
   * The exit code the tool ends with.
   *
   * @return one of {@link Main}'s {@code EXIT_} constants
   */
  int exitCode() {
    return exitCode;
  }
}
