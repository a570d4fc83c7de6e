package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes strings that come back from one decision to the next (clause and exception ids, their
 * sentences, the policy's identity) from a small cache of their pre-encoded JSON, so that a
 * generator copies their bytes instead of escaping them again. One per {@link DecisionWriter}; not
 * thread-safe.
 *
 * <p>The cache has {@value #SIZE} slots, filled by the first strings that land in each and never
 * replaced, so it stays small and a stream of strings that never repeat cannot make it churn. Only
 * strings that JSON writes as they are (no character to escape, no surrogate) are cached: for
 * those the pre-encoded form is the generator's own output, character for character.
 */
final class RepeatedTexts {
  private static final int SIZE = 256;

  private final @Nullable String[] keys = new String[SIZE];
  private final @Nullable SerializedString[] values = new SerializedString[SIZE];

  /** Writes {@code text} as a JSON string value. */
  void write(String text, JsonGenerator generator) throws IOException {
    int slot = text.hashCode() & (SIZE - 1);
    String key = keys[slot];
    SerializedString value = values[slot];
    if (key == null) {
      if (plain(text)) {
        value = new SerializedString(text);
        keys[slot] = text;
        values[slot] = value;
        generator.writeString(value);
      } else {
        generator.writeString(text);
      }
    } else if (value != null && key.equals(text)) {
      generator.writeString(value);
    } else {
      generator.writeString(text);
    }
  }

  /**
   * Whether JSON writes {@code text} as it is: no control character, quote, backslash, DEL or
   * surrogate.
   */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == 0x7f || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
