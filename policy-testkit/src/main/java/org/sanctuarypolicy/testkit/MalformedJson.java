package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.google.common.base.Ascii;
import com.google.common.base.Joiner;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.primitives.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The generators behind {@link PolicyArbitraries#malformedRequestJson()} and {@link
 * PolicyArbitraries#malformedRequestBytes()}. Most start from a well-formed request written as its
 * fields in order, and break one thing; none may ever parse as a request, as a single document or
 * as a stream (so nothing is ever appended after a complete request).
 */
final class MalformedJson {
  /** The fields of a request that take one enum name, and the names each allows. */
  private static final Map<String, ImmutableSet<String>> ENUM_FIELDS =
      Map.of(
          "actor", names(Actor.values()),
          "action", names(Action.values()),
          "counterparty", names(Counterparty.values()),
          "purpose", names(Purpose.values()),
          "facilityArea", names(FacilityArea.values()));

  private static final Map<String, ImmutableSet<String>> SET_FIELDS =
      Map.of(
          "authorities", names(Authority.values()),
          "information", names(InformationCategory.values()));

  private static final List<String> WRONG_SCALARS =
      List.of("1", "-0.5", "0", "true", "false", "null", "[]", "{}", "[\"X\"]", "{\"name\":\"X\"}");
  private static final List<String> WRONG_SETS =
      List.of(
          "\"COURT_ORDER\"",
          "\"\"",
          "1",
          "true",
          "null",
          "{}",
          "[1]",
          "[null]",
          "[[]]",
          "[{}]",
          "[true]",
          "{\"0\":\"COURT_ORDER\"}");
  private static final List<String> NUMBERS =
      List.of("0", "1", "3", "-1", "1e3", "2.0", "9999999999");
  private static final List<String> NON_NUMERIC =
      List.of("NaN", "Infinity", "-Infinity", "+Infinity", "-NaN", "[NaN]", "[Infinity]");
  private static final List<String> UNKNOWN_FIELDS =
      List.of(
          "requestID",
          "Action",
          "action ",
          " action",
          "",
          "notes",
          "name",
          "status",
          "immigrationStatus",
          "reason",
          "facility_area",
          "__proto__",
          "authority",
          "informations",
          "effect",
          "decision");
  private static final List<String> NOT_OBJECTS =
      List.of(
          "",
          " ",
          "\n",
          "null",
          "true",
          "false",
          "0",
          "-1.5e3",
          "\"request\"",
          "[]",
          "[null]",
          "[1,2]",
          "{}",
          "{\"requestId\":\"r-1\"}",
          "[{}]",
          "{",
          "}",
          "{]",
          "[}",
          "\"",
          "\\u007B");
  private static final List<byte[]> INVALID_UTF8 =
      List.of(
          bytes(0xFF),
          bytes(0xFE),
          bytes(0x80),
          bytes(0xBF),
          bytes(0xC3),
          bytes(0xC0, 0xAF),
          bytes(0xC1, 0xBF),
          bytes(0xE0, 0x80, 0xAF),
          bytes(0xE2, 0x82),
          bytes(0xED, 0xA0, 0x80),
          bytes(0xED, 0xBF, 0xBF),
          bytes(0xF0, 0x82, 0x82, 0xAC),
          bytes(0xF4, 0x90, 0x80, 0x80),
          bytes(0xF8, 0x88, 0x80, 0x80, 0x80));

  private static final String REQUEST_ID_START = "{\"requestId\":\"";

  private MalformedJson() {}

  static Arbitrary<String> texts(Arbitrary<Request> requests) {
    Arbitrary<List<Map.Entry<String, String>>> fields = requests.map(MalformedJson::fields);
    return Arbitraries.oneOf(
        List.of(
            randomText(),
            Arbitraries.of(NOT_OBJECTS),
            truncated(fields),
            deepNesting(fields),
            hugeArray(fields),
            hugeString(fields),
            wrongType(fields),
            duplicateField(fields),
            loneSurrogate(fields),
            replaceEnum(fields, Arbitraries.of(NON_NUMERIC)),
            replaceEnum(fields, Arbitraries.of(NUMBERS)),
            unknownField(fields),
            unknownEnumName(fields)));
  }

  static Arbitrary<byte[]> bytes(Arbitrary<Request> requests) {
    Arbitrary<List<Map.Entry<String, String>>> fields = requests.map(MalformedJson::fields);
    return Arbitraries.frequencyOf(
        Tuple.of(4, texts(requests).map(text -> text.getBytes(StandardCharsets.UTF_8))),
        Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(256)),
        Tuple.of(3, invalidUtf8(fields)));
  }

  /** A request as its fields in order, each value as JSON text; every optional field included. */
  private static List<Map.Entry<String, String>> fields(Request request) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    fields.add(entry("requestId", quote(request.requestId())));
    fields.add(entry("actor", quote(request.actor().name())));
    fields.add(entry("action", quote(request.action().name())));
    fields.add(entry("counterparty", quote(request.counterparty().name())));
    fields.add(entry("purpose", quote(request.purpose().name())));
    fields.add(entry("authorities", array(request.authorities())));
    if (!request.information().isEmpty()) {
      fields.add(entry("information", array(request.information())));
    }
    request.facilityArea().ifPresent(area -> fields.add(entry("facilityArea", quote(area.name()))));
    return fields;
  }

  private static String object(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(field -> quote(field.getKey()) + ":" + field.getValue())
        .collect(Collectors.joining(",", "{", "}"));
  }

  private static Arbitrary<String> randomText() {
    return Arbitraries.strings().all().ofMaxLength(64);
  }

  /** A strict prefix of a well-formed request: it never has the closing brace. */
  private static Arbitrary<String> truncated(Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(fields, Arbitraries.integers().between(0, 999))
        .as(
            (request, permille) -> {
              String text = object(request);
              return text.substring(0, (int) ((long) (text.length() - 1) * permille / 1000));
            });
  }

  private static Arbitrary<String> deepNesting(Arbitrary<List<Map.Entry<String, String>>> fields) {
    Arbitrary<Integer> depths =
        Arbitraries.integers()
            .between(PolicyJson.MAX_NESTING_DEPTH + 1, 5_000)
            .withDistribution(RandomDistribution.biased());
    Arbitrary<String> nested =
        Combinators.combine(depths, Arbitraries.of("[", "{\"a\":"))
            .as(
                (depth, open) -> {
                  String close = open.equals("[") ? "]" : "}";
                  return Strings.repeat(open, depth) + "1" + Strings.repeat(close, depth);
                });
    return Combinators.combine(
            fields, nested, Arbitraries.of("authorities", "purpose", "extra", ""))
        .as(
            (request, value, where) -> {
              if (where.isEmpty()) {
                return value;
              }
              return object(replaceOrAdd(request, where, value));
            });
  }

  private static Arbitrary<String> hugeArray(Arbitrary<List<Map.Entry<String, String>>> fields) {
    Arbitrary<Integer> sizes =
        Arbitraries.integers().between(2, 200_000).withDistribution(RandomDistribution.biased());
    return Combinators.combine(
            fields,
            sizes,
            Arbitraries.of("\"COURT_ORDER\"", "1", "\"IDENTITY\"", "[]", "null"),
            Arbitraries.of("authorities", "information"))
        .as(
            (request, size, item, field) ->
                object(
                    replaceOrAdd(
                        request,
                        field,
                        "[" + Joiner.on(',').join(Collections.nCopies(size, item)) + "]")));
  }

  private static Arbitrary<String> hugeString(Arbitrary<List<Map.Entry<String, String>>> fields) {
    Arbitrary<Integer> lengths =
        Arbitraries.integers()
            .between(Request.MAX_REQUEST_ID_LENGTH + 1, 2_000_000)
            .withDistribution(RandomDistribution.biased());
    return Combinators.combine(fields, lengths, Arbitraries.of("requestId", "action", "name"))
        .as(
            (request, length, field) -> {
              String huge = Strings.repeat("a", length);
              if (field.equals("name")) {
                List<Map.Entry<String, String>> changed = new ArrayList<>(request);
                changed.add(1, entry(huge, "\"x\""));
                return object(changed);
              }
              return object(replaceOrAdd(request, field, quote(huge)));
            });
  }

  private static Arbitrary<String> wrongType(Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields,
            Arbitraries.integers().between(0, 7),
            Arbitraries.of(WRONG_SCALARS),
            Arbitraries.of(WRONG_SETS))
        .as(
            (request, at, scalar, set) -> {
              Map.Entry<String, String> field = request.get(at % request.size());
              String wrong = SET_FIELDS.containsKey(field.getKey()) ? set : scalar;
              return object(replaceOrAdd(request, field.getKey(), wrong));
            });
  }

  private static Arbitrary<String> duplicateField(
      Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields,
            Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 8),
            Arbitraries.of(true, false))
        .as(
            (request, which, where, sameValue) -> {
              Map.Entry<String, String> field = request.get(which % request.size());
              String value = sameValue ? field.getValue() : otherValidValue(field);
              List<Map.Entry<String, String>> changed = new ArrayList<>(request);
              changed.add(where % (changed.size() + 1), entry(field.getKey(), value));
              return object(changed);
            });
  }

  /** A raw lone surrogate, or an escaped one, somewhere before the closing brace. */
  private static Arbitrary<String> loneSurrogate(
      Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields,
            Arbitraries.integers().between(0, 999),
            Arbitraries.chars().range('\uD800', '\uDFFF'),
            Arbitraries.of(true, false))
        .as(
            (request, permille, surrogate, raw) -> {
              String text = object(request);
              if (!raw) {
                // An escape is a character only inside a string: put it into the request id.
                int start = text.indexOf(REQUEST_ID_START) + REQUEST_ID_START.length();
                return text.substring(0, start)
                    + String.format("\\u%04X", (int) surrogate)
                    + text.substring(start);
              }
              int at = (int) ((long) (text.length() - 1) * permille / 1000);
              return text.substring(0, at) + surrogate + text.substring(at);
            });
  }

  /** An enum name, or a name in a set, replaced by another JSON value. */
  private static Arbitrary<String> replaceEnum(
      Arbitrary<List<Map.Entry<String, String>>> fields, Arbitrary<String> values) {
    return Combinators.combine(fields, Arbitraries.integers().between(0, 7), values)
        .as(
            (request, which, value) -> {
              List<Map.Entry<String, String>> named = enumFields(request);
              Map.Entry<String, String> field = named.get(which % named.size());
              String replacement =
                  SET_FIELDS.containsKey(field.getKey()) && !value.startsWith("[")
                      ? "[" + value + "]"
                      : value;
              return object(replaceOrAdd(request, field.getKey(), replacement));
            });
  }

  private static Arbitrary<String> unknownField(Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields,
            Arbitraries.of(UNKNOWN_FIELDS),
            Arbitraries.of("\"x\"", "null", "1", "[]", "{}", "\"IMMIGRATION_STATUS\""),
            Arbitraries.integers().between(0, 8))
        .as(
            (request, name, value, where) -> {
              List<Map.Entry<String, String>> changed = new ArrayList<>(request);
              changed.add(where % (changed.size() + 1), entry(name, value));
              return object(changed);
            });
  }

  private static Arbitrary<String> unknownEnumName(
      Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 7))
        .as(
            (request, which, how) -> {
              List<Map.Entry<String, String>> named = enumFields(request);
              Map.Entry<String, String> field = named.get(which % named.size());
              boolean set = SET_FIELDS.containsKey(field.getKey());
              // enumFields keeps only the fields one of the two maps names.
              Set<String> allowed =
                  Objects.requireNonNull((set ? SET_FIELDS : ENUM_FIELDS).get(field.getKey()));
              String current = field.getValue().replace("\"", "").replace("[", "");
              String name = allowed.contains(current) ? current : allowed.iterator().next();
              String wrong = misspell(name, how, allowed);
              String value = set ? "[" + quote(wrong) + "]" : quote(wrong);
              return object(replaceOrAdd(request, field.getKey(), value));
            });
  }

  private static String misspell(String name, int how, Set<String> allowed) {
    String wrong;
    switch (how) {
      case 0:
        wrong = Ascii.toLowerCase(name);
        break;
      case 1:
        wrong = name + "S";
        break;
      case 2:
        wrong = name.substring(1);
        break;
      case 3:
        wrong = " " + name;
        break;
      case 4:
        wrong = name.replace('_', ' ');
        break;
      case 5:
        wrong = "";
        break;
      case 6:
        wrong = "PERMIT";
        break;
      default:
        wrong = name + "\u0000";
        break;
    }
    return allowed.contains(wrong) ? wrong + "X" : wrong;
  }

  /** Invalid UTF-8 somewhere before the closing brace of a well-formed request. */
  private static Arbitrary<byte[]> invalidUtf8(Arbitrary<List<Map.Entry<String, String>>> fields) {
    return Combinators.combine(
            fields, Arbitraries.integers().between(0, 999), Arbitraries.of(INVALID_UTF8))
        .as(
            (request, permille, invalid) -> {
              byte[] text = object(request).getBytes(StandardCharsets.UTF_8);
              int at = (int) ((long) (text.length - 1) * permille / 1000);
              return Bytes.concat(
                  Arrays.copyOfRange(text, 0, at),
                  invalid,
                  Arrays.copyOfRange(text, at, text.length));
            });
  }

  private static List<Map.Entry<String, String>> enumFields(
      List<Map.Entry<String, String>> request) {
    return request.stream()
        .filter(f -> ENUM_FIELDS.containsKey(f.getKey()) || SET_FIELDS.containsKey(f.getKey()))
        .collect(ImmutableList.toImmutableList());
  }

  private static String otherValidValue(Map.Entry<String, String> field) {
    Set<String> allowed = ENUM_FIELDS.get(field.getKey());
    if (allowed != null) {
      return allowed.stream()
          .map(MalformedJson::quote)
          .filter(value -> !value.equals(field.getValue()))
          .findFirst()
          .orElseThrow();
    }
    return field.getKey().equals("requestId") ? "\"r-duplicate\"" : "[]";
  }

  private static List<Map.Entry<String, String>> replaceOrAdd(
      List<Map.Entry<String, String>> request, String name, String value) {
    List<Map.Entry<String, String>> changed = new ArrayList<>();
    boolean replaced = false;
    for (Map.Entry<String, String> field : request) {
      if (field.getKey().equals(name)) {
        changed.add(entry(name, value));
        replaced = true;
      } else {
        changed.add(field);
      }
    }
    if (!replaced) {
      changed.add(entry(name, value));
    }
    return changed;
  }

  private static Map.Entry<String, String> entry(String name, String value) {
    return new SimpleImmutableEntry<>(name, value);
  }

  private static String array(Set<? extends Enum<?>> values) {
    return values.stream().map(v -> quote(v.name())).collect(Collectors.joining(",", "[", "]"));
  }

  /** A JSON string literal, as Jackson escapes it. */
  private static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }

  private static ImmutableSet<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).collect(ImmutableSet.toImmutableSet());
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
