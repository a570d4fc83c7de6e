package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache of pre-encoded strings of a {@link DecisionWriter}. */
class RepeatedTextsTest {
  /** How each string was written: {@code pre-encoded X} or {@code string X}. */
  private final List<String> calls = new ArrayList<>();

  private final StringWriter text = new StringWriter();

  private String written(RepeatedTexts texts, String... strings) throws IOException {
    try (JsonGenerator generator = new Recording(Wire.FACTORY.createGenerator(text))) {
      generator.writeStartArray();
      for (String string : strings) {
        texts.write(string, generator);
      }
      generator.writeEndArray();
    }
    return text.toString();
  }

  @Test
  void write_plainText_preEncodedFromTheFirstTime() throws IOException {
    String json = written(new RepeatedTexts(), "No holds.", "No holds.", "\u00e9t\u00e9 \u00a7 1");

    assertThat(calls)
        .containsExactly(
            "pre-encoded No holds.", "pre-encoded No holds.", "pre-encoded \u00e9t\u00e9 \u00a7 1");
    assertThat(json).isEqualTo("[\"No holds.\",\"No holds.\",\"\u00e9t\u00e9 \u00a7 1\"]");
  }

  @Test
  void write_textToEscape_neverCached() throws IOException {
    List<String> awkward =
        List.of("a\"b", "a\\b", "a\u0001b", "a\u001fb", "a\u007fb", "a\ud83d\ude00b", "a\ud83db");
    RepeatedTexts texts = new RepeatedTexts();
    List<String> twice = new ArrayList<>();
    for (String string : awkward) {
      twice.add(string);
      twice.add(string);
    }

    written(texts, twice.toArray(new String[0]));

    assertThat(calls).allMatch(call -> call.startsWith("string "));
    assertThat(calls).hasSize(twice.size());
  }

  @Test
  void write_slotTakenByAnotherText_writtenAsString() throws IOException {
    // "Aa" and "BB" have the same hash code, so the same slot.
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    RepeatedTexts texts = new RepeatedTexts();

    written(texts, "Aa", "BB", "Aa", "BB");

    assertThat(calls).containsExactly("pre-encoded Aa", "string BB", "pre-encoded Aa", "string BB");
  }

  @Test
  void write_textToEscapeThenPlainTextInTheSameSlot_plainTextCached() throws IOException {
    String awkward = "a\"b";
    String plain = "ab";
    // Find a plain text in the same slot as the awkward one: the slot stays free for it.
    for (char c = 'A'; (plain.hashCode() & 255) != (awkward.hashCode() & 255); c++) {
      plain = "a" + c + "b" + c;
    }
    RepeatedTexts texts = new RepeatedTexts();

    String json = written(texts, awkward, plain, plain);

    assertThat(calls)
        .containsExactly("string " + awkward, "pre-encoded " + plain, "pre-encoded " + plain);
    assertThat(json).isEqualTo("[\"a\\\"b\",\"" + plain + "\",\"" + plain + "\"]");
  }

  /** Records which of the two ways each string is written. */
  private final class Recording extends JsonGeneratorDelegate {
    Recording(JsonGenerator generator) {
      super(generator);
    }

    @Override
    public void writeString(String string) throws IOException {
      calls.add("string " + string);
      super.writeString(string);
    }

    @Override
    public void writeString(SerializableString string) throws IOException {
      calls.add("pre-encoded " + string.getValue());
      super.writeString(string);
    }
  }
}
