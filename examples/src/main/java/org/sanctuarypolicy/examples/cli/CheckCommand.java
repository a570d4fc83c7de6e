package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.Law;
import org.sanctuarypolicy.testkit.LawReport;
import org.sanctuarypolicy.testkit.PolicyLaws;

/**
 * {@code check CATALOG}: reads a catalog, compiles it, and checks every law of the policy over the
 * whole request space, the compiled form against the plain evaluator of the same catalog. Prints
 * each law with its result and, for a broken one, counterexamples. Exit {@link Main#EXIT_OK} when
 * every law holds, {@link Main#EXIT_BROKEN} when one does not, {@link Main#EXIT_INVALID} when the
 * catalog cannot be read.
 */
final class CheckCommand implements Command {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public String arguments() {
    return "CATALOG";
  }

  @Override
  public String summary() {
    return "check the laws of the policy over the whole request space for a catalog ("
        + CatalogArgument.names()
        + ", or a file; - for standard input); print each law and counterexamples; exit 1 when a"
        + " law is broken";
  }

  @Override
  public int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
    try {
      Options options = Options.parse(args, ImmutableSet.of(), ImmutableSet.of(), 1, true);
      if (options.arguments().isEmpty()) {
        throw CliException.usage("a CATALOG is required");
      }
      Policy compiled = CatalogArgument.policy(options.arguments().get(0), in);
      Policy reference = SanctuaryPolicy.unlogged(SanctuaryPolicy.reference(compiled.catalog()));
      LawReport report =
          PolicyLaws.checkExhaustively(compiled, reference, Progress.onTerminal(err, "checking"));
      print(compiled.info(), report, out);
      return report.holds() ? Main.EXIT_OK : Main.EXIT_BROKEN;
    } catch (CliException e) {
      return e.report(this, err);
    }
  }

  private static void print(PolicyInfo info, LawReport report, PrintStream out) {
    out.println("catalog " + info.id() + " " + info.version() + " (" + info.fingerprint() + ")");
    out.println(
        String.format(
            "%,d requests checked: %s",
            report.requestsChecked(), report.holds() ? "every law holds" : "a law is broken"));
    for (Law law : report.laws()) {
      long count = report.violationCount(law);
      out.println(
          "law "
              + law.number()
              + " "
              + law
              + ": "
              + (count == 0 ? "holds" : String.format("BROKEN by %,d requests", count)));
      out.println("    " + law.statement());
      for (String example : report.violations(law)) {
        out.println("    - " + example);
      }
    }
  }
}
