package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
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

  private static final String OBJECT_ALLOWED = "a JSON object with the fields " + Wire.join(FIELDS);

  private static final SerializedString REQUEST_ID_NAME = new SerializedString("requestId");
  private static final SerializedString ACTOR_NAME = new SerializedString("actor");
  private static final SerializedString ACTION_NAME = new SerializedString("action");
  private static final SerializedString COUNTERPARTY_NAME = new SerializedString("counterparty");
  private static final SerializedString PURPOSE_NAME = new SerializedString("purpose");
  private static final SerializedString AUTHORITIES_NAME = new SerializedString("authorities");
  private static final SerializedString INFORMATION_NAME = new SerializedString("information");
  private static final SerializedString FACILITY_AREA_NAME = new SerializedString("facilityArea");

  // The wire names of the request's enums, for this codec and RequestParser.
  static final EnumNames<Actor> ACTORS = EnumNames.of(Actor.class);
  static final EnumNames<Action> ACTIONS = EnumNames.of(Action.class);
  static final EnumNames<Counterparty> COUNTERPARTIES = EnumNames.of(Counterparty.class);
  static final EnumNames<Purpose> PURPOSES = EnumNames.of(Purpose.class);
  static final EnumNames<Authority> AUTHORITIES = EnumNames.of(Authority.class);
  static final EnumNames<InformationCategory> CATEGORIES = EnumNames.of(InformationCategory.class);
  static final EnumNames<FacilityArea> AREAS = EnumNames.of(FacilityArea.class);

  private RequestCodec() {}

  /** The request a JSON object describes; every field is checked, in the order given. */
  static Request fromTree(JsonNode node) {
    if (!node.isObject()) {
      throw notAnObject(node);
    }
    Request.Builder builder = Request.builder();
    boolean informationGiven = false;
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      setField(builder, field.getKey(), field.getValue());
      informationGiven |= field.getKey().equals("information");
    }
    return build(builder, informationGiven);
  }

  /** The error for a request that is not a JSON object. */
  static InvalidRequestException notAnObject(JsonNode node) {
    return InvalidRequestException.of("request", Wire.describe(node), OBJECT_ALLOWED);
  }

  /**
   * Checks the value of the field {@code name} and sets it on {@code builder}.
   *
   * @throws InvalidRequestException when the field is unknown or the value wrong for it
   */
  static void setField(Request.Builder builder, String name, JsonNode value) {
    switch (name) {
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
        builder.information(Wire.enumSet(value, "information", InformationCategory.class, FAILURE));
        break;
      case "facilityArea":
        builder.facilityArea(Wire.enumValue(value, "facilityArea", FacilityArea.class, FAILURE));
        break;
      default:
        throw unknownField(name);
    }
  }

  /** The error for a field that a request does not have. */
  static RuntimeException unknownField(String name) {
    return FAILURE.of(Wire.name(name), "an unknown field", "the fields " + Wire.join(FIELDS));
  }

  /**
   * Builds the request once every field is set, checking the rules of the vocabulary.
   *
   * @param informationGiven whether the object has the field {@code information}
   * @throws InvalidRequestException when a field is missing or the fields do not fit together
   */
  static Request build(Request.Builder builder, boolean informationGiven) {
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

  /** Writes the JSON object of a request, as {@link #toTree} makes it, with a generator. */
  static void write(Request request, JsonGenerator generator) throws IOException {
    generator.writeStartObject();
    generator.writeFieldName(REQUEST_ID_NAME);
    generator.writeString(request.requestId());
    generator.writeFieldName(ACTOR_NAME);
    generator.writeString(ACTORS.serialized(request.actor()));
    generator.writeFieldName(ACTION_NAME);
    generator.writeString(ACTIONS.serialized(request.action()));
    generator.writeFieldName(COUNTERPARTY_NAME);
    generator.writeString(COUNTERPARTIES.serialized(request.counterparty()));
    generator.writeFieldName(PURPOSE_NAME);
    generator.writeString(PURPOSES.serialized(request.purpose()));
    generator.writeFieldName(AUTHORITIES_NAME);
    Wire.writeNames(request.authorities(), AUTHORITIES, generator);
    if (!request.information().isEmpty()) {
      generator.writeFieldName(INFORMATION_NAME);
      Wire.writeNames(request.information(), CATEGORIES, generator);
    }
    Optional<FacilityArea> area = request.facilityArea();
    if (area.isPresent()) {
      generator.writeFieldName(FACILITY_AREA_NAME);
      generator.writeString(AREAS.serialized(area.get()));
    }
    generator.writeEndObject();
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
