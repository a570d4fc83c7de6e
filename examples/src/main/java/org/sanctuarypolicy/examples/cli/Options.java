package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options and arguments of one command line, read by the rules every command of the tool
 * follows: {@code --name VALUE} or {@code --name=VALUE}; an option at most once unless it is
 * repeatable; a value that is empty or starts with {@code --} is missing; {@code -} alone is an
 * argument (standard input). Immutable.
 */
final class Options {
  private final ImmutableListMultimap<String, String> values;
  private final ImmutableList<String> arguments;

  private Options(ImmutableListMultimap<String, String> values, ImmutableList<String> arguments) {
    this.values = values;
    this.arguments = arguments;
  }

  /**
   * Reads a command line.
   *
   * @param args the arguments after the command's name
   * @param single the options that may be given once
   * @param repeatable the options that may be given several times
   * @param maxArguments how many plain arguments the command takes
   * @param optionsFirst whether every option must come before the first plain argument
   * @return the options and arguments
   * @throws CliException a usage error naming the first thing wrong
   */
  static Options parse(
      List<String> args,
      ImmutableSet<String> single,
      ImmutableSet<String> repeatable,
      int maxArguments,
      boolean optionsFirst)
      throws CliException {
    return parse(args, ImmutableSet.of(), single, repeatable, maxArguments, optionsFirst);
  }

  /**
   * Reads a command line that may also hold flags: options without a value, such as {@code --json},
   * each at most once; {@link #has} tells whether one was given.
   *
   * @param args the arguments after the command's name
   * @param flags the options that take no value
   * @param single the options that may be given once
   * @param repeatable the options that may be given several times
   * @param maxArguments how many plain arguments the command takes
   * @param optionsFirst whether every option must come before the first plain argument
   * @return the options and arguments
   * @throws CliException a usage error naming the first thing wrong
   */
  static Options parse(
      List<String> args,
      ImmutableSet<String> flags,
      ImmutableSet<String> single,
      ImmutableSet<String> repeatable,
      int maxArguments,
      boolean optionsFirst)
      throws CliException {
    ImmutableListMultimap.Builder<String, String> values = ImmutableListMultimap.builder();
    List<String> seen = new ArrayList<>();
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("-") || arg.equals("-")) {
        arguments.add(arg);
        if (arguments.size() > maxArguments) {
          throw CliException.usage(
              maxArguments == 0
                  ? "unexpected argument: " + Main.printable(arg)
                  : "expected at most "
                      + maxArguments
                      + " "
                      + plural(maxArguments)
                      + ", got "
                      + Main.printable(arg)
                      + " too");
        }
        continue;
      }
      if (flags.contains(arg)) {
        if (optionsFirst && !arguments.isEmpty()) {
          throw CliException.usage(
              arg + " comes after " + Main.printable(arguments.get(0)) + "; options come first");
        }
        if (seen.contains(arg)) {
          throw CliException.usage(arg + " is given twice");
        }
        seen.add(arg);
        values.put(arg, "");
        continue;
      }
      int equals = arg.indexOf('=');
      boolean inline = arg.startsWith("--") && equals > 0;
      String name = inline ? arg.substring(0, equals) : arg;
      if (flags.contains(name)) {
        throw CliException.usage(name + " takes no value");
      }
      if (!single.contains(name) && !repeatable.contains(name)) {
        throw CliException.usage("unknown option: " + Main.printable(name));
      }
      if (optionsFirst && !arguments.isEmpty()) {
        throw CliException.usage(
            name + " comes after " + Main.printable(arguments.get(0)) + "; options come first");
      }
      String value;
      if (inline) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw CliException.usage(name + " needs a value");
      }
      if (value.isEmpty() || value.startsWith("--")) {
        throw CliException.usage(name + " needs a value");
      }
      if (single.contains(name) && seen.contains(name)) {
        throw CliException.usage(name + " is given twice");
      }
      seen.add(name);
      values.put(name, value);
    }
    return new Options(values.build(), ImmutableList.copyOf(arguments));
  }

  private static String plural(int count) {
    return count == 1 ? "argument" : "arguments";
  }

  /**
   * An option's value.
   *
   * @param name the option, such as {@code --record}
   * @return its value, or empty when it was not given
   */
  Optional<String> get(String name) {
    ImmutableList<String> all = values.get(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * A required option's value.
   *
   * @param name the option
   * @param what what its value is, for the message, such as {@code URL}
   * @return its value
   * @throws CliException a usage error when it was not given
   */
  String required(String name, String what) throws CliException {
    return get(name).orElseThrow(() -> CliException.usage(name + " " + what + " is required"));
  }

  /**
   * Every value of a repeatable option, in the order given.
   *
   * @param name the option
   * @return the values, empty when it was not given
   */
  ImmutableList<String> all(String name) {
    return values.get(name);
  }

  /**
   * Whether an option was given.
   *
   * @param name the option
   * @return true when given
   */
  boolean has(String name) {
    return values.containsKey(name);
  }

  /**
   * The plain arguments, in order.
   *
   * @return the arguments
   */
  ImmutableList<String> arguments() {
    return arguments;
  }
}
