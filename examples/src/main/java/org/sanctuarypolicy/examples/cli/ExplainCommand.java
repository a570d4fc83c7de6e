package org.sanctuarypolicy.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** {@code explain}: prints the whole clause catalog of the Chicago order as Markdown. */
final class ExplainCommand implements Command {
  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "print the clause catalog (ids, titles, texts, exceptions, sources, fingerprint) as"
        + " Markdown";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      return Main.usageError(this, "takes no arguments", err);
    }
    String markdown = SanctuaryPolicy.explain(SanctuaryPolicy.chicago());
    out.print(markdown);
    if (!markdown.endsWith("\n")) {
      out.print('\n');
    }
    return Main.EXIT_OK;
  }
}
