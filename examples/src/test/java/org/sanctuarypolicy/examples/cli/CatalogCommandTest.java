package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.testkit.ConformanceCatalog;

/** {@code catalog}: the conformance catalog, one scenario per line. */
class CatalogCommandTest {
  @Test
  void catalog_noArguments_printsExactlyTheCatalogLinesAndExitsZero() {
    CliRun run = CliRun.run("catalog");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).endsWith("\n");
    List<String> lines = Arrays.asList(run.out().split("\n", -1));
    lines = lines.subList(0, lines.size() - 1);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(150);
    assertThat(lines).isEqualTo(ConformanceCatalog.lines());
    assertThat(lines.get(0)).startsWith("{\"id\":\"C-001\",\"title\":");
  }

  @Test
  void catalog_withAnArgument_usageErrorExitsTwo() {
    CliRun run = CliRun.run("catalog", "--all");

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("policy-cli catalog: unknown option: --all")
        .contains("usage: java -jar policy-cli.jar catalog [--catalog CATALOG]");
  }

  @Test
  void help_listsCatalogAndCertifyAndExitStatusOne() {
    CliRun run = CliRun.run("--help");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out())
        .contains("\n  catalog [--catalog CATALOG]\n      print the conformance catalog")
        .contains(
            "\n  certify --observed FILE [--catalog CATALOG] [--report DIR]\n      certify a"
                + " product")
        .contains("exit status:\n  0 success")
        .contains("\n  1 not certified (certify);")
        .contains("\n  2 invalid input or usage\n");
  }
}
