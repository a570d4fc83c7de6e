package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the command-line tool, in-process, with its streams captured.
 *
 * @param code the exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
record CliRun(int code, String out, String err) {
  /**
   * The tool in a JVM of its own, with this test's class path, for what needs a real process
   * (signals, a closed pipe, a kill): {@code java -cp ... Main args}, to be started.
   */
  static ProcessBuilder inChildJvm(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** Runs the tool with nothing on standard input. */
  static CliRun run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), args);
  }

  /** Runs the tool; checks that it printed no stack trace, whatever happened. */
  static CliRun run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args, stdin, new PrintStream(out, false, UTF_8), new PrintStream(err, true, UTF_8));
    CliRun run = new CliRun(code, out.toString(UTF_8), err.toString(UTF_8));
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    return run;
  }

  /** The lines of standard output that end in a line feed; an unterminated last one is left out. */
  List<String> lines() {
    List<String> parts = Splitter.on('\n').splitToList(out);
    return parts.subList(0, parts.size() - 1);
  }
}
