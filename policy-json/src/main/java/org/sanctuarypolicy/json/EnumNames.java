package org.sanctuarypolicy.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The wire names of one enum: a look-up from a name to its constant without throwing; the names
 * as pre-encoded JSON strings for a generator; and the list of every name for error messages.
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

  private final ImmutableMap<String, E> byName;

  /** The constants' names as pre-encoded JSON strings, by ordinal. */
  private final SerializedString[] serialized;

  /** Every name, in declaration order, separated by {@code ", "}. */
  private final String allowed;

  private EnumNames(E[] constants) {
    this.byName = Maps.uniqueIndex(Arrays.asList(constants), Enum::name);
    this.serialized = new SerializedString[constants.length];
    for (E constant : constants) {
      serialized[constant.ordinal()] = new SerializedString(constant.name());
    }
    this.allowed = Joiner.on(", ").join(byName.keySet());
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
    return byName.get(name);
  }

  /** The name of {@code constant} as a pre-encoded JSON string. */
  SerializableString serialized(E constant) {
    return serialized[constant.ordinal()];
  }

  /** Every name, in declaration order, separated by {@code ", "}. */
  String allowed() {
    return allowed;
  }
}
