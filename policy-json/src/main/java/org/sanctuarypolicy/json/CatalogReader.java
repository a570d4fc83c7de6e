package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

/**
 * Reads a clause catalog from the JSON that {@link CatalogCodec} writes, strictly: every field
 * known, present and of its type, every enum name known, every rule of the catalog model kept. An
 * error names where with a JSON pointer ({@code /clauses/3/exceptions/1/condition/kind}), the bad
 * value and what is allowed.
 *
 * <p>The shape is checked here, field by field; the rules of the model (ids, the exception letters,
 * duplicate clauses, nexus rules that test the nexus) are the value types' own checks, whose
 * messages name the place relative to the value being built, so this reader only puts the pointer
 * of that value in front.
 */
final class CatalogReader {
  /** Limits for a catalog document, which is larger and deeper than a request. */
  static final int MAX_DEPTH = 64;

  static final long MAX_CHARS = 4L * 1024 * 1024;

  private static final JsonFactory FACTORY =
      Wire.FACTORY
          .rebuild()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(PolicyJson.MAX_STRING_LENGTH)
                  .maxNameLength(PolicyJson.MAX_NAME_LENGTH)
                  .maxNumberLength(PolicyJson.MAX_NUMBER_LENGTH)
                  .maxDocumentLength(MAX_CHARS)
                  .build())
          .build();

  private static final ImmutableList<String> CATALOG_FIELDS =
      ImmutableList.of(
          "policy",
          "title",
          "nexusRules",
          "physicalActions",
          "remedyCandidates",
          "clauses",
          "terms");
  private static final ImmutableList<String> POLICY_FIELDS =
      ImmutableList.of("id", "version", "fingerprint");
  private static final ImmutableList<String> RULE_FIELDS =
      ImmutableList.of("nexus", "condition", "text");
  private static final ImmutableList<String> CLAUSE_FIELDS =
      ImmutableList.of(
          "id",
          "title",
          "text",
          "sources",
          "binds",
          "scope",
          "baseEffect",
          "baseObligations",
          "exceptions");
  private static final ImmutableList<String> EXCEPTION_FIELDS =
      ImmutableList.of("id", "condition", "effect", "obligations", "text");
  private static final ImmutableList<String> TERM_FIELDS = ImmutableList.of("name", "condition");
  private static final ImmutableList<String> LEAF_FIELDS = ImmutableList.of("kind", "values");
  private static final ImmutableList<String> COMBINATION_FIELDS =
      ImmutableList.of("kind", "operands");

  /** The document being read, to show the value at the place of an error. */
  private final JsonNode root;

  private CatalogReader(JsonNode root) {
    this.root = root;
  }

  static ClauseCatalog read(String json) {
    return parse(() -> FACTORY.createParser(json));
  }

  /** Reads UTF-8 bytes; bytes that are not UTF-8 are malformed, with their line. */
  static ClauseCatalog read(InputStream json) {
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) (4 * MAX_CHARS) + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      long line = 1;
      for (int i = 0; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw PolicyJsonException.format(
          "catalog",
          0,
          line,
          "malformed JSON at line "
              + line
              + ": bytes that are not UTF-8 are not allowed; allowed: a catalog encoded in UTF-8",
          null);
    }
    decoder.flush(out);
    return read(out.flip().toString());
  }

  @FunctionalInterface
  private interface Opening {
    JsonParser open() throws IOException;
  }

  private static ClauseCatalog parse(Opening opening) {
    JsonNode root;
    try (JsonParser parser = opening.open()) {
      try {
        if (parser.nextToken() == null) {
          throw PolicyJsonException.format(
              "catalog",
              0,
              0,
              "malformed JSON: the input is empty; allowed: one JSON catalog object",
              null);
        }
        root = Wire.MAPPER.readTree(parser);
        if (parser.nextToken() != null) {
          throw PolicyJsonException.format(
              "catalog",
              0,
              parser.currentTokenLocation().getLineNr(),
              "malformed JSON at line "
                  + parser.currentTokenLocation().getLineNr()
                  + ": content after the catalog is not allowed; allowed: one JSON object and"
                  + " nothing after it",
              null);
        }
      } catch (StreamConstraintsException e) {
        throw PolicyJsonException.format(
            "catalog",
            0,
            0,
            "the catalog is too large or too deep; allowed: at most "
                + MAX_CHARS
                + " characters, "
                + MAX_DEPTH
                + " levels of nesting and strings of "
                + PolicyJson.MAX_STRING_LENGTH
                + " characters",
            e);
      } catch (JsonParseException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
          String pointer = parser.getParsingContext().pathAsPointer().toString();
          throw PolicyJsonException.badField(pointer, "a second value", "each field at most once");
        }
        throw PolicyJsonException.syntax("catalog", 0, 0, 1, e, parser.currentLocation());
      } catch (JsonProcessingException e) {
        throw PolicyJsonException.syntax("catalog", 0, 0, 1, e, parser.currentLocation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CatalogReader(root).catalog();
  }

  private ClauseCatalog catalog() {
    object(root, "", "a JSON object with the fields " + Wire.join(CATALOG_FIELDS));
    onlyFields(root, "", CATALOG_FIELDS);
    JsonNode policy = required(root, "", "policy", "an object with id, version, fingerprint");
    object(policy, "/policy", "an object with the fields id, version and, optionally, fingerprint");
    onlyFields(policy, "/policy", POLICY_FIELDS);
    ClauseCatalog.Builder catalog = ClauseCatalog.builder();
    catalog.id(text(policy, "/policy", "id", "the policy id"));
    catalog.version(text(policy, "/policy", "version", "a semantic version such as 1.1.0"));
    catalog.title(text(root, "", "title", "the policy's title"));
    List<JsonNode> rules = array(root, "", "nexusRules", "an array of nexus rules");
    for (int i = 0; i < rules.size(); i++) {
      catalog.addNexusRules(rule(rules.get(i), "/nexusRules/" + i));
    }
    catalog.addAllPhysicalActions(
        enumSet(
            required(root, "", "physicalActions", "an array"), "/physicalActions", Action.class));
    catalog.addAllRemedyCandidates(
        enumList(
            required(root, "", "remedyCandidates", "an array"),
            "/remedyCandidates",
            Authority.class));
    List<JsonNode> clauses = array(root, "", "clauses", "an array of clauses");
    for (int i = 0; i < clauses.size(); i++) {
      catalog.addClauses(clause(clauses.get(i), "/clauses/" + i));
    }
    JsonNode terms = root.get("terms");
    if (terms != null) {
      List<JsonNode> items = elements(terms, "/terms", "an array of terms");
      for (int i = 0; i < items.size(); i++) {
        catalog.addTerms(term(items.get(i), "/terms/" + i));
      }
    }
    ClauseCatalog built = built("", catalog::build);
    JsonNode fingerprint = policy.get("fingerprint");
    if (fingerprint != null) {
      String given = Wire.text(fingerprint, "/policy/fingerprint", "a string", CatalogReader::fail);
      if (!given.equals(built.fingerprint())) {
        throw PolicyJsonException.atPointer(
            "/policy/fingerprint",
            Wire.quote(given),
            (given.length() <= 80 ? given : Wire.quote(given))
                + " is not the fingerprint of this content, "
                + built.fingerprint(),
            "the fingerprint of the content, or none; a changed catalog is a new version and must"
                + " not carry the fingerprint of the one it was copied from");
      }
    }
    return built;
  }

  private NexusRule rule(JsonNode node, String at) {
    objectWith(node, at, RULE_FIELDS);
    Nexus nexus =
        enumValue(required(node, at, "nexus", Wire.names(Nexus.class)), at + "/nexus", Nexus.class);
    Condition condition =
        condition(required(node, at, "condition", "a condition"), at + "/condition");
    String text = text(node, at, "text", "a sentence");
    return built(at, () -> NexusRule.of(condition, nexus, text));
  }

  private Clause clause(JsonNode node, String at) {
    objectWith(node, at, CLAUSE_FIELDS);
    Clause.Builder clause = Clause.builder();
    clause.id(text(node, at, "id", "a clause id such as EO-2.1"));
    clause.title(text(node, at, "title", "a short title"));
    clause.text(text(node, at, "text", "a sentence"));
    List<JsonNode> sources = array(node, at, "sources", "an array of strings");
    for (int i = 0; i < sources.size(); i++) {
      clause.addSources(
          Wire.text(sources.get(i), at + "/sources/" + i, "a string", CatalogReader::fail));
    }
    clause.addAllBinds(
        enumSet(required(node, at, "binds", "an array"), at + "/binds", Actor.class));
    clause.scope(condition(required(node, at, "scope", "a condition"), at + "/scope"));
    clause.baseEffect(
        enumValue(
            required(node, at, "baseEffect", Wire.names(BaseEffect.class)),
            at + "/baseEffect",
            BaseEffect.class));
    clause.addAllBaseObligations(
        enumSet(
            required(node, at, "baseObligations", "an array (empty when none)"),
            at + "/baseObligations",
            ObligationType.class));
    List<JsonNode> exceptions = array(node, at, "exceptions", "an array (empty when none)");
    for (int i = 0; i < exceptions.size(); i++) {
      clause.addExceptions(exception(exceptions.get(i), at + "/exceptions/" + i));
    }
    return built(at, clause::build);
  }

  private ClauseException exception(JsonNode node, String at) {
    objectWith(node, at, EXCEPTION_FIELDS);
    String id = text(node, at, "id", "the clause id and a letter, such as EO-1(a)");
    Condition condition =
        condition(required(node, at, "condition", "a condition"), at + "/condition");
    Effect effect =
        enumValue(
            required(node, at, "effect", Wire.names(Effect.class)), at + "/effect", Effect.class);
    ImmutableSet<ObligationType> obligations =
        enumSet(
            required(node, at, "obligations", "an array (empty when none)"),
            at + "/obligations",
            ObligationType.class);
    String text = text(node, at, "text", "a sentence");
    return built(at, () -> ClauseException.of(id, condition, effect, obligations, text));
  }

  private Term term(JsonNode node, String at) {
    objectWith(node, at, TERM_FIELDS);
    String name = text(node, at, "name", "a few words");
    Condition condition =
        condition(required(node, at, "condition", "a condition"), at + "/condition");
    return built(at, () -> Term.of(name, condition));
  }

  private Condition condition(JsonNode node, String at) {
    object(node, at, "a condition: an object with kind, and values or operands");
    Condition.Kind kind =
        enumValue(
            required(node, at, "kind", Wire.names(Condition.Kind.class)),
            at + "/kind",
            Condition.Kind.class);
    return switch (kind) {
      case ACTOR_IN -> new Condition.ActorIn(values(node, at, Actor.class));
      case ACTION_IN -> new Condition.ActionIn(values(node, at, Action.class));
      case COUNTERPARTY_IN -> new Condition.CounterpartyIn(values(node, at, Counterparty.class));
      case PURPOSE_IN -> new Condition.PurposeIn(values(node, at, Purpose.class));
      case NEXUS_IN -> new Condition.NexusIn(values(node, at, Nexus.class));
      case AREA_IN -> new Condition.AreaIn(values(node, at, FacilityArea.class));
      case PRESENTED_ANY -> new Condition.PresentedAny(values(node, at, Authority.class));
      case INFORMATION_ANY ->
          new Condition.InformationAny(values(node, at, InformationCategory.class));
      case ALL_OF -> new Condition.AllOf(operands(node, at, kind, 2));
      case ANY_OF -> new Condition.AnyOf(operands(node, at, kind, 2));
      case NOT -> new Condition.Not(operands(node, at, kind, 1).get(0));
    };
  }

  private <E extends Enum<E>> ImmutableSet<E> values(JsonNode node, String at, Class<E> type) {
    onlyFields(node, at, LEAF_FIELDS);
    JsonNode values = required(node, at, "values", "an array of " + Wire.names(type));
    ImmutableSet<E> set = enumSet(values, at + "/values", type);
    if (set.isEmpty()) {
      throw fail(at + "/values", "an empty array", "one or more of " + Wire.names(type));
    }
    return set;
  }

  private ImmutableList<Condition> operands(
      JsonNode node, String at, Condition.Kind kind, int least) {
    onlyFields(node, at, COMBINATION_FIELDS);
    List<JsonNode> items = array(node, at, "operands", "an array of conditions");
    boolean one = kind == Condition.Kind.NOT;
    if (one ? items.size() != 1 : items.size() < least) {
      throw fail(
          at + "/operands",
          items.isEmpty() ? "an empty array" : "an array of " + items.size() + " condition",
          one ? "exactly one condition for NOT" : "two or more conditions for " + kind);
    }
    List<Condition> operands = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      operands.add(condition(items.get(i), at + "/operands/" + i));
    }
    return ImmutableList.copyOf(operands);
  }

  // ---- fields ------------------------------------------------------------------------------

  /**
   * Builds a value whose own checks name the place relative to it ({@code exceptions/1/id: ...});
   * puts the pointer of the value in front.
   */
  private <T> T built(String at, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = e.getMessage() == null ? "invalid" : e.getMessage();
      int colon = message.indexOf(": ");
      int allowed = message.indexOf("; allowed: ");
      String pointer = at;
      String statement = message;
      String what = "a catalog that keeps every rule of the model";
      if (colon > 0 && allowed > colon) {
        pointer = at + "/" + message.substring(0, colon);
        statement = message.substring(colon + 2, allowed);
        what = message.substring(allowed + "; allowed: ".length());
      }
      JsonNode value = root.at(pointer);
      throw PolicyJsonException.atPointer(
          pointer.isEmpty() ? "/" : pointer,
          value.isMissingNode() ? "missing" : Wire.describe(value),
          statement,
          what);
    }
  }

  private static PolicyJsonException fail(String pointer, String value, String allowed) {
    return PolicyJsonException.badField(pointer.isEmpty() ? "/" : pointer, value, allowed);
  }

  /** Rejects a node that is not an object with only the fields {@code allowed}. */
  private static void objectWith(JsonNode node, String at, ImmutableList<String> allowed) {
    object(node, at, "an object with the fields " + Wire.join(allowed));
    onlyFields(node, at, allowed);
  }

  private static void object(JsonNode node, String at, String allowed) {
    if (!node.isObject()) {
      throw fail(at, Wire.describe(node), allowed);
    }
  }

  private static void onlyFields(JsonNode node, String at, ImmutableList<String> allowed) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!allowed.contains(field.getKey())) {
        throw fail(
            at + "/" + escape(field.getKey()),
            "an unknown field",
            "the fields " + Wire.join(allowed));
      }
    }
  }

  /** A field name as a JSON pointer token: {@code ~} and {@code /} escaped. */
  private static String escape(String name) {
    return Wire.oneLine(name).replace("~", "~0").replace("/", "~1");
  }

  private static JsonNode required(JsonNode node, String at, String field, String allowed) {
    JsonNode value = node.get(field);
    if (value == null) {
      throw fail(at + "/" + field, "missing", allowed);
    }
    return value;
  }

  private static String text(JsonNode node, String at, String field, String allowed) {
    return Wire.text(
        required(node, at, field, allowed),
        at + "/" + field,
        "a string: " + allowed,
        CatalogReader::fail);
  }

  private static List<JsonNode> array(JsonNode node, String at, String field, String allowed) {
    return elements(required(node, at, field, allowed), at + "/" + field, allowed);
  }

  private static List<JsonNode> elements(JsonNode node, String at, String allowed) {
    if (!node.isArray()) {
      throw fail(at, Wire.describe(node), allowed);
    }
    List<JsonNode> items = new ArrayList<>();
    node.forEach(items::add);
    return items;
  }

  private static <E extends Enum<E>> E enumValue(JsonNode node, String at, Class<E> type) {
    return Wire.enumValue(node, at, type, CatalogReader::fail);
  }

  private static <E extends Enum<E>> ImmutableSet<E> enumSet(
      JsonNode node, String at, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (E value : enumList(node, at, type)) {
      set.add(value);
    }
    return ImmutableSet.copyOf(set);
  }

  /** A list of names, each at most once, in the order given. */
  private static <E extends Enum<E>> ImmutableList<E> enumList(
      JsonNode node, String at, Class<E> type) {
    List<JsonNode> items = elements(node, at, "an array of " + Wire.names(type));
    List<E> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      E value = enumValue(items.get(i), at + "/" + i, type);
      if (values.contains(value)) {
        throw fail(at + "/" + i, Wire.quote(value.name()) + " again", "each value at most once");
      }
      values.add(value);
    }
    return ImmutableList.copyOf(values);
  }
}
