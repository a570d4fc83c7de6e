package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** {@code --help} after any command, and {@code --version}. */
class HelpAndVersionTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "evaluate",
        "explain",
        "check",
        "diff",
        "demo",
        "catalog",
        "certify",
        "serve",
        "record",
        "report"
      })
  void help_afterACommand_printsThatCommandsUsageAndExitsZero(String command) {
    CliRun run = CliRun.run(command, "--help");
    CliRun shortForm = CliRun.run(command, "-h");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("usage: java -jar policy-cli.jar " + command)
        .doesNotContain("\ncommands:\n");
    assertThat(shortForm.out()).isEqualTo(run.out());
  }

  @Test
  void help_amongOtherArguments_winsAndRunsNothing() {
    CliRun run = CliRun.run("check", "no-such-file.json", "--help");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out()).startsWith("usage: java -jar policy-cli.jar check CATALOG\n");
  }

  @Test
  void help_afterASubcommand_printsThatSubcommandOnly() {
    CliRun run = CliRun.run("record", "verify", "--help");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out())
        .startsWith("usage: java -jar policy-cli.jar record verify --record URL")
        .doesNotContain("record outcome");
  }

  @Test
  void version_printsTheToolsVersionAndTheCatalogInForce() {
    PolicyInfo policy = SanctuaryPolicy.chicago().info();

    CliRun run = CliRun.run("--version");

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.lines())
        .hasSize(2)
        .element(1)
        .isEqualTo("policy " + policy.id() + " " + policy.version() + " " + policy.fingerprint());
    assertThat(run.lines().get(0)).matches("policy-cli [0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?");
  }
}
