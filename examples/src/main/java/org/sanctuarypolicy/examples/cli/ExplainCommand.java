package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * {@code explain [--json] [CATALOG]}: prints a clause catalog, the built-in one by default, as
 * Markdown for people or, with {@code --json}, as the JSON that {@code check}, {@code diff} and
 * {@code certify --catalog} read: the starting point of an amendment.
 */
final class ExplainCommand implements Command {
  private static final String JSON = "--json";

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String arguments() {
    return "[--json] [CATALOG]";
  }

  @Override
  public String summary() {
    return "print a clause catalog (ids, titles, texts, exceptions, sources, fingerprint) as"
        + " Markdown, or with --json as the JSON an amendment starts from; CATALOG is "
        + CatalogArgument.names()
        + " or a file (default chicago)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options =
          Options.parse(
              args, ImmutableSet.of(JSON), ImmutableSet.of(), ImmutableSet.of(), 1, false);
      boolean json = options.has(JSON);
      String name =
          options.arguments().isEmpty() ? CatalogArgument.BUILT_IN : options.arguments().get(0);
      ClauseCatalog catalog = CatalogArgument.catalog(name, in);
      if (json) {
        out.print(PolicyJson.writeCatalog(catalog));
      } else {
        String markdown = SanctuaryPolicy.explain(SanctuaryPolicy.compile(catalog));
        out.print(markdown);
        if (!markdown.endsWith("\n")) {
          out.print('\n');
        }
      }
      return Main.EXIT_OK;
    } catch (CliException e) {
      return e.report(this, err);
    }
  }
}
