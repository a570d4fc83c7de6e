package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.base.Joiner;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of one enum: a look-up from a name, given as a string or as a range of characters
 * in a parser's buffer, to its constant without allocating or throwing; the names as pre-encoded
 * JSON strings for a generator; and the list of every name for error messages.
 *
 * <p>Immutable and thread-safe; one instance per enum type, made on first use.
 */
final class EnumNames<E extends Enum<E>> {
  private static final ClassValue<EnumNames<?>> BY_TYPE =
      new ClassValue<>() {
        @Override
        protected EnumNames<?> computeValue(Class<?> type) {
          return create(type.asSubclass(Enum.class));
        }
      };

  private final E[] constants;

  /** The constants' names as pre-encoded JSON strings, by ordinal. */
  private final SerializedString[] serialized;

  /** Open addressing by {@link #hash}: an ordinal, or -1 for an empty slot. */
  private final int[] slots;

  private final char[][] names;

  /** Every name, in declaration order, separated by {@code ", "}. */
  private final String allowed;

  private EnumNames(E[] constants) {
    this.constants = constants;
    this.serialized = new SerializedString[constants.length];
    this.names = new char[constants.length][];
    int size = Integer.highestOneBit(Math.max(4, constants.length * 4) - 1) << 1;
    this.slots = new int[size];
    Arrays.fill(slots, -1);
    for (E constant : constants) {
      char[] name = constant.name().toCharArray();
      names[constant.ordinal()] = name;
      serialized[constant.ordinal()] = new SerializedString(constant.name());
      int slot = hash(name, 0, name.length) & (size - 1);
      while (slots[slot] >= 0) {
        slot = (slot + 1) & (size - 1);
      }
      slots[slot] = constant.ordinal();
    }
    this.allowed = Joiner.on(", ").join(Arrays.stream(constants).map(Enum::name).iterator());
  }

  /** The names of {@code type}. */
  @SuppressWarnings("unchecked") // BY_TYPE maps each enum type to the EnumNames of that type
  static <E extends Enum<E>> EnumNames<E> of(Class<E> type) {
    return (EnumNames<E>) BY_TYPE.get(type);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the raw type stands for the enum type given
  private static EnumNames<?> create(Class<? extends Enum> type) {
    return new EnumNames(type.getEnumConstants());
  }

  /** The constant named {@code name}, or null when there is none (names are case-sensitive). */
  @Nullable E find(String name) {
    int length = name.length();
    int h =
        length == 0
            ? 0
            : hash(length, name.charAt(0), name.charAt(length / 2), name.charAt(length - 1));
    int mask = slots.length - 1;
    for (int slot = h & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
      if (constants[slots[slot]].name().equals(name)) {
        return constants[slots[slot]];
      }
    }
    return null;
  }

  /**
   * The constant whose name is the {@code length} characters of {@code buffer} from {@code
   * offset}, or null when there is none.
   */
  @Nullable E find(char[] buffer, int offset, int length) {
    int mask = slots.length - 1;
    for (int slot = hash(buffer, offset, length) & mask;
        slots[slot] >= 0;
        slot = (slot + 1) & mask) {
      char[] candidate = names[slots[slot]];
      if (Arrays.equals(candidate, 0, candidate.length, buffer, offset, offset + length)) {
        return constants[slots[slot]];
      }
    }
    return null;
  }

  /** The constant with the given ordinal. */
  E constant(int ordinal) {
    return constants[ordinal];
  }

  /** The name of {@code constant} as a pre-encoded JSON string. */
  SerializableString serialized(E constant) {
    return serialized[constant.ordinal()];
  }

  /** Every name, in declaration order, separated by {@code ", "}. */
  String allowed() {
    return allowed;
  }

  /**
   * A hash of a name from its length and its first, middle and last characters, so that a look-up
   * reads the other characters only to compare; names that share these share a chain of slots.
   */
  private static int hash(char[] buffer, int offset, int length) {
    return length == 0
        ? 0
        : hash(length, buffer[offset], buffer[offset + length / 2], buffer[offset + length - 1]);
  }

  private static int hash(int length, char first, char middle, char last) {
    int h = ((length * 31 + first) * 31 + middle) * 31 + last;
    return h ^ (h >>> 16);
  }
}
