package org.sanctuarypolicy.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of the record's JSON texts (RFC 8785) and their SHA-256 hashes.
 *
 * <p>Jackson writes a tree whose object keys are sorted and which holds only what the record holds:
 * objects, arrays, {@code null}, integers and strings (enum names, validated ids and codes, times,
 * hex, and the ids and version of whatever catalog the policy applies). For those values Jackson's
 * compact output, with lowercase hex digits in the escapes of control characters, is exactly RFC
 * 8785's (a property test checks it against an independent canonicalizer); RFC 8785's rules for
 * fractions never come into play.
 */
final class Canonical {
  static final ObjectMapper MAPPER =
      JsonMapper.builder().disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE).build();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String ZERO_HASH = "0".repeat(64);

  /**
   * The form of {@code recordedAt}, {@code occurredAt} and {@code signed_at}: UTC, milliseconds.
   */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Canonical() {}

  /** The canonical JSON text of {@code node}: object keys sorted, no whitespace. */
  static String text(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(sorted(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private static JsonNode sorted(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      // RFC 8785 sorts by UTF-16 code units, which is String's natural order.
      fields.sort(Map.Entry.comparingByKey());
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> field : fields) {
        out.set(field.getKey(), sorted(field.getValue()));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(element -> out.add(sorted(element)));
      return out;
    }
    return node;
  }

  /** The lowercase hex SHA-256 of {@code text}'s UTF-8 bytes. */
  static String sha256(String text) {
    return Hashing.sha256().hashString(text, StandardCharsets.UTF_8).toString();
  }

  /** The lowercase hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  static String time(Instant instant) {
    return TIME.format(instant);
  }

  /** {@code instant} as the record keeps times: truncated to the millisecond. */
  static Instant millis(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MILLIS);
  }

  static boolean isTime(String text) {
    try {
      return time(Instant.parse(text)).equals(text);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
