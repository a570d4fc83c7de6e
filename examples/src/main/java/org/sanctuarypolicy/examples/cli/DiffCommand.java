package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.testkit.CatalogDiff;

/**
 * {@code diff OLD NEW [--json]}: which requests of the whole request space two catalogs decide
 * differently, exactly: the count per change of effect, the changed requests as regions a lawyer
 * can read, and the count of requests whose effect is the same but whose obligations or reasons
 * changed. Two catalogs with the same id and version but different contents are refused: one of
 * them was changed without a new version.
 */
final class DiffCommand implements Command {
  private static final String JSON = "--json";

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public String arguments() {
    return "OLD NEW [--json]";
  }

  @Override
  public String summary() {
    return "compare two catalogs ("
        + CatalogArgument.names()
        + ", or files) over the whole request space: the count per change of effect, the changed"
        + " requests as regions, and the requests whose obligations or reasons alone changed;"
        + " --json prints one JSON object";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options =
          Options.parse(
              args, ImmutableSet.of(JSON), ImmutableSet.of(), ImmutableSet.of(), 2, false);
      if (options.arguments().size() != 2) {
        throw CliException.usage("OLD and NEW catalogs are required");
      }
      Policy old = CatalogArgument.policy(options.arguments().get(0), in);
      Policy updated = CatalogArgument.policy(options.arguments().get(1), in);
      PolicyInfo was = old.info();
      PolicyInfo now = updated.info();
      if (was.id().equals(now.id())
          && was.version().equals(now.version())
          && !was.fingerprint().equals(now.fingerprint())) {
        throw CliException.invalid(
            "both catalogs are "
                + was.id()
                + " "
                + was.version()
                + " but their contents differ ("
                + was.fingerprint()
                + ", "
                + now.fingerprint()
                + "); allowed: a changed catalog with a new version");
      }
      CatalogDiff diff = CatalogDiff.between(old, updated, Progress.onTerminal(err, "comparing"));
      out.print(options.has(JSON) ? diff.toJson() + "\n" : diff.toText());
      return Main.EXIT_OK;
    } catch (CliException e) {
      return e.report(this, err);
    }
  }
}
