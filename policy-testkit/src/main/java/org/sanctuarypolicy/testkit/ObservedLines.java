package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.google.common.base.CharMatcher;
import com.google.common.base.Enums;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;

/**
 * Reads the observed lines of a non-Java product: one JSON object per line, {@code
 * {"id":"C-001","effect":"DENY"}} plus {@code "redacted":[...]} where the product withheld
 * categories. Strict: everything that is not exactly that is a problem, reported with its line.
 */
final class ObservedLines {
  static final int MAX_PROBLEMS = 100;

  /** The longest line read, in characters: an observation takes a few hundred. */
  static final int MAX_LINE_LENGTH = 65_536;

  private static final ImmutableSet<String> FIELDS = ImmutableSet.of("id", "effect", "redacted");
  private static final String EFFECTS = Joiner.on(", ").join(Effect.values());
  private static final String CATEGORIES = Joiner.on(", ").join(InformationCategory.values());

  /** Reads one value and leaves what follows to the caller, who reports it in plain words. */
  private static final ObjectReader ONE_VALUE =
      Json.STRICT.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
  private final Map<String, Observation> observed = new LinkedHashMap<>();
  private final Map<String, Integer> firstLine = new HashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int more;

  private ObservedLines(List<Scenario> catalog) {
    catalog.forEach(scenario -> scenarios.put(scenario.id(), scenario));
  }

  /** The observations by scenario id, in input order; throws listing every problem. */
  static Map<String, Observation> read(InputStream in, List<Scenario> catalog) {
    ObservedLines lines = new ObservedLines(catalog);
    lines.readAll(in);
    if (lines.problems.isEmpty() && lines.observed.isEmpty()) {
      // An empty file is a wrong file (or a product that printed nothing), not 0 passed scenarios.
      lines.problems.add(
          "the input holds no observed line; allowed: one line per conformance scenario, such as"
              + " {\"id\":\"C-001\",\"effect\":\"DENY\"}");
    }
    if (!lines.problems.isEmpty()) {
      throw new ObservedLinesException(ImmutableList.copyOf(lines.problems), lines.more);
    }
    return lines.observed;
  }

  /**
   * Reads the input line by line as bytes and decodes each line on its own, so that bytes that are
   * not UTF-8 are a problem of their line, with its number, and the other lines are still read.
   */
  private void readAll(InputStream in) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    InputStream buffered = new BufferedInputStream(in, 1 << 16);
    int number = 0;
    boolean tooLong = false;
    try {
      int b;
      do {
        b = buffered.read();
        if (b != '\n' && b != -1) {
          if (bytes.size() <= 4 * MAX_LINE_LENGTH) {
            bytes.write(b);
          } else {
            tooLong = true;
          }
          continue;
        }
        if (b == -1 && bytes.size() == 0 && !tooLong) {
          break;
        }
        number++;
        line(number, bytes.toByteArray(), tooLong, decoder);
        bytes.reset();
        tooLong = false;
      } while (b != -1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the observed lines", e);
    }
  }

  private void line(int number, byte[] bytes, boolean tooLong, CharsetDecoder decoder) {
    String line;
    try {
      line = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      problem(number, "the bytes are not valid UTF-8; allowed: JSON text in UTF-8");
      return;
    }
    if (number == 1 && line.startsWith("\uFEFF")) {
      line = line.substring(1);
    }
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (tooLong || line.length() > MAX_LINE_LENGTH) {
      problem(
          number, "a line longer than " + MAX_LINE_LENGTH + " characters; allowed: at most that");
      return;
    }
    if (!line.isBlank()) {
      readLine(number, line);
    }
  }

