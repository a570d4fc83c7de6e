package org.sanctuarypolicy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

/** The bodies of entries: written in canonical form, and read back strictly. */
final class Bodies {
  private static final ImmutableSet<String> DECISION_FIELDS =
      ImmutableSet.of(
          "decision", "kind", "nexus", "prev", "recordedAt", "request", "requestId", "seq", "unit");
  private static final ImmutableSet<String> OUTCOME_FIELDS =
      ImmutableSet.of(
          "agency",
          "decisionSeq",
          "kind",
          "occurredAt",
          "outcome",
          "prev",
          "recordedAt",
          "requestId",
          "seq",
          "to",
          "unit");

  private Bodies() {}

  /** The canonical body of a DECISION entry. */
  static String decision(
      long seq,
      String prev,
      Instant recordedAt,
      String unit,
      Request request,
      Nexus nexus,
      Decision decision) {
    ObjectNode body = Canonical.NODES.objectNode();
    body.set("decision", decisionPart(decision));
    body.put("kind", Entry.Kind.DECISION.name());
    body.put("nexus", nexus.name());
    body.put("prev", prev);
    body.put("recordedAt", Canonical.time(recordedAt));
    body.set("request", PolicyJson.toTree(request));
    body.put("requestId", request.requestId());
    body.put("seq", seq);
    body.put("unit", unit);
    return Canonical.text(body);
  }

  private static ObjectNode decisionPart(Decision decision) {
    ObjectNode part = Canonical.NODES.objectNode();
    part.put("effect", decision.effect().name());
    ArrayNode obligations = part.putArray("obligations");
    for (Obligation obligation : decision.obligations()) {
      obligations.add(obligation.type().name());
    }
    ObjectNode policy = part.putObject("policy");
    policy.put("fingerprint", decision.policy().fingerprint());
    policy.put("id", decision.policy().id());
    policy.put("version", decision.policy().version());
    ArrayNode reasons = part.putArray("reasons");
    for (Reason reason : decision.reasons()) {
      ObjectNode r = reasons.addObject();
      r.put("clause", reason.clause());
      r.put("effect", reason.effect().name());
      r.put("exception", reason.exception().orElse(null));
    }
    return part;
  }

  /** The canonical body of an OUTCOME entry about {@code decision}. */
  static String outcome(
      long seq, String prev, Instant recordedAt, DecisionRef decision, Outcome outcome) {
    ObjectNode body = Canonical.NODES.objectNode();
    body.put("agency", outcome.agency().orElse(null));
    body.put("decisionSeq", outcome.decisionSeq());
    body.put("kind", Entry.Kind.OUTCOME.name());
    body.put("occurredAt", Canonical.time(outcome.occurredAt().orElse(recordedAt)));
    body.put("outcome", outcome.type().name());
    body.put("prev", prev);
    body.put("recordedAt", Canonical.time(recordedAt));
    body.put("requestId", decision.requestId());
    body.put("seq", seq);
    body.put("to", outcome.to().map(Counterparty::name).orElse(null));
    body.put("unit", decision.unit());
    return Canonical.text(body);
  }

  /** What an outcome copies from the DECISION entry it follows. */
  record DecisionRef(String unit, String requestId) {}

  /**
   * The JSON tree of a body.
   *
   * @throws IllegalArgumentException when the body is not JSON
   */
  static JsonNode tree(String text) {
    try {
      return Canonical.MAPPER.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("the body is not JSON", e);
    }
  }

  /**
   * The entry a body's tree holds.
   *
   * @throws IllegalArgumentException when the body is not an entry the record writes
   */
  static Entry parse(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new IllegalArgumentException("the body is not a JSON object");
    }
    Entry.Kind kind = enumField(body, "kind", Entry.Kind.class);
    fields(body, kind == Entry.Kind.DECISION ? DECISION_FIELDS : OUTCOME_FIELDS);
    long seq = longField(body, "seq");
    Instant recordedAt = time(body, "recordedAt");
    String unit = text(body, "unit");
    String requestId = text(body, "requestId");
    String prev = text(body, "prev");
    if (kind == Entry.Kind.DECISION) {
      Request request = PolicyJson.parseRequest(body.get("request"));
      JsonNode decision = body.get("decision");
      fields(decision, ImmutableSet.of("effect", "obligations", "policy", "reasons"));
      ImmutableList.Builder<DecisionEntry.Finding> findings = ImmutableList.builder();
      for (JsonNode reason : array(decision, "reasons")) {
        fields(reason, ImmutableSet.of("clause", "effect", "exception"));
        findings.add(
            new DecisionEntry.Finding(
                text(reason, "clause"),
                optionalText(reason, "exception"),
                enumField(reason, "effect", Effect.class)));
      }
      ImmutableList.Builder<ObligationType> obligations = ImmutableList.builder();
      for (JsonNode obligation : array(decision, "obligations")) {
        if (!obligation.isTextual()) {
          throw new IllegalArgumentException("an obligation is not a string");
        }
        obligations.add(ObligationType.valueOf(obligation.textValue()));
      }
      JsonNode policy = decision.get("policy");
      fields(policy, ImmutableSet.of("fingerprint", "id", "version"));
      return new DecisionEntry(
          seq,
          recordedAt,
          unit,
          requestId,
          prev,
          request,
          enumField(body, "nexus", Nexus.class),
          enumField(decision, "effect", Effect.class),
          findings.build(),
          obligations.build(),
          PolicyInfo.of(text(policy, "id"), text(policy, "version"), text(policy, "fingerprint")));
    }
    return new OutcomeEntry(
        seq,
        recordedAt,
        unit,
        requestId,
        prev,
        longField(body, "decisionSeq"),
        enumField(body, "outcome", OutcomeType.class),
        optionalText(body, "to").map(Counterparty::valueOf),
        optionalText(body, "agency"),
        time(body, "occurredAt"));
  }

  private static void fields(JsonNode node, Set<String> expected) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("an object is missing");
    }
    Set<String> names = ImmutableSet.copyOf(node.fieldNames());
    if (!names.equals(expected)) {
      throw new IllegalArgumentException(
          "fields "
              + Sets.difference(expected, names)
              + " missing, "
              + Sets.difference(names, expected)
              + " unexpected");
    }
  }

  private static Iterable<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw new IllegalArgumentException(field + " is not an array");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(field + " is not a string");
    }
    return value.textValue();
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(text(node, field));
  }

  private static long longField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException(field + " is not an integer");
    }
    return value.longValue();
  }

  private static Instant time(JsonNode node, String field) {
    String text = text(node, field);
    if (!Canonical.isTime(text)) {
      throw new IllegalArgumentException(field + " is not a UTC time in milliseconds");
    }
    return Instant.parse(text);
  }

  private static <E extends Enum<E>> E enumField(JsonNode node, String field, Class<E> type) {
    return Enum.valueOf(type, text(node, field));
  }
}
