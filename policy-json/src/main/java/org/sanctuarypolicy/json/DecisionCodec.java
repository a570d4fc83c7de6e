package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;

/**
 * Reads and writes a {@link Decision} as a JSON object: its request id, effect, whether it is
 * governed, reasons, obligations, remedies and the policy that made it.
 */
final class DecisionCodec {
  private static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          "requestId", "effect", "governed", "reasons", "obligations", "remedies", "policy");
  private static final ImmutableList<String> REASON_FIELDS =
      ImmutableList.of("clause", "exception", "effect", "text");
  private static final ImmutableList<String> OBLIGATION_FIELDS =
      ImmutableList.of("type", "categories");
  private static final ImmutableList<String> REMEDY_FIELDS =
      ImmutableList.of("authority", "effect");
  private static final ImmutableList<String> POLICY_FIELDS =
      ImmutableList.of("id", "version", "fingerprint");

  private static final Wire.Failure FAILURE = PolicyJsonException::badField;

  private static final SerializedString REQUEST_ID = new SerializedString("requestId");
  private static final SerializedString EFFECT = new SerializedString("effect");
  private static final SerializedString GOVERNED = new SerializedString("governed");
  private static final SerializedString REASONS = new SerializedString("reasons");
  private static final SerializedString OBLIGATIONS = new SerializedString("obligations");
  private static final SerializedString REMEDIES = new SerializedString("remedies");
  private static final SerializedString POLICY = new SerializedString("policy");
  private static final SerializedString CLAUSE = new SerializedString("clause");
  private static final SerializedString EXCEPTION = new SerializedString("exception");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString CATEGORIES = new SerializedString("categories");
  private static final SerializedString AUTHORITY = new SerializedString("authority");
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString VERSION = new SerializedString("version");
  private static final SerializedString FINGERPRINT = new SerializedString("fingerprint");

  private static final EnumNames<Effect> EFFECTS = EnumNames.of(Effect.class);
  private static final EnumNames<ObligationType> OBLIGATION_TYPES =
      EnumNames.of(ObligationType.class);
  private static final EnumNames<InformationCategory> CATEGORY_NAMES =
      EnumNames.of(InformationCategory.class);
  private static final EnumNames<Authority> AUTHORITIES = EnumNames.of(Authority.class);

  private DecisionCodec() {}

  /** The compact JSON object of a decision; fields in the documented order. */
  static ObjectNode toTree(Decision decision) {
    ObjectNode node = Wire.objectNode();
    node.put("requestId", decision.requestId());
    node.put("effect", decision.effect().name());
    node.put("governed", decision.governed());
    ArrayNode reasons = node.putArray("reasons");
    for (Reason reason : decision.reasons()) {
      ObjectNode item = reasons.addObject();
      item.put("clause", reason.clause());
      Optional<String> exception = reason.exception();
      if (exception.isPresent()) {
        item.put("exception", exception.get());
      } else {
        item.putNull("exception");
      }
      item.put("effect", reason.effect().name());
      item.put("text", reason.text());
    }
    ArrayNode obligations = node.putArray("obligations");
    for (Obligation obligation : decision.obligations()) {
      ObjectNode item = obligations.addObject();
      item.put("type", obligation.type().name());
      if (obligation.type() == ObligationType.REDACT) {
        item.set("categories", Wire.names(obligation.categories()));
      }
    }
    ArrayNode remedies = node.putArray("remedies");
    for (Remedy remedy : decision.remedies()) {
      ObjectNode item = remedies.addObject();
      item.put("authority", remedy.authority().name());
      item.put("effect", remedy.effect().name());
    }
    node.set("policy", policyTree(decision.policy()));
    return node;
  }

  /**
   * Writes the JSON object of a decision, as {@link #toTree} makes it, with a generator: the same
   * fields in the same order, so the same text.
   *
   * @param texts where the strings that repeat between decisions are kept pre-encoded, or null
   */
  static void write(Decision decision, JsonGenerator generator, @Nullable RepeatedTexts texts)
      throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(REQUEST_ID);
    generator.writeString(decision.requestId());
    generator.writeFieldName(EFFECT);
    generator.writeString(EFFECTS.serialized(decision.effect()));
    generator.writeFieldName(GOVERNED);
    generator.writeBoolean(decision.governed());
    generator.writeFieldName(REASONS);
    generator.writeStartArray();
    for (Reason reason : decision.reasons()) {
      generator.writeStartObject();
      generator.writeFieldName(CLAUSE);
      text(reason.clause(), generator, texts);
      generator.writeFieldName(EXCEPTION);
      Optional<String> exception = reason.exception();
      if (exception.isPresent()) {
        text(exception.get(), generator, texts);
      } else {
        generator.writeNull();
      }
      generator.writeFieldName(EFFECT);
      generator.writeString(EFFECTS.serialized(reason.effect()));
      generator.writeFieldName(TEXT);
      text(reason.text(), generator, texts);
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeFieldName(OBLIGATIONS);
    generator.writeStartArray();
    for (Obligation obligation : decision.obligations()) {
      generator.writeStartObject();
      generator.writeFieldName(TYPE);
      generator.writeString(OBLIGATION_TYPES.serialized(obligation.type()));
      if (obligation.type() == ObligationType.REDACT) {
        generator.writeFieldName(CATEGORIES);
        Wire.writeNames(obligation.categories(), CATEGORY_NAMES, generator);
      }
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeFieldName(REMEDIES);
    generator.writeStartArray();
    for (Remedy remedy : decision.remedies()) {
      generator.writeStartObject();
      generator.writeFieldName(AUTHORITY);
      generator.writeString(AUTHORITIES.serialized(remedy.authority()));
      generator.writeFieldName(EFFECT);
      generator.writeString(EFFECTS.serialized(remedy.effect()));
      generator.writeEndObject();
    }
    generator.writeEndArray();
    generator.writeFieldName(POLICY);
    PolicyInfo info = decision.policy();
    generator.writeStartObject();
    generator.writeFieldName(ID);
    text(info.id(), generator, texts);
    generator.writeFieldName(VERSION);
    text(info.version(), generator, texts);
    generator.writeFieldName(FINGERPRINT);
    text(info.fingerprint(), generator, texts);
    generator.writeEndObject();
    generator.writeEndObject();
  }

  private static void text(String text, JsonGenerator generator, @Nullable RepeatedTexts texts)
      throws IOException {
    if (texts == null) {
      generator.writeString(text);
    } else {
      texts.write(text, generator);
    }
  }

  static ObjectNode policyTree(PolicyInfo info) {
    ObjectNode node = Wire.objectNode();
    node.put("id", info.id());
    node.put("version", info.version());
    node.put("fingerprint", info.fingerprint());
    return node;
  }

  /** The decision a JSON object describes; every field is required and checked. */
  static Decision fromTree(JsonNode node) {
    object(node, "", FIELDS);
    Decision.Builder builder = Decision.builder();
    builder.requestId(requestId(required(node, "", "requestId", RequestCodec.REQUEST_ID_ALLOWED)));
    builder.effect(enumField(node, "", "effect", Effect.class));
    JsonNode governed = required(node, "", "governed", "true or false");
    if (!governed.isBoolean()) {
      throw FAILURE.of("governed", Wire.describe(governed), "true or false");
    }
    builder.governed(governed.booleanValue());
    int index = 0;
    for (JsonNode item : array(required(node, "", "reasons", "an array"), "reasons")) {
      builder.addReasons(reason(item, Wire.element("reasons", index++)));
    }
    index = 0;
    ImmutableSet.Builder<ObligationType> seen = ImmutableSet.builder();
    for (JsonNode item : array(required(node, "", "obligations", "an array"), "obligations")) {
      Obligation obligation = obligation(item, Wire.element("obligations", index++));
      builder.addObligations(obligation);
      seen.add(obligation.type());
    }
    if (seen.build().size() != index) {
      throw FAILURE.of(
          "obligations",
          "a type given twice",
          "each of " + Wire.names(ObligationType.class) + " at most once");
    }
    index = 0;
    for (JsonNode item : array(required(node, "", "remedies", "an array"), "remedies")) {
      builder.addRemedies(remedy(item, Wire.element("remedies", index++)));
    }
    builder.policy(policy(required(node, "", "policy", "an object"), "policy"));
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // Decision's own invariants (governed with reasons, no remedies on a PERMIT).
      String broken = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw FAILURE.of("decision", "an inconsistent decision", Wire.oneLine(broken));
    }
  }

  private static String requestId(JsonNode node) {
    String allowed = RequestCodec.REQUEST_ID_ALLOWED;
    String id = Wire.text(node, "requestId", allowed, FAILURE);
    if (!Request.isValidRequestId(id)) {
      throw FAILURE.of("requestId", Wire.describe(node), allowed);
    }
    return id;
  }

  private static Reason reason(JsonNode node, String path) {
    object(node, path, REASON_FIELDS);
    String clause = requiredText(node, path, "clause", "a clause id");
    JsonNode exceptionNode = required(node, path, "exception", "an exception id or null");
    Optional<String> exception =
        exceptionNode.isNull()
            ? Optional.empty()
            : Optional.of(nonEmptyText(exceptionNode, path + ".exception"));
    Effect effect = enumField(node, path, "effect", Effect.class);
    String text = requiredText(node, path, "text", "a sentence");
    return Reason.of(clause, exception, effect, text);
  }

  private static Obligation obligation(JsonNode node, String path) {
    object(node, path, OBLIGATION_FIELDS);
    ObligationType type = enumField(node, path, "type", ObligationType.class);
    JsonNode categories = node.get("categories");
    if (type != ObligationType.REDACT) {
      if (categories != null) {
        throw FAILURE.of(
            path + ".categories", Wire.describe(categories), "categories only with type REDACT");
      }
      return Obligation.of(type);
    }
    String allowed = "one or more of " + Wire.names(InformationCategory.class) + " with REDACT";
    ImmutableSet<InformationCategory> set =
        Wire.enumSet(
            required(node, path, "categories", allowed),
            path + ".categories",
            InformationCategory.class,
            FAILURE);
    if (set.isEmpty()) {
      throw FAILURE.of(path + ".categories", "an empty array", allowed);
    }
    return Obligation.redact(set);
  }

  private static Remedy remedy(JsonNode node, String path) {
    object(node, path, REMEDY_FIELDS);
    return Remedy.of(
        enumField(node, path, "authority", Authority.class),
        enumField(node, path, "effect", Effect.class));
  }

  private static PolicyInfo policy(JsonNode node, String path) {
    object(node, path, POLICY_FIELDS);
    return PolicyInfo.of(
        requiredText(node, path, "id", "the policy id"),
        requiredText(node, path, "version", "the policy version"),
        requiredText(node, path, "fingerprint", "the policy fingerprint"));
  }

  /** The constant named by a required field; every name is allowed, and listed when missing. */
  private static <E extends Enum<E>> E enumField(
      JsonNode node, String path, String field, Class<E> type) {
    return Wire.enumValue(
        required(node, path, field, Wire.names(type)), Wire.path(path, field), type, FAILURE);
  }

  private static void object(JsonNode node, String path, ImmutableList<String> fields) {
    Wire.object(
        node,
        path.isEmpty() ? "decision" : path,
        "a JSON object with the fields " + Wire.join(fields),
        FAILURE);
    Wire.onlyFields(node, path, fields, FAILURE);
  }

  private static JsonNode required(JsonNode node, String path, String field, String allowed) {
    return Wire.required(node, path, field, allowed, FAILURE);
  }

  private static JsonNode array(JsonNode node, String path) {
    if (!node.isArray()) {
      throw FAILURE.of(path, Wire.describe(node), "an array");
    }
    return node;
  }

  /** The non-empty string of a required field; {@code missing} says what is allowed if absent. */
  private static String requiredText(JsonNode node, String path, String field, String missing) {
    return nonEmptyText(required(node, path, field, missing), Wire.path(path, field));
  }

  private static String nonEmptyText(JsonNode node, String path) {
    String text = Wire.text(node, path, "a non-empty string", FAILURE);
    if (text.isEmpty()) {
      throw FAILURE.of(path, "an empty string", "a non-empty string");
    }
    return text;
  }
}
