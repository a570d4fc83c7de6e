package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No Immutables-generated class is part of the public API, and no public type has a public constructor. */
class PublicApiTest {
  private static List<Class<?>> apiClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(PublicApiTest.class.getClassLoader())
            .getTopLevelClasses(Request.class.getPackageName())) {
      Class<?> type = info.load();
      if (!type.getSimpleName().endsWith("Test")) {
        classes.add(type);
        classes.addAll(List.of(type.getDeclaredClasses()));
      }
    }
    return classes;
  }

  private static boolean isGenerated(Class<?> type) {
    Class<?> outer = type.getEnclosingClass() == null ? type : type.getEnclosingClass();
    return outer.getPackageName().equals(Request.class.getPackageName())
        && outer.getSimpleName().startsWith("Immutable");
  }

  @Test
  void generatedClasses_areNotPublic() throws IOException {
    List<Class<?>> classes = apiClasses();
    assertThat(classes).extracting(Class::getSimpleName).contains("ImmutableRequest", "Request");
    for (Class<?> type : classes) {
      if (isGenerated(type) && type.getEnclosingClass() == null) {
        assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
      }
    }
  }

  @Test
  void publicMethods_neverExposeAGeneratedType() throws IOException {
    for (Class<?> type : apiClasses()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      for (Method method : type.getMethods()) {
        assertThat(isGenerated(method.getReturnType()))
            .as(type.getName() + "." + method.getName())
            .isFalse();
        for (Class<?> parameter : method.getParameterTypes()) {
          assertThat(isGenerated(parameter)).as(type.getName() + "." + method.getName()).isFalse();
        }
      }
    }
  }

  @Test
  void publicTypes_haveNoPublicConstructors() throws IOException {
    for (Class<?> type : apiClasses()) {
      if (Modifier.isPublic(type.getModifiers())) {
        for (Constructor<?> constructor : type.getConstructors()) {
          assertThat(constructor).as(type.getName()).isNull();
        }
      }
    }
  }
}
