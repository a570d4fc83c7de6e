package org.sanctuarypolicy.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One command of the tool; {@link Main} dispatches to it by name. */
interface Command {
  /**
   * The name typed on the command line.
   *
   * @return the name, for example {@code evaluate}
   */
  String name();

  /**
   * The arguments the command takes, for the usage text.
   *
   * @return the arguments, for example {@code [FILE|-]}; empty for none
   */
  String arguments();

  /**
   * What the command does, for the usage text.
   *
   * @return one line
   */
  String summary();

  /**
   * Runs the command; never throws for bad input, and reports it on {@code err}.
   *
   * @param args the arguments after the command name
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @return the exit code, one of {@link Main}'s {@code EXIT_} constants
   */
  int run(List<String> args, InputStream in, PrintStream out, PrintStream err);

  /**
   * The commands this one dispatches to by its first argument, such as {@code record verify}, for
   * the usage text; each names itself in full ({@code record verify}).
   *
   * @return the subcommands, empty for a command that has none
   */
  default List<Command> subcommands() {
    return List.of();
  }
}
