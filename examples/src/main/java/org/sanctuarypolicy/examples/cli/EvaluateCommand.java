package org.sanctuarypolicy.examples.cli;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.DecisionWriter;
import org.sanctuarypolicy.json.PolicyJson;
import org.sanctuarypolicy.json.PolicyJsonException;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * {@code evaluate [--record URL --unit CODE] [FILE|-]}: decides the JSON requests in FILE, or on
 * standard input, and prints one decision per line in input order.
 *
 * <p>It streams: one request is read, decided and written at a time, through a buffer flushed at
 * the end, so an input of a million lines is never held in memory. An invalid input gets no
 * decision and one line on standard error per problem, naming its position, line and field; the
 * command goes on with the next input (in an array, malformed JSON ends the input) and exits 2 at
 * the end.
 *
 * <p>With {@code --record URL --unit CODE} (in any order, before FILE), every reportable decision
 * is put on the compliance record before it is printed: see {@link RecordingEvaluation}. When the
 * record cannot be written the command stops and exits {@link Main#EXIT_RECORD_FAILED}.
 */
final class EvaluateCommand implements Command {
  /** How many decisions are written between checks that the output still accepts them. */
  private static final int CHECK_EVERY = 4_096;

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String arguments() {
    return RecordingOptions.SYNOPSIS + " [FILE|-]";
  }

  @Override
  public String summary() {
    return "decide JSON requests (one object, an array, or one object per line) from FILE or"
        + " standard input; print one decision per line. With --record, each reportable"
        + " decision is put on the record for unit CODE before it is printed";
  }

  @Override
  public int run(List<String> args, InputStream stdin, PrintStream out, PrintStream err) {
    Map<String, String> environment = System.getenv();
    Optional<RecordingOptions> recording;
    String source;
    try {
      Options options =
          Options.parse(
              args,
              ImmutableSet.of(RecordUrl.OPTION, RecordingOptions.UNIT),
              ImmutableSet.of(),
              1,
              true);
      recording = RecordingOptions.of(options);
      source = options.arguments().isEmpty() ? "-" : options.arguments().get(0);
      if (recording.isPresent()) {
        // Checked before the input is read, so that a wrong URL stops the command at once.
        RecordUrl.check(recording.get().url(), true, environment);
      }
    } catch (CliException e) {
      return e.report(this, err);
    }
    if (source.equals("-")) {
      return evaluate(stdin, "standard input", recording, environment, out, err);
    }
    Path path;
    try {
      path = Paths.get(source);
    } catch (InvalidPathException e) {
      return Main.usageError(this, "\"" + Main.printable(source) + "\" is not a valid path", err);
    }
    try (InputStream file = Files.newInputStream(path)) {
      return evaluate(file, source, recording, environment, out, err);
    } catch (NoSuchFileException e) {
      err.println("policy-cli evaluate: no such file: " + Main.printable(source));
      return Main.EXIT_INVALID;
    } catch (IOException e) {
      err.println(
          "policy-cli evaluate: cannot read " + Main.printable(source) + ": " + Main.reason(e));
      return Main.EXIT_INVALID;
    }
  }

  private int evaluate(
      InputStream in,
      String source,
      Optional<RecordingOptions> recording,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err) {
    if (recording.isEmpty()) {
      return evaluate(in, source, out, err);
    }
    RecordingPolicy policy;
    try {
      policy = recording.get().open(environment);
    } catch (CliException e) {
      return e.report(this, err);
    }
    try {
      return RecordingEvaluation.run(policy, in, source, out, err);
    } finally {
      policy.record().close();
    }
  }

  private static int evaluate(InputStream in, String source, PrintStream out, PrintStream err) {
    Policy policy = SanctuaryPolicy.chicago();
    DecisionWriter writer = PolicyJson.decisionWriter(new BufferedOutputStream(out, 1 << 16));
    long inputs = 0;
    long invalid = 0;
    try {
      Iterator<Request> requests = PolicyJson.readRequests(in);
      while (requests.hasNext()) {
        inputs++;
        Request request;
        try {
          request = requests.next();
        } catch (PolicyJsonException e) {
          invalid++;
          e.messages().forEach(err::println);
          continue;
        }
        writer.write(policy.evaluate(request));
        if (inputs % CHECK_EVERY == 0 && outputFailed(writer, out)) {
          return ClosedPipe.outputFailed(
              err, "policy-cli evaluate: cannot write the output; stopped after input " + inputs);
        }
      }
      writer.flush();
    } catch (UncheckedIOException e) {
      flushQuietly(writer);
      err.println(
          "policy-cli evaluate: cannot read "
              + Main.printable(source)
              + ": "
              + Main.reason(Main.cause(e)));
      return Main.EXIT_INVALID;
    } catch (IOException e) {
      return ClosedPipe.outputFailed(
          err, "policy-cli evaluate: cannot write the output: " + Main.reason(e));
    }
    if (out.checkError()) {
      return ClosedPipe.outputFailed(err, "policy-cli evaluate: cannot write the output");
    }
    if (invalid > 0) {
      err.println(
          "policy-cli evaluate: "
              + invalid
              + " of "
              + inputs
              + (inputs == 1 ? " input " : " inputs ")
              + (invalid == 1 ? "was" : "were")
              + " invalid and got no decision");
      return Main.EXIT_INVALID;
    }
    return Main.EXIT_OK;
  }

  /**
   * Whether the output refuses bytes, for example a closed pipe: then there is no point going on.
   */
  private static boolean outputFailed(DecisionWriter writer, PrintStream out) throws IOException {
    writer.flush();
    return out.checkError();
  }

  private static void flushQuietly(DecisionWriter writer) {
    try {
      writer.flush();
    } catch (IOException e) {
      // The read error is the one to report.
    }
  }
}
