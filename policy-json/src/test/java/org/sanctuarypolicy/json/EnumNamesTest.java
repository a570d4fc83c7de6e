package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;

/** The look-up of enum constants by their wire names. */
class EnumNamesTest {
  private static final List<Class<? extends Enum<?>>> TYPES =
      List.of(
          Actor.class,
          Action.class,
          Counterparty.class,
          Purpose.class,
          Authority.class,
          InformationCategory.class,
          FacilityArea.class,
          Effect.class,
          ObligationType.class);

  @Test
  void find_everyNameOfEveryWireEnum_itsConstant() {
    for (Class<? extends Enum<?>> type : TYPES) {
      EnumNames<?> names = names(type);
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(names.find(constant.name())).isSameAs(constant);
      }
    }
  }

  @Test
  void find_nearMisses_none() {
    for (Class<? extends Enum<?>> type : TYPES) {
      EnumNames<?> names = names(type);
      for (Enum<?> constant : type.getEnumConstants()) {
        String name = constant.name();
        for (String miss :
            List.of(
                "",
                name.toLowerCase(Locale.ROOT),
                name + "X",
                name.substring(1),
                name.substring(0, name.length() - 1),
                "X" + name.substring(1),
                name.substring(0, name.length() - 1) + "X")) {
          assertThat(names.find(miss)).as(miss).isNull();
        }
      }
    }
  }

  @Test
  void allowed_everyNameInOrder() {
    assertThat(Wire.names(FacilityArea.class)).isEqualTo("NON_PUBLIC, PUBLIC");
    for (Class<? extends Enum<?>> type : TYPES) {
      assertThat(names(type).allowed()).isEqualTo(PolicyJsonTest.names(type));
    }
  }

  @Test
  void serialized_everyConstant_itsName() {
    EnumNames<Effect> names = EnumNames.of(Effect.class);
    for (Effect effect : Effect.values()) {
      assertThat(names.serialized(effect).getValue()).isEqualTo(effect.name());
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // the raw type stands for the enum type given
  private static EnumNames<?> names(Class<? extends Enum<?>> type) {
    return EnumNames.of((Class) type);
  }
}
