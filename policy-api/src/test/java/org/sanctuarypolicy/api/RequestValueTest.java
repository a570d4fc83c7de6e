package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A request is its value and nothing else: no field beyond the attributes that equality compares,
 * and no package opened for another module to write into one.
 */
class RequestValueTest {
  private static Set<String> instanceFields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()))
        .map(Field::getName)
        .collect(Collectors.toSet());
  }

  @Test
  void request_declaresNoInstanceField() {
    assertThat(instanceFields(Request.class)).isEmpty();
  }

  @Test
  void builtRequest_hasExactlyTheFieldsOfItsValue() {
    Request request =
        Request.builder()
            .requestId("r-1")
            .action(Action.COMMIT_RESOURCES)
            .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
            .build();
    Set<String> attributes =
        Arrays.stream(Request.class.getDeclaredMethods())
            .filter(method -> Modifier.isAbstract(method.getModifiers()))
            .map(Method::getName)
            .collect(Collectors.toSet());

    assertThat(attributes)
        .containsExactlyInAnyOrder(
            "requestId",
            "actor",
            "action",
            "counterparty",
            "purpose",
            "authorityBits",
            "informationBits",
            "facilityArea");
    assertThat(instanceFields(request.getClass())).isEqualTo(attributes);
    assertThat(request.getClass().getSuperclass()).isEqualTo(Request.class);
  }

  @Test
  void moduleDescriptor_opensNothing() {
    // The tests run on the module path, as the module's own classes are patched with them.
    Module module = Request.class.getModule();
    assertThat(module.isNamed()).isTrue();
    ModuleDescriptor descriptor = module.getDescriptor();

    assertThat(descriptor.name()).isEqualTo("org.sanctuarypolicy.api");
    assertThat(descriptor.isOpen()).isFalse();
    assertThat(descriptor.opens()).isEmpty();
    assertThat(descriptor.exports())
        .filteredOn(export -> !export.isQualified())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactly("org.sanctuarypolicy.api");
    assertThat(descriptor.exports())
        .filteredOn(ModuleDescriptor.Exports::isQualified)
        .singleElement()
        .satisfies(
            export -> {
              assertThat(export.source()).isEqualTo("org.sanctuarypolicy.api.internal");
              assertThat(export.targets()).containsExactly("org.sanctuarypolicy.core");
            });
  }
}
