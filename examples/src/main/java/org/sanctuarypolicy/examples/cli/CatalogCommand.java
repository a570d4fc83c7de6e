package org.sanctuarypolicy.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.testkit.ConformanceCatalog;

/**
 * {@code catalog}: prints the conformance catalog, one scenario per line, exactly as {@link
 * ConformanceCatalog#lines()} gives it: {@code
 * {"id":"C-001","title":"...","clauses":[...],"request":{...},"expected":{...}}}.
 *
 * <p>A vendor whose product is not in Java decides each line's {@code request} and hands the
 * observed effects to {@code certify}.
 */
final class CatalogCommand implements Command {
  @Override
  public String name() {
    return "catalog";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "print the conformance catalog, one scenario per line (id, title, clauses, request,"
        + " expected decision)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      return Main.usageError(this, "takes no arguments", err);
    }
    for (String line : ConformanceCatalog.lines()) {
      out.print(line);
      out.print('\n');
    }
    if (out.checkError()) {
      err.println("policy-cli catalog: cannot write the output");
      return Main.EXIT_INVALID;
    }
    return Main.EXIT_OK;
  }
}
