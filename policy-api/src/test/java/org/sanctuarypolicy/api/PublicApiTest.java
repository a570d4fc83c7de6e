package org.sanctuarypolicy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Immutables-generated class is part of the public API, and no public type has a public
 * constructor.
 */
class PublicApiTest {
  /** Every top-level class of the API package and its nested classes, from the compiled classes. */
  private static List<Class<?>> apiClasses() throws IOException {
    Path root;
    try {
      root = Path.of(Request.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    Path directory = root.resolve(Request.class.getPackageName().replace('.', '/'));
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.startsWith("package-info")) {
          Class<?> type = load(Request.class.getPackageName() + "." + name.replace(".class", ""));
          classes.add(type);
          classes.addAll(List.of(type.getDeclaredClasses()));
        }
      }
    }
    return classes;
  }

  private static Class<?> load(String name) throws IOException {
    try {
      return Class.forName(name, false, Request.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IOException(e);
    }
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

  /** Records excepted: a public record's canonical constructor is public, and it validates. */
  @Test
  void publicTypes_haveNoPublicConstructors() throws IOException {
    for (Class<?> type : apiClasses()) {
      if (Modifier.isPublic(type.getModifiers()) && !type.isRecord()) {
        assertThat(type.getConstructors()).as(type.getName()).isEmpty();
      }
    }
  }
}
