package org.sanctuarypolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.InvalidRequestException;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The streaming request reader against the tree it replaces: on valid and invalid documents of
 * every kind, {@link PolicyJson#parseRequest(String)} and a stream give what building the tree with
 * {@link TreeReader} and reading it with {@link RequestCodec#fromTree} gives, the same request or
 * the same error.
 */
class RequestParserTest {
  /** The outcome of a parse: the request written back, or the error with all its parts. */
  private static String outcome(Supplier<Request> parse) {
    try {
      return "request " + PolicyJson.write(parse.get());
    } catch (InvalidRequestException e) {
      return "invalid " + e.getMessage() + " | " + e.field() + " | " + e.value() + " | "
          + e.allowed();
    } catch (PolicyJsonException e) {
      return "json " + e.getMessage() + " | " + e.field() + " | " + e.value() + " | "
          + e.allowed() + " | " + e.malformed() + " | " + e.line();
    }
  }

  private static String byTree(String json) {
    return outcome(
        () ->
            RequestCodec.fromTree(
                TreeReader.readDocument(json, "request", InvalidRequestException::of)));
  }

  private static String streamed(String json) {
    return outcome(() -> PolicyJson.parseRequest(json));
  }

  @Test
  void parseRequest_randomDocuments_sameOutcomeAsTree() {
    SplittableRandom random = new SplittableRandom(0x5EED);
    int valid = 0;
    int invalid = 0;
    for (int i = 0; i < 30_000; i++) {
      String json = document(random, true);
      String expected = byTree(json);
      assertThat(streamed(json)).as(json).isEqualTo(expected);
      if (expected.startsWith("request")) {
        valid++;
      } else {
        invalid++;
      }
    }
    // Both kinds are well represented.
    assertThat(valid).isGreaterThan(2_000);
    assertThat(invalid).isGreaterThan(10_000);
  }

  @Test
  void parseRequest_itemsBeyondTheLimits_sameOutcomeAsTree() {
    String base = "\"requestId\":\"a\",\"action\":\"INQUIRE_STATUS\",\"counterparty\":\"COURT\"";
    String names = "\"COURT_ORDER\",".repeat(PolicyJson.MAX_ITEM_VALUES);
    String many = "[" + names.substring(0, names.length() - 1) + "]";
    String text = "\"" + Strings.repeat("x", PolicyJson.MAX_STRING_LENGTH) + "\"";
    StringBuilder wide = new StringBuilder("{" + base);
    for (int i = 0; i < 17; i++) {
      wide.append(",\"x").append(i).append("\":").append(text);
    }
    List<String> documents =
        List.of(
            "{" + base + ",\"authorities\":" + many + "}",
            "{\"authorities\":" + many + "," + base + "}",
            "{" + base + ",\"authorities\":[\"FOO\"," + many.substring(1) + "}",
            "{" + base + ",\"authorities\":[1," + many.substring(1) + "}",
            "{" + base + ",\"actor\":\"FOO\",\"authorities\":" + many + "}",
            "{\"actor\":" + many + "," + base + "}",
            "{\"requestId\":" + text + "," + base.substring(16) + "}",
            wide + "}",
            "{" + base + ",\"actor\":" + text + wide.substring(1 + base.length()) + "}",
            "{\"information\":[\"IDENTITY\",{\"a\":1,\"a\":2}]," + base + "}");
    for (String json : documents) {
      String expected = byTree(json);
      assertThat(expected).startsWith("invalid");
      assertThat(streamed(json)).as(expected).isEqualTo(expected);
    }
  }

  @Test
  void parseRequest_itemsAtAndJustBeyondTheLimits_sameOutcomeAsTree() {
    for (int over = 0; over <= 1; over++) {
      List<String> documents =
          List.of(
              withChars(PolicyJson.MAX_ITEM_CHARS + over),
              withValues(PolicyJson.MAX_ITEM_VALUES + over));
      for (String json : documents) {
        String expected = byTree(json);
        assertThat(expected)
            .contains(
                over == 0
                    ? "x00: an unknown field"
                    : "more than " + PolicyJson.MAX_ITEM_VALUES + " values");
        assertThat(streamed(json)).isEqualTo(expected);
      }
    }
  }

  /** Every field of a request but one, known fields before unknown ones. */
  private static final String KNOWN =
      "\"requestId\":\"r-1\",\"actor\":\"CITY_CONTRACTOR\",\"action\":\"DISCLOSE_INFORMATION\","
          + "\"counterparty\":\"COURT\",\"purpose\":\"LITIGATION\","
          + "\"authorities\":[\"COURT_ORDER\",\"WRITTEN_CONSENT\"],\"information\":[\"IDENTITY\"]";

  /** The characters of the names and strings in {@link #KNOWN}. */
  private static final int KNOWN_CHARS =
      "requestIdr-1actorCITY_CONTRACTORactionDISCLOSE_INFORMATIONcounterpartyCOURTpurposeLITIGATION"
              .length()
          + "authoritiesCOURT_ORDERWRITTEN_CONSENTinformationIDENTITY".length();

  /** The JSON values of {@link #KNOWN} and of the object around it. */
  private static final int KNOWN_VALUES = 1 + 5 + 3 + 2;

  /** A request whose names and strings hold exactly {@code chars} characters. */
  private static String withChars(int chars) {
    int fields = 17;
    int rest = chars - KNOWN_CHARS - fields * 3;
    StringBuilder json = new StringBuilder("{").append(KNOWN);
    for (int i = 0; i < fields; i++) {
      int length = rest / fields + (i == 0 ? rest % fields : 0);
      json.append(",\"x").append(i < 10 ? "0" : "").append(i).append("\":\"");
      json.append(Strings.repeat("y", length)).append('"');
    }
    return json.append('}').toString();
  }

  /** A request of exactly {@code values} JSON values. */
  private static String withValues(int values) {
    StringBuilder json = new StringBuilder("{").append(KNOWN).append(",\"x00\":[");
    for (int i = 0; i < values - KNOWN_VALUES - 1; i++) {
      json.append(i == 0 ? "1" : ",1");
    }
    return json.append("]}").toString();
  }

  @Test
  void readRequests_randomLines_eachItemAsItsDocument() {
    SplittableRandom random = new SplittableRandom(0x11E5);
    List<String> lines = new ArrayList<>();
    while (lines.size() < 3_000) {
      String line = document(random, false).replace('\n', ' ');
      // Only items that are well-formed JSON (malformed JSON ends a stream), and no array, which
      // as the first item would make the stream an array of requests.
      if (!byTree(line).startsWith("json") && !line.startsWith("[")) {
        lines.add(line);
      }
    }
    Iterator<Request> requests =
        PolicyJson.readRequests(
            new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(UTF_8)));
    for (int i = 0; i < lines.size(); i++) {
      String expected = byTree(lines.get(i));
      String prefix = "input " + (i + 1) + " (line " + (i + 1) + "): ";
      assertThat(requests.hasNext()).isTrue();
      try {
        Request request = requests.next();
        assertThat("request " + PolicyJson.write(request)).isEqualTo(expected);
      } catch (PolicyJsonException e) {
        assertThat(e.getMessage()).startsWith(prefix);
        assertThat(
                "invalid "
                    + e.getMessage().substring(prefix.length())
                    + " | "
                    + e.field().orElseThrow()
                    + " | "
                    + e.value().orElseThrow()
                    + " | "
                    + e.allowed().orElseThrow())
            .as(lines.get(i))
            .isEqualTo(expected);
      }
    }
    assertThat(requests.hasNext()).isFalse();
  }

  // ---- random documents ------------------------------------------------------------------------

  /** A JSON text, mostly an object; when {@code damaged}, sometimes cut short or with more. */
  private static String document(SplittableRandom random, boolean damaged) {
    String json;
    int kind = random.nextInt(100);
    if (kind < 4) {
      json = badValue(random);
    } else {
      StringBuilder object = new StringBuilder("{");
      List<String> fields = fields(random);
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          object.append(random.nextInt(20) == 0 ? " ,\n " : ",");
        }
        String field = fields.get(i);
        object.append(quote(field)).append(random.nextInt(20) == 0 ? " : " : ":");
        object.append(value(random, field));
      }
      json = object.append('}').toString();
    }
    int damage = damaged ? random.nextInt(100) : 100;
    if (damage < 3) {
      return json.substring(0, random.nextInt(json.length() + 1));
    }
    if (damage < 5) {
      return json + pick(random, " x", " {}", "\n[]", " ", "\n", ",");
    }
    return json;
  }

  /** Mostly the fields of a valid request, sometimes one left out, repeated or unknown. */
  private static List<String> fields(SplittableRandom random) {
    List<String> fields = new ArrayList<>(List.of("requestId", "action", "counterparty"));
    for (String optional : List.of("actor", "purpose", "authorities")) {
      if (random.nextBoolean()) {
        fields.add(optional);
      }
    }
    if (random.nextInt(3) == 0) {
      fields.add("information");
    }
    if (random.nextInt(4) == 0) {
      fields.add("facilityArea");
    }
    if (random.nextInt(10) == 0) {
      fields.remove(random.nextInt(fields.size()));
    }
    if (random.nextInt(10) == 0) {
      fields.add(RequestCodec.FIELDS.get(random.nextInt(RequestCodec.FIELDS.size())));
    }
    if (random.nextInt(10) == 0) {
      fields.add(pick(random, "foo", "Actor", "", "a b", "x\u0001", "\u00e9t\u00e9", "foo"));
    }
    if (random.nextInt(30) == 0) {
      fields.add("foo");
      fields.add("foo");
    }
    for (int i = fields.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String swap = fields.get(i);
      fields.set(i, fields.get(j));
      fields.set(j, swap);
    }
    return fields;
  }

  private static String value(SplittableRandom random, String field) {
    if (random.nextInt(12) == 0) {
      return badValue(random);
    }
    switch (field) {
      case "requestId":
        return random.nextInt(15) == 0
            ? quote(pick(random, "", "a b", "\u00e9", "x".repeat(129), "a\\u0000", "r:1.2_-"))
            : quote("r-" + random.nextInt(1000));
      case "actor":
        return name(random, Actor.values());
      case "action":
        return random.nextInt(3) == 0
            ? pick(random, "\"DISCLOSE_INFORMATION\"", "\"PROVIDE_FACILITY\"")
            : name(random, Action.values());
      case "counterparty":
        return name(random, Counterparty.values());
      case "purpose":
        return name(random, Purpose.values());
      case "authorities":
        return names(random, Authority.values());
      case "information":
        return names(random, InformationCategory.values());
      case "facilityArea":
        return name(random, FacilityArea.values());
      default:
        return random.nextBoolean() ? badValue(random) : quote("x");
    }
  }

  private static String name(SplittableRandom random, Enum<?>[] values) {
    if (random.nextInt(15) == 0) {
      return quote(
          pick(random, "FOO", "", values[0].name().toLowerCase(Locale.ROOT), "A\\u0042"));
    }
    return quote(values[random.nextInt(values.length)].name());
  }

  private static String names(SplittableRandom random, Enum<?>[] values) {
    StringBuilder array = new StringBuilder("[");
    int size = random.nextInt(5);
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        array.append(',');
      }
      int kind = random.nextInt(30);
      if (kind == 0) {
        array.append(badValue(random));
      } else if (kind == 1 && i > 0) {
        array.append(quote(values[0].name())).append(',').append(quote(values[0].name()));
      } else {
        array.append(name(random, values));
      }
    }
    return array.append(']').toString();
  }

  /** A value of the wrong kind for any field, some of them malformed or breaking a rule. */
  private static String badValue(SplittableRandom random) {
    return pick(
        random,
        "1",
        "-2.5",
        "1E+400",
        "12345678901234567890",
        "true",
        "false",
        "null",
        "\"FOO\"",
        "\"a\\nb\"",
        "[]",
        "{}",
        "[1]",
        "[\"COURT_ORDER\"]",
        "{\"a\":1}",
        "{\"a\":1,\"a\":2}",
        "[{\"a\":[],\"a\":{}}]",
        "[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]",
        "\"" + "y".repeat(70) + "\"",
        "NaN",
        "'x'",
        "[1,]",
        "\"\t\"");
  }

  private static String quote(String text) {
    return "\"" + text.replace("\u0001", "\\u0001") + "\"";
  }

  private static String pick(SplittableRandom random, String... choices) {
    return choices[random.nextInt(choices.length)];
  }
}
