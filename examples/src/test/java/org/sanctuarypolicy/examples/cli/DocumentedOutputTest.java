package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outputs that docs/AMENDING.md, docs/CHANGELOG.md and docs/GUIDE.md show are the tool's real
 * output: every code block that starts with {@code $ java -jar examples/target/policy-cli.jar ...}
 * is run, and what follows the command must be what it prints, line for line. A block ending in
 * {@code ...} shows the beginning of the output only. The counterexamples {@code check} prints
 * under a broken law (lines starting with {@code " - "}) are some of the violating requests, which
 * may differ from run to run, so they are left out of the comparison.
 */
class DocumentedOutputTest {
  private static final String PROMPT = "$ java -jar examples/target/policy-cli.jar ";
  private static final String COUNTEREXAMPLE = "    - ";

  static Stream<Arguments> documentedRuns() throws IOException {
    List<Arguments> runs = new ArrayList<>();
    for (String document : List.of("AMENDING.md", "CHANGELOG.md", "GUIDE.md")) {
      List<String> lines = Files.readAllLines(Path.of("..", "docs", document));
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith(PROMPT)) {
          continue;
        }
        String command = lines.get(i).substring(PROMPT.length());
        List<String> shown = new ArrayList<>();
        int j = i + 1;
        while (!lines.get(j).equals("```")) {
          shown.add(lines.get(j++));
        }
        runs.add(Arguments.of(document + ": " + command, command, shown));
        i = j;
      }
    }
    assertThat(runs).hasSizeGreaterThanOrEqualTo(6);
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedRuns")
  void documentedOutput_isWhatTheCommandPrints(String name, String command, List<String> shown) {
    String[] args =
        Stream.of(command.split(" "))
            .map(arg -> arg.startsWith("docs/") ? Path.of("..", arg).toString() : arg)
            .toArray(String[]::new);

    CliRun run = CliRun.run(args);

    List<String> printed = withoutCounterexamples(run.out().lines().toList());
    List<String> expected = withoutCounterexamples(shown);
    boolean prefix = !expected.isEmpty() && expected.get(expected.size() - 1).equals("...");
    if (prefix) {
      expected = expected.subList(0, expected.size() - 1);
      assertThat(printed.size()).as(name).isGreaterThan(expected.size());
      printed = printed.subList(0, expected.size());
    }
    assertThat(printed).as(name).isEqualTo(expected);
    assertThat(run.code()).as(name).isIn(Main.EXIT_OK, Main.EXIT_BROKEN);
  }

  private static List<String> withoutCounterexamples(List<String> lines) {
    return lines.stream().filter(line -> !line.startsWith(COUNTEREXAMPLE)).toList();
  }
}
