package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.internal.RequestBits;

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
        .allSatisfy(export -> assertThat(export.isQualified()).isFalse())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.sanctuarypolicy.api", "org.sanctuarypolicy.api.internal");
  }

  @Test
  void requestBits_installedByRequestAlone() {
    Request request =
        Request.builder()
            .requestId("bits")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.COURT)
            .authorities(Authority.COURT_ORDER)
            .information(InformationCategory.IDENTITY)
            .build();

    assertThat(RequestBits.authorities(request)).isEqualTo(1 << Authority.COURT_ORDER.ordinal());
    assertThat(RequestBits.information(request))
        .isEqualTo(1 << InformationCategory.IDENTITY.ordinal());
    assertThatThrownBy(() -> RequestBits.install(r -> 0, r -> 0))
        .isInstanceOf(IllegalStateException.class);
  }
}
