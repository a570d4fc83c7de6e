package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tokens file of {@code serve --tokens} and the check of an {@code Authorization} header. */
class BearerTokensTest {
  private static final String FIRST = "0123456789abcdef0123456789abcdef";
  private static final String SECOND = "Zm9vYmFyLWJhei1xdXV4LXNlcnZl-._~+/==";

  @TempDir Path dir;

  @Test
  void read_tokensWithCommentsAndBlankLines_acceptsEachTokenAndNothingElse() throws Exception {
    Path file =
        TestKeystore.write(
            dir, "tokens", "# records desk\n\n  " + FIRST + "  \n# lockup\r\n" + SECOND + "\n");

    BearerTokens tokens = BearerTokens.read(file);

    assertThat(tokens.size()).isEqualTo(2);
    assertThat(tokens.check(List.of("Bearer " + FIRST))).isEqualTo(BearerTokens.Check.ACCEPTED);
    assertThat(tokens.check(List.of("Bearer " + SECOND))).isEqualTo(BearerTokens.Check.ACCEPTED);
    assertThat(tokens.check(List.of("Bearer # records desk"))).isEqualTo(BearerTokens.Check.WRONG);
    assertThat(tokens.check(List.of("Bearer " + FIRST.substring(1))))
        .isEqualTo(BearerTokens.Check.WRONG);
    assertThat(tokens.check(List.of("Bearer " + FIRST + "0"))).isEqualTo(BearerTokens.Check.WRONG);
  }

  @Test
  void read_onlyCommentsOrEmpty_refusedExitTwo() throws Exception {
    for (String text : new String[] {"", "\n\n", "# no token yet\n  \n"}) {
      Path file = TestKeystore.write(dir, "tokens", text);

      assertThatThrownBy(() -> BearerTokens.read(file))
          .isInstanceOfSatisfying(
              CliException.class, e -> assertThat(e.exitCode()).isEqualTo(Main.EXIT_INVALID))
          .hasMessageStartingWith("--tokens: \"" + file + "\" holds no token");
    }
  }

  @Test
  void read_missingFileOrFolder_refusedNamingTheOption() {
    assertThatThrownBy(() -> BearerTokens.read(dir.resolve("missing")))
        .isInstanceOf(CliException.class)
        .hasMessage("--tokens: \"" + dir.resolve("missing") + "\" does not exist");
    assertThatThrownBy(() -> BearerTokens.read(dir))
        .isInstanceOf(CliException.class)
        .hasMessageStartingWith("--tokens: \"" + dir + "\" cannot be read: ");
  }

  @Test
  void read_lineThatIsNoToken_refusedNamingTheLineWithoutShowingIt() throws Exception {
    for (String bad :
        new String[] {"short-token", "a token with spaces in it", "pässwörd-pässwörd"}) {
      Path file = TestKeystore.write(dir, "tokens", FIRST + "\n\n" + bad + "\n");

      assertThatThrownBy(() -> BearerTokens.read(file))
          .isInstanceOf(CliException.class)
          .hasMessageStartingWith("--tokens: \"" + file + "\" line 3: not a token")
          .message()
          .doesNotContain(bad);
    }
  }

  @Test
  void check_noOrOtherCredentials_missing() {
    BearerTokens tokens = BearerTokens.of(List.of(FIRST));

    assertThat(tokens.check(null)).isEqualTo(BearerTokens.Check.MISSING);
    assertThat(tokens.check(List.of())).isEqualTo(BearerTokens.Check.MISSING);
    assertThat(tokens.check(List.of("Basic dXNlcjpwYXNz"))).isEqualTo(BearerTokens.Check.MISSING);
    assertThat(tokens.check(List.of(FIRST))).isEqualTo(BearerTokens.Check.MISSING);
  }

  @Test
  void check_schemeInAnyCase_accepted() {
    BearerTokens tokens = BearerTokens.of(List.of(FIRST));

    assertThat(tokens.check(List.of("bearer " + FIRST))).isEqualTo(BearerTokens.Check.ACCEPTED);
    assertThat(tokens.check(List.of("BEARER  " + FIRST + " ")))
        .isEqualTo(BearerTokens.Check.ACCEPTED);
  }

  @Test
  void check_emptyOrRepeatedCredentials_wrong() {
    BearerTokens tokens = BearerTokens.of(List.of(FIRST));

    assertThat(tokens.check(List.of("Bearer"))).isEqualTo(BearerTokens.Check.WRONG);
    assertThat(tokens.check(List.of("Bearer "))).isEqualTo(BearerTokens.Check.WRONG);
    assertThat(tokens.check(List.of("Bearer " + FIRST, "Bearer " + FIRST)))
        .isEqualTo(BearerTokens.Check.WRONG);
  }

  @Test
  void toString_neverShowsAToken() {
    assertThat(BearerTokens.of(List.of(FIRST, SECOND)).toString())
        .isEqualTo("BearerTokens[2 tokens]");
  }

  @Test
  void of_noTokenOrABadOne_refused() {
    assertThatThrownBy(() -> BearerTokens.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BearerTokens.of(List.of("short")))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .doesNotContain("short");
  }
}
