package org.sanctuarypolicy.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.InvalidRequestException.Problem;
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

  // The indexes in FIELDS of the two fields whose values are also checked together.
  private static final int ACTION_INDEX = FIELDS.indexOf("action");
  private static final int INFORMATION_INDEX = FIELDS.indexOf("information");

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

  // The wire names of the request's enums.
  static final EnumNames<Actor> ACTORS = EnumNames.of(Actor.class);
  static final EnumNames<Action> ACTIONS = EnumNames.of(Action.class);
  static final EnumNames<Counterparty> COUNTERPARTIES = EnumNames.of(Counterparty.class);
  static final EnumNames<Purpose> PURPOSES = EnumNames.of(Purpose.class);
  static final EnumNames<Authority> AUTHORITIES = EnumNames.of(Authority.class);
  static final EnumNames<InformationCategory> CATEGORIES = EnumNames.of(InformationCategory.class);
  static final EnumNames<FacilityArea> AREAS = EnumNames.of(FacilityArea.class);

  private RequestCodec() {}

  /** The request of an item read whole: every field checked, every problem reported. */
  static Request fromItem(ItemTree item) {
    item.check();
    if (!item.isObject()) {
      throw notAnObject(item.item());
    }
    return fromFields(item.topFields());
  }

  /** The request a JSON object describes; every field is checked, every problem reported. */
  static Request fromTree(JsonNode node) {
    if (!node.isObject()) {
      throw notAnObject(node);
    }
    return fromFields(node.properties());
  }

  /** The error for a request that is not a JSON object. */
  private static InvalidRequestException notAnObject(JsonNode node) {
    return InvalidRequestException.of("request", Wire.describe(node), OBJECT_ALLOWED);
  }

  /** A problem and the position in the input of the field it is about, for sorting. */
  private record Placed(int at, Problem problem) {}

  /**
   * The request of the fields of an object, given in input order with any repeats. Every problem is
   * collected: an unknown or repeated field and a bad value where each appears, and what the
   * builder finds (fields that do not fit together) where its field appears, or last for a missing
   * field.
   *
   * @throws InvalidRequestException listing every problem, in the order of the input
   */
  private static Request fromFields(Iterable<Map.Entry<String, JsonNode>> fields) {
    Request.Builder builder = Request.builder();
    List<Placed> problems = null;
    int seen = 0; // the known fields read so far, one bit each
    Set<String> unknown = null;
    Set<String> rejected = null; // the fields whose value was wrong: the builder finds them unset
    Action action = null;
    boolean emptyInformation = false;
    int at = 0;
    for (Map.Entry<String, JsonNode> field : fields) {
      String name = field.getKey();
      int index = FIELDS.indexOf(name);
      boolean repeat;
      if (index >= 0) {
        repeat = (seen & (1 << index)) != 0;
        seen |= 1 << index;
      } else {
        unknown = unknown == null ? new HashSet<>() : unknown;
        repeat = !unknown.add(name);
      }
      if (repeat) {
        problems =
            add(
                problems,
                at,
                new Problem(Wire.name(name), "a second value", "each field at most once"));
      } else if (index < 0) {
        problems =
            add(
                problems,
                at,
                new Problem(
                    Wire.name(name), "an unknown field", "the fields " + Wire.join(FIELDS)));
      } else {
        try {
          JsonNode value = field.getValue();
          if (index == ACTION_INDEX) {
            action = Wire.enumValue(value, "action", Action.class, FAILURE);
            builder.action(action);
          } else if (index == INFORMATION_INDEX) {
            Set<InformationCategory> information =
                Wire.enumSet(value, "information", InformationCategory.class, FAILURE);
            builder.information(information);
            emptyInformation = information.isEmpty();
          } else {
            setField(builder, name, value);
          }
        } catch (InvalidRequestException e) {
          for (Problem problem : e.problems()) {
            problems = add(problems, at, problem);
          }
          rejected = rejected == null ? new HashSet<>() : rejected;
          rejected.add(name);
        }
      }
      at++;
    }
    if (emptyInformation && action != null && action != Action.DISCLOSE_INFORMATION) {
      // The builder accepts an empty set with any action; on the wire the field itself is the
      // mistake, so an empty array is rejected too.
      problems =
          add(
              problems,
              firstAt(fields, "information"),
              new Problem(
                  "information",
                  "[] with action " + action,
                  "information only with action DISCLOSE_INFORMATION"));
    }
    Request request = null;
    try {
      request = builder.build();
    } catch (InvalidRequestException e) {
      for (Problem problem : e.problems()) {
        if (rejected == null || !rejected.contains(problem.field())) {
          problems = add(problems, firstAt(fields, problem.field()), problem);
        }
      }
    }
    if (problems == null && request != null) {
      return request;
    }
    List<Problem> sorted = new ArrayList<>();
    requireNonNull(problems).stream()
        .sorted(Comparator.comparingInt(Placed::at))
        .forEach(placed -> sorted.add(placed.problem()));
    throw InvalidRequestException.of(sorted);
  }

  private static List<Placed> add(@Nullable List<Placed> problems, int at, Problem problem) {
    List<Placed> list = problems == null ? new ArrayList<>() : problems;
    list.add(new Placed(at, problem));
    return list;
  }

  /** Where {@code name} first appears among the fields; after them all when it does not. */
  private static int firstAt(Iterable<Map.Entry<String, JsonNode>> fields, String name) {
    int at = 0;
    for (Map.Entry<String, JsonNode> field : fields) {
      if (field.getKey().equals(name)) {
        return at;
      }
      at++;
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Checks the value of the known field {@code name}, other than {@code action} and {@code
   * information}, and sets it on {@code builder}.
   *
   * @throws InvalidRequestException when the value is wrong for the field
   */
  private static void setField(Request.Builder builder, String name, JsonNode value) {
    switch (name) {
      case "requestId":
        builder.requestId(Wire.text(value, "requestId", REQUEST_ID_ALLOWED, FAILURE));
        break;
      case "actor":
        builder.actor(Wire.enumValue(value, "actor", Actor.class, FAILURE));
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
      default:
        builder.facilityArea(Wire.enumValue(value, "facilityArea", FacilityArea.class, FAILURE));
        break;
    }
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