  private void readLine(int number, String line) {
    JsonNode node;
    try (JsonParser parser = Json.STRICT.getFactory().createParser(line)) {
      node = ONE_VALUE.readTree(parser);
      if (node != null && parser.nextToken() != null) {
        problem(number, "more than one JSON value on the line; allowed: one object per line");
        return;
      }
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field") && e.getProcessor() != null) {
        // In the words of every other reader of this project, not Jackson's.
        String name = ((JsonParser) e.getProcessor()).getParsingContext().getCurrentName();
        problem(
            number,
            shown(name) + ": a second value is not allowed; allowed: each field at most once");
      } else {
        problem(number, "malformed JSON: " + plain(message));
      }
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || !node.isObject()) {
      problem(number, "not a JSON object; expected {\"id\":\"C-001\",\"effect\":\"DENY\"}");
      return;
    }
    boolean bad = false;
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        problem(number, "unknown field \"" + shown(name) + "\"; allowed: id, effect, redacted");
        bad = true;
      }
    }
    String id = id(number, node.get("id"));
    if (id != null) {
      Integer first = firstLine.putIfAbsent(id, number);
      if (first != null) {
        problem(number, "id: \"" + id + "\" was already observed on line " + first);
        bad = true;
      }
    }
    Effect effect = effect(number, node.get("effect"));
    EnumSet<InformationCategory> redacted = redacted(number, node.get("redacted"));
    if (bad || id == null || effect == null || redacted == null) {
      return;
    }
    observed.put(id, Observation.of(effect, redacted));
  }

  private @Nullable String id(int number, @Nullable JsonNode value) {
    if (value == null) {
      problem(number, "id: missing; allowed: a scenario id of the catalog, " + range());
      return null;
    }
    if (!value.isTextual()) {
      problem(
          number, "id: " + value + " is not a string; allowed: a scenario id such as \"C-001\"");
      return null;
    }
    String id = value.textValue();
    if (!scenarios.containsKey(id)) {
      problem(number, "id: " + value + " is not a scenario of the catalog; allowed: " + range());
      return null;
    }
    return id;
  }

  private @Nullable Effect effect(int number, @Nullable JsonNode value) {
    if (value == null) {
      problem(number, "effect: missing; allowed: " + EFFECTS);
      return null;
    }
    Effect effect = named(Effect.class, value);
    if (effect == null) {
      problem(number, "effect: " + shorten(value) + " is not allowed; allowed: " + EFFECTS);
    }
    return effect;
  }

  private @Nullable EnumSet<InformationCategory> redacted(int number, @Nullable JsonNode value) {
    EnumSet<InformationCategory> categories = EnumSet.noneOf(InformationCategory.class);
    if (value == null) {
      return categories;
    }
    if (!value.isArray()) {
      problem(
          number,
          "redacted: " + shorten(value) + " is not an array; allowed: an array of " + CATEGORIES);
      return null;
    }
    boolean bad = false;
    for (JsonNode item : value) {
      InformationCategory category = named(InformationCategory.class, item);
      if (category == null) {
        problem(number, "redacted: " + shorten(item) + " is not allowed; allowed: " + CATEGORIES);
        bad = true;
      } else if (!categories.add(category)) {
        problem(number, "redacted: " + category + " is given twice");
        bad = true;
      }
    }
    return bad ? null : categories;
  }

  /** The constant a JSON string names exactly; null for anything else. */
  private static <E extends Enum<E>> @Nullable E named(Class<E> type, JsonNode value) {
    return value.isTextual() ? Enums.getIfPresent(type, value.textValue()).orNull() : null;
  }

  /** A field name as the problem shows it: control characters, which could forge a line, as ?. */
  private static String shown(String name) {
    return CharMatcher.javaIsoControl().replaceFrom(name, '?');
  }

  /** Jackson's message without the source it was told to leave out, or its configuration hints. */
  private static String plain(String message) {
    return message
        .replaceAll("\\[Source: [^;\\]]*; ", "[")
        .replaceAll(": enable `[^`]*` to allow", "")
        .replaceAll("[\\r\\n]+", " ");
  }

  private String range() {
    List<String> ids = new ArrayList<>(scenarios.keySet());
    return ids.get(0) + " to " + ids.get(ids.size() - 1);
  }

  private static String shorten(JsonNode value) {
    String text = value.toString();
    return text.length() <= 64 ? text : text.substring(0, 61) + "...";
  }

  private void problem(int number, String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add("line " + number + ": " + problem);
    } else {
      more++;
    }
  }
}
