package org.sanctuarypolicy.examples.cli;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.testkit.Certification;
import org.sanctuarypolicy.testkit.CertificationReport;
import org.sanctuarypolicy.testkit.ObservedLinesException;

/**
 * {@code certify --observed FILE [--catalog CATALOG] [--report DIR]}: certifies a product that is
 * not written in Java from the way it decided the conformance catalog, against the built-in clause
 * catalog or another one ({@link CatalogArgument}): the expected decisions of the scenarios are
 * what that catalog decides.
 *
 * <p>FILE ({@code -} for standard input) holds one line per scenario of the catalog, {@code
 * {"id":"C-001","effect":"DENY"}} plus {@code "redacted":[...]} where the product withheld
 * categories, read by {@link Certification#fromObserved(InputStream)}. The command writes {@code
 * report.json}, {@code report.md} and {@code report.html} into DIR (default: the current directory;
 * created if missing), prints the one-line verdict on standard output, and exits {@link
 * Main#EXIT_OK} when every scenario passed, {@link Main#EXIT_NOT_CERTIFIED} otherwise.
 *
 * <p>Invalid observed lines, a file that cannot be read, a report that cannot be written and a
 * wrong command line exit {@link Main#EXIT_INVALID}, with every problem of the input on standard
 * error, one per line, each with its line number; no report is written then.
 */
final class CertifyCommand implements Command {
  private static final String OBSERVED = "--observed";
  private static final String REPORT = "--report";
  private static final String CATALOG = "--catalog";
  private static final String STDIN = "-";
  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();

  @Override
  public String name() {
    return "certify";
  }

  @Override
  public String arguments() {
    return OBSERVED + " FILE [" + CATALOG + " CATALOG] [" + REPORT + " DIR]";
  }

  @Override
  public String summary() {
    return "certify a product from its decisions of the conformance catalog, one line per"
        + " scenario, in FILE (- for standard input), against the clause catalog CATALOG ("
        + CatalogArgument.names()
        + " or a file; default chicago); write report.json, report.md and report.html into DIR"
        + " (default .); print the verdict";
  }

  @Override
  public int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      int equals = arg.indexOf('=');
      boolean inline = arg.startsWith("--") && equals > 0;
      String name = inline ? arg.substring(0, equals) : arg;
      if (!name.equals(OBSERVED) && !name.equals(REPORT) && !name.equals(CATALOG)) {
        return Main.usageError(
            this,
            (arg.startsWith("-") ? "unknown option: " : "unexpected argument: ")
                + Main.printable(arg),
            err);
      }
      String value;
      if (inline) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        return Main.usageError(this, name + " needs a value", err);
      }
      if (value.isEmpty() || value.startsWith("--")) {
        return Main.usageError(this, name + " needs a value", err);
      }
      if (options.putIfAbsent(name, value) != null) {
        return Main.usageError(this, name + " is given twice", err);
      }
    }
    String observed = options.get(OBSERVED);
    if (observed == null) {
      return Main.usageError(this, OBSERVED + " FILE is required", err);
    }
    String catalogName = options.getOrDefault(CATALOG, CatalogArgument.BUILT_IN);
    if (catalogName.equals(STDIN) && observed.equals(STDIN)) {
      return Main.usageError(
          this, OBSERVED + " and " + CATALOG + " cannot both read standard input", err);
    }
    Policy policy;
    try {
      policy = CatalogArgument.policy(catalogName, stdin);
    } catch (CliException e) {
      return e.report(this, err);
    }
    String reportName = options.getOrDefault(REPORT, ".");
    Path reportDirectory;
    try {
      reportDirectory = Paths.get(reportName);
    } catch (InvalidPathException e) {
      return Main.usageError(
          this, REPORT + ": \"" + Main.printable(reportName) + "\" is not a valid path", err);
    }
    CertificationReport report;
    if (observed.equals(STDIN)) {
      report = certify(stdin, "standard input", policy, err);
    } else {
      Path path;
      try {
        path = Paths.get(observed);
      } catch (InvalidPathException e) {
        return Main.usageError(
            this, OBSERVED + ": \"" + Main.printable(observed) + "\" is not a valid path", err);
      }
      try (InputStream file = Files.newInputStream(path)) {
        report = certify(file, Main.printable(observed), policy, err);
      } catch (NoSuchFileException e) {
        err.println("policy-cli certify: no such file: " + Main.printable(observed));
        return Main.EXIT_INVALID;
      } catch (IOException e) {
        err.println(
            "policy-cli certify: cannot read " + Main.printable(observed) + ": " + reason(e));
        return Main.EXIT_INVALID;
      }
    }
    if (report == null) {
      return Main.EXIT_INVALID;
    }
    try {
      report.writeTo(reportDirectory);
    } catch (IOException e) {
      boolean named =
          e instanceof FileSystemException && ((FileSystemException) e).getFile() != null;
      err.println(
          "policy-cli certify: cannot write the report"
              + (named ? "" : " into " + Main.printable(reportName))
              + ": "
              + reason(e));
      return Main.EXIT_INVALID;
    }
    out.println(report.verdictLine());
    if (out.checkError()) {
      err.println("policy-cli certify: cannot write the output");
      return Main.EXIT_INVALID;
    }
    return report.certified() ? Main.EXIT_OK : Main.EXIT_NOT_CERTIFIED;
  }

  /**
   * Certifies the observed lines; on invalid lines or a read error, reports on {@code err} and
   * returns null.
   */
  private static @Nullable CertificationReport certify(
      InputStream in, String source, Policy policy, PrintStream err) {
    try {
      return Certification.fromObserved(in, policy);
    } catch (ObservedLinesException e) {
      for (String problem : e.problems()) {
        err.println(source + ": " + CONTROL.replaceFrom(problem, '?'));
      }
      List<String> message = Splitter.on('\n').splitToList(Main.message(e));
      String last = message.get(message.size() - 1).trim();
      if (last.startsWith("and ")) {
        err.println(source + ": " + last + " problems");
      }
      err.println("policy-cli certify: " + message.get(0) + "; no report written");
      return null;
    } catch (UncheckedIOException e) {
      err.println("policy-cli certify: cannot read " + source + ": " + reason(Main.cause(e)));
      return null;
    }
  }

  /** An I/O failure in words: the file and the system's reason, or the exception's message. */
  private static String reason(IOException e) {
    return Main.ioReason(e);
  }
}
