package org.sanctuarypolicy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.json.PolicyJsonException;

/**
 * A catalog named on the command line: {@code chicago} (the built-in catalog in force), the name of
 * a released catalog ({@code chicago-1.0.0}), or a file holding a catalog as JSON ({@code -} for
 * standard input). A file that is not a valid catalog is invalid input, with the JSON pointer of
 * the first problem.
 */
final class CatalogArgument {
  /** The name of the built-in catalog in force. */
  static final String BUILT_IN = "chicago";

  private CatalogArgument() {}

  /** The names a command accepts besides a file, for usage texts. */
  static String names() {
    List<String> names = new ArrayList<>();
    names.add(BUILT_IN);
    names.addAll(PolicyJson.releasedCatalogs());
    return String.join(", ", names);
  }

  /** The catalog named by {@code argument}. */
  static ClauseCatalog catalog(String argument, InputStream in) throws CliException {
    if (argument.equals(BUILT_IN)) {
      return SanctuaryPolicy.chicago().catalog();
    }
    if (PolicyJson.releasedCatalogs().contains(argument)) {
      return PolicyJson.releasedCatalog(argument);
    }
    String shown = Main.printable(argument);
    if (argument.equals("-")) {
      return read("standard input", in);
    }
    Path file;
    try {
      file = Path.of(argument);
    } catch (InvalidPathException e) {
      throw CliException.invalid(
          shown + ": not a file name, and not a catalog name (" + names() + ")");
    }
    if (!Files.isRegularFile(file)) {
      throw CliException.invalid(
          shown + ": no such file, and not a catalog name; allowed: a catalog file or " + names());
    }
    try (InputStream json = Files.newInputStream(file)) {
      return read(shown, json);
    } catch (IOException e) {
      throw CliException.invalid(Main.ioReason(e));
    }
  }

  /**
   * The policy of the catalog named by {@code argument}, compiled and without the decision log: the
   * commands that take a catalog check, compare or certify, and decide for no one.
   */
  static Policy policy(String argument, InputStream in) throws CliException {
    ClauseCatalog catalog = catalog(argument, in);
    Policy policy =
        catalog.equals(SanctuaryPolicy.chicago().catalog())
            ? SanctuaryPolicy.chicago()
            : SanctuaryPolicy.compile(catalog);
    return SanctuaryPolicy.unlogged(policy);
  }

  private static ClauseCatalog read(String source, InputStream json) throws CliException {
    try {
      return PolicyJson.readCatalog(json);
    } catch (PolicyJsonException e) {
      throw CliException.invalid(source + ": not a valid catalog: " + Main.reason(e));
    } catch (UncheckedIOException e) {
      throw CliException.invalid(source + ": " + Main.ioReason(Main.cause(e)));
    }
  }
}
