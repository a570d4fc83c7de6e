package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.BaseEffect;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Condition;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Term;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** Reading clause catalogs: what was written reads back equal, and every bad shape is named. */
class PolicyJsonCatalogReadTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FIRST_RELEASE = resource("catalogs/chicago-1.0.0.json");

  @Test
  void releasedCatalog_firstRelease_isTheCatalogThatShippedWithItsFingerprint() {
    ClauseCatalog released = PolicyJson.releasedCatalog("chicago-1.0.0");

    assertThat(released.version()).isEqualTo("1.0.0");
    assertThat(released.fingerprint())
        .isEqualTo("sha256:0f8bd6d7434a36d988e91bd87cacce17c9148965f2c8fe7e2ccdcd4687c11d1f");
    assertThat(PolicyJson.writeCatalog(released)).isEqualTo(FIRST_RELEASE);
    assertThat(PolicyJson.releasedCatalogs()).contains("chicago-1.0.0");
  }

  @Test
  void releasedCatalog_unknownName_namesTheReleasedOnes() {
    assertThatThrownBy(() -> PolicyJson.releasedCatalog("chicago-0.9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "catalog: \"chicago-0.9\" is not a released catalog; allowed: "
                + String.join(", ", PolicyJson.releasedCatalogs()));
  }

  @Test
  void readCatalog_whatTheBuiltInCatalogWrites_isEqualWithTheSameFingerprint() {
    ClauseCatalog builtIn = SanctuaryPolicy.chicago().catalog();

    ClauseCatalog read = PolicyJson.readCatalog(PolicyJson.writeCatalog(builtIn));

    assertThat(read).isEqualTo(builtIn);
    assertThat(read.fingerprint()).isEqualTo(builtIn.fingerprint());
  }

  @Test
  void readCatalog_everyKindTermsAndEffects_readsBackEqual() {
    ClauseCatalog catalog =
        ClauseCatalog.builder()
            .id("another-city")
            .version("2.0.0-draft.1")
            .title("Another city's order")
            .addNexusRules(
                NexusRule.of(
                    Condition.anyOf(
                        Condition.counterpartyIn(Counterparty.COURT, Counterparty.MILITARY),
                        Condition.not(Condition.actorIn(Actor.SISTER_AGENCY))),
                    Nexus.CLAIMED,
                    "A rule."))
            .addPhysicalActions(Action.COMMIT_RESOURCES)
            .addRemedyCandidates(Authority.WRITTEN_CONSENT, Authority.JUDICIAL_WARRANT)
            .addClauses(
                Clause.builder()
                    .id("A-1")
                    .title("A clause")
                    .text("It says something.")
                    .addSources("Somewhere")
                    .addBinds(Actor.CITY_CONTRACTOR)
                    .scope(
                        Condition.allOf(
                            Condition.purposeIn(Purpose.LITIGATION),
                            Condition.areaIn(FacilityArea.PUBLIC),
                            Condition.informationAny(
                                InformationCategory.IDENTITY, InformationCategory.CASE_RECORDS),
                            Condition.nexusIn(Nexus.NONE)))
                    .baseEffect(BaseEffect.PERMIT)
                    .addExceptions(
                        ClauseException.of(
                            "A-1(b)",
                            Condition.presentedAny(Authority.ADMINISTRATIVE_SUBPOENA),
                            Effect.DENY,
                            java.util.List.of(ObligationType.DO_NOT_OBSTRUCT),
                            "Not with a subpoena."))
                    .build())
            .addTerms(Term.of("a public area", Condition.areaIn(FacilityArea.PUBLIC)))
            .build();

    String written = PolicyJson.writeCatalog(catalog);
    ClauseCatalog read = PolicyJson.readCatalog(written);

    assertThat(read).isEqualTo(catalog);
    assertThat(read.fingerprint()).isEqualTo(catalog.fingerprint());
    assertThat(PolicyJson.readCatalog(new ByteArrayInputStream(bytes(written)))).isEqualTo(catalog);
  }

  @Test
  void readCatalog_withoutFingerprint_isAccepted() {
    ObjectNode tree = firstRelease();
    ((ObjectNode) tree.get("policy")).remove("fingerprint");

    assertThat(PolicyJson.readCatalog(tree.toString()).fingerprint())
        .isEqualTo(PolicyJson.releasedCatalog("chicago-1.0.0").fingerprint());
  }

  static Stream<Arguments> badCatalogs() {
    return Stream.of(
        bad(
            "an edited text that keeps the release's fingerprint",
            t -> clause(t, 0).put("text", "Edited."),
            "/policy/fingerprint",
            "sha256:0f8bd6d7434a36d988e91bd87cacce17c9148965f2c8fe7e2ccdcd4687c11d1f is not the"
                + " fingerprint of this content, sha256:"),
        bad(
            "an unknown condition kind",
            t -> ((ObjectNode) exception(t, 3, 1).get("condition")).put("kind", "SOME_OF"),
            "/clauses/3/exceptions/1/condition/kind",
            "\"SOME_OF\" is not allowed; allowed: ACTOR_IN, ACTION_IN, COUNTERPARTY_IN"),
        bad(
            "an unknown field",
            t -> clause(t, 2).put("colour", "red"),
            "/clauses/2/colour",
            "an unknown field is not allowed; allowed: the fields id, title, text, sources"),
        bad(
            "an unknown field at the top",
            t -> t.put("draft", true),
            "/draft",
            "an unknown field is not allowed"),
        bad(
            "an unknown enum name in a set",
            t -> ((ArrayNode) clause(t, 1).get("binds")).set(0, "MAYOR"),
            "/clauses/1/binds/0",
            "\"MAYOR\" is not allowed; allowed: CITY_DEPARTMENT, CITY_CONTRACTOR, SISTER_AGENCY"),
        bad(
            "a name twice in a set",
            t -> ((ArrayNode) t.get("physicalActions")).set(1, "PROVIDE_FACILITY"),
            "/physicalActions/1",
            "\"PROVIDE_FACILITY\" again is not allowed; allowed: each value at most once"),
        bad(
            "a duplicate clause id",
            t -> clause(t, 8).put("id", "EO-4.2"),
            "/clauses/8/id",
            "\"EO-4.2\" is a duplicate; allowed: each clause id once"),
        bad(
            "a malformed clause id",
            t -> clause(t, 0).put("id", "EO 0"),
            "/clauses/0/id",
            "\"EO 0\" is malformed; allowed: letters and digits"),
        bad(
            "an exception id of another clause",
            t -> exception(t, 2, 1).put("id", "EO-2.2(b)"),
            "/clauses/2/exceptions/1/id",
            "\"EO-2.2(b)\" is not this clause's id and a letter after the previous one's;"
                + " allowed: EO-2.1(b) to EO-2.1(z)"),
        bad(
            "exception letters out of order",
            t -> exception(t, 1, 1).put("id", "EO-1(a)"),
            "/clauses/1/exceptions/1/id",
            "allowed: EO-1(b) to EO-1(z)"),
        bad(
            "an empty ALL_OF",
            t -> ((ObjectNode) t.at("/nexusRules/1/condition")).putArray("operands"),
            "/nexusRules/1/condition/operands",
            "an empty array is not allowed; allowed: two or more conditions for ALL_OF"),
        bad(
            "an ANY_OF with one operand",
            t -> ((ArrayNode) t.at("/nexusRules/3/condition/operands/1/operands")).remove(1),
            "/nexusRules/3/condition/operands/1/operands",
            "an array of 1 condition is not allowed; allowed: two or more conditions for ANY_OF"),
        bad(
            "a NOT with two operands",
            t ->
                ((ArrayNode) t.at("/clauses/1/scope/operands"))
                    .add(MAPPER.createObjectNode().put("kind", "ACTOR_IN")),
            "/clauses/1/scope/operands",
            "allowed: exactly one condition for NOT"),
        bad(
            "an empty set of values",
            t -> ((ObjectNode) t.at("/nexusRules/0/condition")).putArray("values"),
            "/nexusRules/0/condition/values",
            "an empty array is not allowed; allowed: one or more of ACTOR_IN"
                .replace("ACTOR_IN", "CIVIL_IMMIGRATION_ENFORCEMENT")),
        bad(
            "values on a combination",
            t -> ((ObjectNode) t.at("/nexusRules/1/condition")).putArray("values"),
            "/nexusRules/1/condition/values",
            "an unknown field is not allowed; allowed: the fields kind, operands"),
        bad(
            "a nexus rule that tests the nexus",
            t ->
                ((ArrayNode) t.at("/nexusRules/1/condition/operands"))
                    .set(
                        0,
                        MAPPER
                            .createObjectNode()
                            .put("kind", "NEXUS_IN")
                            .set("values", MAPPER.createArrayNode().add("NONE"))),
            "/nexusRules/1/condition",
            "tests the nexus; allowed: a condition on the request's fields only"),
        bad(
            "a missing field",
            t -> clause(t, 4).remove("title"),
            "/clauses/4/title",
            "missing is not allowed; allowed: a short title"),
        bad(
            "a text that is a number",
            t -> clause(t, 4).put("text", 7),
            "/clauses/4/text",
            "7 is not allowed; allowed: a string"),
        bad(
            "a blank title",
            t -> clause(t, 4).put("title", " "),
            "/clauses/4/title",
            "empty; allowed: a short title"),
        bad(
            "a non-judicial remedy",
            t -> ((ArrayNode) t.get("remedyCandidates")).set(0, "IMMIGRATION_DETAINER"),
            "/remedyCandidates/0",
            "IMMIGRATION_DETAINER is non-judicial and never a remedy"),
        bad(
            "a version that is not semantic",
            t -> ((ObjectNode) t.get("policy")).put("version", "v2"),
            "/policy/version",
            "\"v2\" is malformed; allowed: a semantic version such as 1.1.0"),
        bad(
            "REDACT as an exception's obligation",
            t -> ((ArrayNode) exception(t, 1, 0).get("obligations")).add("REDACT"),
            "/clauses/1/exceptions/0/obligations",
            "REDACT; allowed: REDACT only from a clause's REDACT base effect"),
        bad(
            "an unknown base effect",
            t -> clause(t, 1).put("baseEffect", "ALLOW"),
            "/clauses/1/baseEffect",
            "\"ALLOW\" is not allowed; allowed: DENY, ESCALATE, REDACT, PERMIT"),
        bad(
            "a clause that binds no one",
            t -> clause(t, 1).putArray("binds"),
            "/clauses/1/binds",
            "empty; allowed: one or more actors"),
        bad(
            "two terms of one name",
            t -> {
              ArrayNode terms = t.putArray("terms");
              terms.addObject().put("name", "x").set("condition", t.at("/clauses/0/scope"));
              terms.addObject().put("name", "x").set("condition", t.at("/clauses/1/scope"));
            },
            "/terms/1/name",
            "\"x\" is a duplicate; allowed: each name once"),
        bad(
            "a policy that is not an object",
            t -> t.put("policy", "chicago"),
            "/policy",
            "\"chicago\" is not allowed; allowed: an object with the fields id, version and,"
                + " optionally, fingerprint"),
        bad(
            "an unknown field in the policy",
            t -> ((ObjectNode) t.get("policy")).put("draft", true),
            "/policy/draft",
            "an unknown field is not allowed; allowed: the fields id, version, fingerprint"),
        bad(
            "a nexus rule that is not an object",
            t -> ((ArrayNode) t.get("nexusRules")).set(0, "CIVIL"),
            "/nexusRules/0",
            "\"CIVIL\" is not allowed; allowed: an object with the fields nexus, condition, text"),
        bad(
            "an unknown field in a nexus rule",
            t -> ((ObjectNode) t.at("/nexusRules/0")).put("colour", "red"),
            "/nexusRules/0/colour",
            "an unknown field is not allowed; allowed: the fields nexus, condition, text"),
        bad(
            "a clause that is not an object",
            t -> ((ArrayNode) t.get("clauses")).set(2, "EO-2.1"),
            "/clauses/2",
            "\"EO-2.1\" is not allowed; allowed: an object with the fields id, title, text,"
                + " sources"),
        bad(
            "an exception that is not an object",
            t -> ((ArrayNode) clause(t, 1).get("exceptions")).set(0, "EO-1(a)"),
            "/clauses/1/exceptions/0",
            "\"EO-1(a)\" is not allowed; allowed: an object with the fields id, condition, effect,"
                + " obligations, text"),
        bad(
            "an unknown field in an exception",
            t -> exception(t, 1, 0).put("colour", "red"),
            "/clauses/1/exceptions/0/colour",
            "an unknown field is not allowed; allowed: the fields id, condition, effect,"
                + " obligations, text"),
        bad(
            "a condition that is not an object",
            t -> clause(t, 0).put("scope", "ALL"),
            "/clauses/0/scope",
            "\"ALL\" is not allowed; allowed: a condition: an object with kind, and values or"
                + " operands"),
        bad(
            "operands on a leaf",
            t -> ((ObjectNode) t.at("/nexusRules/0/condition")).putArray("operands"),
            "/nexusRules/0/condition/operands",
            "an unknown field is not allowed; allowed: the fields kind, values"),
        bad(
            "a term that is not an object",
            t -> t.putArray("terms").add("x"),
            "/terms/0",
            "\"x\" is not allowed; allowed: an object with the fields name, condition"),
        bad(
            "an unknown field in a term",
            t -> {
              ObjectNode term = t.putArray("terms").addObject().put("name", "x");
              term.set("condition", t.at("/clauses/0/scope"));
              term.put("colour", "red");
            },
            "/terms/0/colour",
            "an unknown field is not allowed; allowed: the fields name, condition"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCatalogs")
  void readCatalog_badCatalog_namesThePlaceTheValueAndWhatIsAllowed(
      String what, Consumer<ObjectNode> edit, String pointer, String message) {
    ObjectNode tree = firstRelease();
    edit.accept(tree);

    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class, () -> PolicyJson.readCatalog(tree.toString()));

    assertThat(e).as(what).isNotNull();
    assertThat(e.field()).as(what).isEqualTo(pointer);
    assertThat(e.getMessage()).as(what).startsWith(pointer + ": ").contains(message);
    assertThat(e.allowed()).as(what).isNotEmpty();
    assertThat(e.malformed()).as(what).isFalse();
  }

  /** A rule of the model, checked as the value is built: the place, its value and the rule. */
  @Test
  void readCatalog_brokenRuleOfTheModel_namesThePlaceItsValueAndTheRule() {
    ObjectNode tree = firstRelease();
    clause(tree, 8).put("id", "EO-4.2");

    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class, () -> PolicyJson.readCatalog(tree.toString()));

    assertThat(e.getMessage())
        .isEqualTo("/clauses/8/id: \"EO-4.2\" is a duplicate; allowed: each clause id once");
    assertThat(e.field()).isEqualTo("/clauses/8/id");
    assertThat(e.value()).isEqualTo("\"EO-4.2\"");
    assertThat(e.allowed()).isEqualTo("each clause id once");
    assertThat(e.messages()).containsExactly(e.getMessage());
  }

  @Test
  void readCatalog_wrongFingerprintOf80Characters_shownAsItIs() {
    ObjectNode tree = firstRelease();
    String given = "sha256:" + "0".repeat(73);
    ((ObjectNode) tree.get("policy")).put("fingerprint", given);

    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class, () -> PolicyJson.readCatalog(tree.toString()));

    assertThat(e.getMessage())
        .startsWith("/policy/fingerprint: " + given + " is not the fingerprint of this content, ");
    assertThat(e.value()).isEqualTo("\"" + given.substring(0, 64) + "\"... (80 characters)");
    assertThat(e.messages()).containsExactly(e.getMessage());
  }

  @Test
  void readCatalog_wrongFingerprintOf81Characters_quotedAndCut() {
    ObjectNode tree = firstRelease();
    ((ObjectNode) tree.get("policy")).put("fingerprint", "sha256:" + "0".repeat(74));

    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class, () -> PolicyJson.readCatalog(tree.toString()));

    assertThat(e.getMessage())
        .startsWith(
            "/policy/fingerprint: \"sha256:"
                + "0".repeat(57)
                + "\"... (81 characters) is not the fingerprint of this content, ");
  }

  @Test
  void readCatalog_fieldGivenTwice_isNamedByItsPointer() {
    String twice =
        FIRST_RELEASE.replaceFirst("\"title\": \"Who is bound\",", "$0 \"title\": \"Again\",");

    assertThatThrownBy(() -> PolicyJson.readCatalog(twice))
        .isInstanceOf(PolicyJsonException.class)
        .hasMessage(
            "/clauses/0/title: a second value is not allowed; allowed: each field at most once");
  }

  @Test
  void readCatalog_malformedJson_isMalformedWithItsLine() {
    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class, () -> PolicyJson.readCatalog(FIRST_RELEASE + "}"));
    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage()).startsWith("malformed JSON at line ");

    assertThatThrownBy(() -> PolicyJson.readCatalog(""))
        .isInstanceOf(PolicyJsonException.class)
        .hasMessage("malformed JSON: the input is empty; allowed: one JSON catalog object");
    assertThatThrownBy(() -> PolicyJson.readCatalog("[]"))
        .isInstanceOf(PolicyJsonException.class)
        .hasMessageStartingWith("/: an empty array is not allowed; allowed: a JSON object");
  }

  @Test
  void readCatalog_bytesThatAreNotUtf8_areMalformed() {
    byte[] json = bytes(FIRST_RELEASE);
    byte[] broken = new byte[json.length + 1];
    int at = FIRST_RELEASE.indexOf("Who is bound");
    System.arraycopy(json, 0, broken, 0, at);
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;
    System.arraycopy(json, at + 1, broken, at + 2, json.length - at - 1);

    PolicyJsonException e =
        catchThrowableOfType(
            PolicyJsonException.class,
            () -> PolicyJson.readCatalog(new ByteArrayInputStream(broken)));

    assertThat(e.malformed()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo(
            "malformed JSON at line "
                + e.line()
                + ": bytes that are not UTF-8 are not allowed; allowed: a catalog encoded in"
                + " UTF-8");
    assertThat(e.line()).isEqualTo(FIRST_RELEASE.substring(0, at).lines().count());
  }

  @Test
  void readCatalog_deeperThanTheLimit_namesTheLimit() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      deep.append('[');
    }
    assertThatThrownBy(() -> PolicyJson.readCatalog(deep.toString()))
        .isInstanceOf(PolicyJsonException.class)
        .hasMessageContaining("too large or too deep")
        .hasMessageContaining("64 levels of nesting");
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static Arguments bad(
      String what, Consumer<ObjectNode> edit, String pointer, String message) {
    return Arguments.of(what, edit, pointer, message);
  }

  private static ObjectNode firstRelease() {
    try {
      return (ObjectNode) MAPPER.readTree(FIRST_RELEASE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode clause(JsonNode tree, int index) {
    return (ObjectNode) tree.get("clauses").get(index);
  }

  private static ObjectNode exception(JsonNode tree, int clause, int index) {
    return (ObjectNode) clause(tree, clause).get("exceptions").get(index);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in = PolicyJson.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
