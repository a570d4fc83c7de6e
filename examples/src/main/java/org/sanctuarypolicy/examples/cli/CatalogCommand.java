package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.testkit.ConformanceCatalog;

/**
 * {@code catalog}: prints the conformance catalog, one scenario per line, exactly as {@link
 * ConformanceCatalog#lines()} gives it: {@code
 * {"id":"C-001","title":"...","clauses":[...],"request":{...},"expected":{...}}}.
 *
 * <p>A vendor whose product is not in Java decides each line's {@code request} and hands the
 * observed effects to {@code certify}. With {@code --catalog CATALOG}, the expected decisions are
 * those of another clause catalog ({@link CatalogArgument}), as {@code certify --catalog} expects
 * them.
 */
final class CatalogCommand implements Command {
  @Override
  public String name() {
    return "catalog";
  }

  @Override
  public String arguments() {
    return "[--catalog CATALOG]";
  }

  @Override
  public String summary() {
    return "print the conformance catalog, one scenario per line (id, title, clauses, request,"
        + " expected decision under CATALOG: "
        + CatalogArgument.names()
        + " or a file; default chicago)";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    List<String> lines;
    try {
      Options options =
          Options.parse(args, ImmutableSet.of("--catalog"), ImmutableSet.of(), 0, true);
      Policy policy =
          CatalogArgument.policy(options.get("--catalog").orElse(CatalogArgument.BUILT_IN), in);
      lines = ConformanceCatalog.lines(policy);
    } catch (CliException e) {
      return e.report(this, err);
    }
    for (String line : lines) {
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
