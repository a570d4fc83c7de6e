package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The commands a city attorney uses to amend the order as data: {@code explain --json}, {@code
 * check} and {@code diff}, run in-process.
 */
class AmendmentCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Policy CHICAGO = SanctuaryPolicy.chicago();

  @TempDir Path dir;

  @Test
  void explainJson_isTheBuiltInCatalogAndItsReleasedResource() {
    CliRun run = CliRun.run("explain", "--json");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo(PolicyJson.writeCatalog(CHICAGO.catalog()));
    assertThat(PolicyJson.readCatalog(run.out())).isEqualTo(CHICAGO.catalog());
    String released = "chicago-" + CHICAGO.info().version();
    assertThat(PolicyJson.releasedCatalogs()).contains(released);
    assertThat(PolicyJson.writeCatalog(PolicyJson.releasedCatalog(released))).isEqualTo(run.out());
  }

  @Test
  void explain_releasedCatalogOrFile_printsThatCatalog() throws IOException {
    CliRun first = CliRun.run("explain", "--json", "chicago-1.0.0");
    Path file = write("copy.json", first.out());
    CliRun markdown = CliRun.run("explain", file.toString());

    assertThat(first.code()).isZero();
    assertThat(PolicyJson.readCatalog(first.out()).version()).isEqualTo("1.0.0");
    assertThat(markdown.code()).isZero();
    assertThat(markdown.out())
        .contains("- Version: `1.0.0`")
        .contains("sha256:0f8bd6d7434a36d988e91bd87cacce17c9148965f2c8fe7e2ccdcd4687c11d1f");
  }

  @Test
  void explain_unknownName_isInvalidWithNothingOnStandardOutput() {
    CliRun run = CliRun.run("explain", "--json", "chicago-0.9");

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("chicago-0.9: no such file, and not a catalog name; allowed: a catalog file or")
        .contains("chicago-1.0.0");
  }

  @Test
  void check_theBuiltInCatalogWrittenAsJson_holdsEveryLawAndKeepsTheFingerprint()
      throws IOException {
    Path file = write("chicago.json", CliRun.run("explain", "--json").out());

    CliRun run = CliRun.run("check", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out())
        .startsWith(
            "catalog "
                + CHICAGO.info().id()
                + " "
                + CHICAGO.info().version()
                + " ("
                + CHICAGO.info().fingerprint()
                + ")\n16,805,376 requests checked: every law holds\n")
        .doesNotContain("BROKEN");
    for (int law = 1; law <= 8; law++) {
      assertThat(run.out()).containsPattern("(?m)^law " + law + " [A-Z_]+: holds$");
    }
  }

  @Test
  void check_aCatalogWhoseStatusClausesPermitByDefault_breaksLawSix() throws IOException {
    Path file =
        amended(
            "permissive.json",
            "1.0.1",
            tree -> {
              clause(tree, "EO-1").put("baseEffect", "PERMIT");
              clause(tree, "EO-2.1").put("baseEffect", "PERMIT");
            });

    CliRun run = CliRun.run("check", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_BROKEN);
    assertThat(run.out())
        .contains("a law is broken")
        .containsPattern(
            "(?m)^law 6 NO_STATUS_TO_IMMIGRATION_AUTHORITIES: BROKEN by [0-9,]+ requests$")
        .contains("    - PERMIT without redacting the status categories: {");
  }

  @Test
  void check_anUnknownConditionKind_isRefusedWithItsPointer() throws IOException {
    ObjectNode tree = builtInTree();
    ((ObjectNode) tree.get("policy")).put("version", "1.0.1").remove("fingerprint");
    ((ObjectNode) clause(tree, "EO-1").get("scope")).put("kind", "SOME_OF");
    Path file = write("unknown-kind.json", tree.toString());

    CliRun run = CliRun.run("check", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "not a valid catalog: /clauses/1/scope/kind: \"SOME_OF\" is not allowed; allowed:"
                + " ACTOR_IN");
  }

  @Test
  void check_anEditedFileThatKeepsTheReleasesFingerprint_isRefused() throws IOException {
    ObjectNode tree = builtInTree();
    clause(tree, "EO-1").put("text", "Edited without a new version.");
    Path file = write("edited.json", tree.toString());

    CliRun run = CliRun.run("check", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "/policy/fingerprint: "
                + CHICAGO.info().fingerprint()
                + " is not the fingerprint of this content");
  }

  @Test
  void check_malformedJsonOrNoCatalog_isInvalid() throws IOException {
    Path broken = write("broken.json", "{\"policy\":");

    CliRun malformed = CliRun.run("check", broken.toString());
    CliRun missing = CliRun.run("check");

    assertThat(malformed.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(malformed.out()).isEmpty();
    assertThat(malformed.err()).contains("not a valid catalog: malformed JSON at line 1");
    assertThat(missing.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(missing.err()).contains("a CATALOG is required").contains("usage:");
  }

  @Test
  void diffJson_builtInAgainstAnAmendment_countsEachChangeAndListsRegions() throws IOException {
    Path file = amended("no-public-area.json", "1.0.1", tree -> removeException(tree, "EO-1(c)"));

    CliRun run = CliRun.run("diff", "chicago", file.toString(), "--json");

    assertThat(run.code()).isZero();
    JsonNode diff = MAPPER.readTree(run.out());
    assertThat(diff.at("/old/fingerprint").asText()).isEqualTo(CHICAGO.info().fingerprint());
    assertThat(diff.at("/new/version").asText()).isEqualTo("1.0.1");
    assertThat(diff.get("requests").asLong()).isEqualTo(16_805_376L);
    long changed = 0;
    for (JsonNode change : diff.get("changes")) {
      assertThat(change.get("from").asText()).isEqualTo("PERMIT");
      changed += change.get("count").asLong();
    }
    assertThat(changed).isPositive().isEqualTo(diff.get("changed").asLong());
    long inRegions = 0;
    for (JsonNode region : diff.get("regions")) {
      assertThat(region.get("action").toString()).isEqualTo("[\"PROVIDE_FACILITY\"]");
      assertThat(region.get("facilityArea").toString()).isEqualTo("[\"PUBLIC\"]");
      inRegions += region.get("count").asLong();
    }
    assertThat(inRegions).isEqualTo(changed);
  }

  @Test
  void diff_text_namesBothPoliciesAndTheRegions() throws IOException {
    Path file = amended("no-public-area.json", "1.0.1", tree -> removeException(tree, "EO-1(c)"));

    CliRun run = CliRun.run("diff", "chicago", file.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains(CHICAGO.info().fingerprint())
        .contains("16,805,376 requests")
        .contains("PERMIT -> DENY: ")
        .contains("Regions (");
  }

  @Test
  void diff_aCatalogWithItself_changesNothing() throws IOException {
    CliRun run = CliRun.run("diff", "chicago", "chicago", "--json");

    assertThat(run.code()).isZero();
    JsonNode diff = MAPPER.readTree(run.out());
    assertThat(diff.get("changed").asLong()).isZero();
    assertThat(diff.get("changes")).isEmpty();
    assertThat(diff.get("regions")).isEmpty();
    assertThat(diff.get("sameEffectOtherChanges").asLong()).isZero();
  }

  @Test
  void diff_sameIdAndVersionButOtherContents_isRefused() throws IOException {
    ObjectNode tree = builtInTree();
    ((ObjectNode) tree.get("policy")).remove("fingerprint");
    clause(tree, "EO-1").put("text", "Edited without a new version.");
    Path file = write("same-version.json", tree.toString());

    CliRun run = CliRun.run("diff", "chicago", file.toString());

    assertThat(run.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "both catalogs are "
                + CHICAGO.info().id()
                + " "
                + CHICAGO.info().version()
                + " but their contents differ");
  }

  @Test
  void diff_notACatalogOrOneArgument_isInvalid() throws IOException {
    Path request = write("request.json", "{\"action\":\"DISCLOSE_INFORMATION\"}");

    CliRun notCatalog = CliRun.run("diff", "chicago", request.toString());
    CliRun one = CliRun.run("diff", "chicago");

    assertThat(notCatalog.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(notCatalog.out()).isEmpty();
    assertThat(notCatalog.err()).contains("not a valid catalog: /action: an unknown field");
    assertThat(one.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(one.err()).contains("OLD and NEW catalogs are required");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static ObjectNode builtInTree() throws IOException {
    return (ObjectNode) MAPPER.readTree(PolicyJson.writeCatalog(CHICAGO.catalog()));
  }

  /** The built-in catalog edited, with a new version and no fingerprint, written to a file. */
  private Path amended(String name, String version, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode tree = builtInTree();
    ((ObjectNode) tree.get("policy")).put("version", version).remove("fingerprint");
    edit.accept(tree);
    ClauseCatalog catalog = PolicyJson.readCatalog(tree.toString());
    assertThat(catalog.version()).isEqualTo(version);
    return write(name, tree.toString());
  }

  private static ObjectNode clause(JsonNode tree, String id) {
    for (JsonNode clause : tree.get("clauses")) {
      if (clause.get("id").asText().equals(id)) {
        return (ObjectNode) clause;
      }
    }
    throw new AssertionError("no clause " + id);
  }

  private static void removeException(JsonNode tree, String id) {
    ArrayNode exceptions =
        (ArrayNode) clause(tree, id.substring(0, id.indexOf('('))).get("exceptions");
    for (int i = 0; i < exceptions.size(); i++) {
      if (exceptions.get(i).get("id").asText().equals(id)) {
        exceptions.remove(i);
        return;
      }
    }
    throw new AssertionError("no exception " + id);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }
}
