package org.sanctuarypolicy.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.Map;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/** Reads and writes a {@link Request} as a JSON object. */
final class RequestCodec {
  static final ImmutableList<String> FIELDS =
      ImmutableList.of(
          "requestId",
          "actor",
          "action",
          "counterparty",
          "purpose",
          "authorities",
          "information",
          "facilityArea");

  static final String REQUEST_ID_ALLOWED = "a string of " + Request.REQUEST_ID_RULE;

  private static final Wire.Failure FAILURE = InvalidRequestException::of;

  private RequestCodec() {}

  /** The request a JSON object describes; every field is checked, in the order given. */
  static Request fromTree(JsonNode node) {
    Wire.object(node, "request", "a JSON object with the fields " + Wire.join(FIELDS), FAILURE);
    Request.Builder builder = Request.builder();
    boolean informationGiven = false;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      switch (field.getKey()) {
        case "requestId":
          builder.requestId(Wire.text(value, "requestId", REQUEST_ID_ALLOWED, FAILURE));
          break;
        case "actor":
          builder.actor(Wire.enumValue(value, "actor", Actor.class, FAILURE));
          break;
        case "action":
          builder.action(Wire.enumValue(value, "action", Action.class, FAILURE));
          break;
        case "counterparty":
          builder.counterparty(Wire.enumValue(value, "counterparty", Counterparty.class, FAILURE));
          break;
        case "purpose":
          builder.purpose(Wire.enumValue(value, "purpose", Purpose.class, FAILURE));
          break;
        case "authorities":
          builder.authorities(Wire.enumSet(value, "authorities", Authority.class, FAILURE));
          break;
        case "information":
          informationGiven = true;
          builder.information(
              Wire.enumSet(value, "information", InformationCategory.class, FAILURE));
          break;
        case "facilityArea":
          builder.facilityArea(Wire.enumValue(value, "facilityArea", FacilityArea.class, FAILURE));
          break;
        default:
          throw FAILURE.of(
              Wire.name(field.getKey()), "an unknown field", "the fields " + Wire.join(FIELDS));
      }
    }
    Request request = builder.build();
    if (informationGiven && request.action() != Action.DISCLOSE_INFORMATION) {
      // The builder accepts an empty set with any action; on the wire the field itself is the
      // mistake, so an empty array is rejected too.
      throw FAILURE.of(
          "information",
          "[] with action " + request.action(),
          "information only with action DISCLOSE_INFORMATION");
    }
    return request;
  }

  /**
   * The JSON object of a request: every field in a fixed order, sets in enum order; {@code
   * information} only when non-empty, {@code facilityArea} always for {@code PROVIDE_FACILITY}.
   */
  static ObjectNode toTree(Request request) {
    ObjectNode node = Wire.objectNode();
    node.put("requestId", request.requestId());
    node.put("actor", request.actor().name());
    node.put("action", request.action().name());
    node.put("counterparty", request.counterparty().name());
    node.put("purpose", request.purpose().name());
    node.set("authorities", Wire.names(request.authorities()));
    if (!request.information().isEmpty()) {
      node.set("information", Wire.names(request.information()));
    }
    request.facilityArea().ifPresent(area -> node.put("facilityArea", area.name()));
    return node;
  }
}
