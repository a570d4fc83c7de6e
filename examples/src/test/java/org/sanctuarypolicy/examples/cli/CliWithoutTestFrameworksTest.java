package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.testkit.ConformanceCatalog;
import org.sanctuarypolicy.testkit.Scenario;

/**
 * The tool on a class path without JUnit, jqwik and their helpers, as {@code policy-cli.jar} ships
 * it: {@code catalog}, {@code certify} and the sample vendor product's certification must not need
 * a test framework.
 */
class CliWithoutTestFrameworksTest {
  /** The groups the shaded jar leaves out, as they appear in a Maven repository path. */
  private static final List<String> LEFT_OUT =
      List.of("/org/junit/", "/net/jqwik/", "/org/opentest4j/", "/org/apiguardian/");

  private static URLClassLoader withoutTestFrameworks() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String path = entry.replace(File.separatorChar, '/');
      if (LEFT_OUT.stream().noneMatch(path::contains)) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
  }

  private static String observedLines() {
    StringBuilder lines = new StringBuilder();
    for (Scenario scenario : ConformanceCatalog.load()) {
      lines.append("{\"id\":\"").append(scenario.id()).append("\",\"effect\":\"");
      lines.append(scenario.expected().effect()).append('"');
      if (!scenario.expectedRedactions().isEmpty()) {
        List<String> names = new ArrayList<>();
        scenario.expectedRedactions().forEach(category -> names.add('"' + category.name() + '"'));
        lines.append(",\"redacted\":[").append(String.join(",", names)).append(']');
      }
      lines.append("}\n");
    }
    return lines.toString();
  }

  @Test
  void catalogCertifyAndTheVendorSample_withoutTestFrameworks_run(@TempDir Path dir)
      throws Exception {
    try (URLClassLoader loader = withoutTestFrameworks()) {
      assertThatThrownBy(() -> loader.loadClass("org.junit.jupiter.api.Test"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("net.jqwik.api.Arbitrary"))
          .isInstanceOf(ClassNotFoundException.class);
      Method run =
          loader
              .loadClass(Main.class.getName())
              .getMethod(
                  "run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Object catalog =
          run.invoke(
              null,
              new String[] {"catalog"},
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, false, UTF_8),
              new PrintStream(err, true, UTF_8));
      assertThat(err.toString(UTF_8)).isEmpty();
      assertThat(catalog).isEqualTo(Main.EXIT_OK);
      assertThat(out.toString(UTF_8).lines()).hasSize(ConformanceCatalog.lines().size());

      out.reset();
      Object certify =
          run.invoke(
              null,
              new String[] {"certify", "--observed", "-", "--report", dir.toString()},
              new ByteArrayInputStream(observedLines().getBytes(UTF_8)),
              new PrintStream(out, false, UTF_8),
              new PrintStream(err, true, UTF_8));
      assertThat(err.toString(UTF_8)).isEmpty();
      assertThat(certify).isEqualTo(Main.EXIT_OK);
      assertThat(out.toString(UTF_8)).startsWith("CERTIFIED");

      out.reset();
      Class<?> adapter = loader.loadClass("org.sanctuarypolicy.testkit.CertificationAdapter");
      Class<?> gateway = loader.loadClass("org.sanctuarypolicy.examples.vendor.RecordsGateway");
      Method legacy =
          loader
              .loadClass("org.sanctuarypolicy.examples.vendor.GatewayAdapter")
              .getDeclaredMethod("legacy");
      legacy.setAccessible(true);
      Method certifyGateway =
          gateway.getDeclaredMethod("certify", adapter, String[].class, PrintStream.class);
      certifyGateway.setAccessible(true);
      certifyGateway.invoke(
          null, legacy.invoke(null), new String[0], new PrintStream(out, true, UTF_8));
      assertThat(out.toString(UTF_8)).startsWith("NOT CERTIFIED").contains("C-037");
    }
  }
}
