package org.sanctuarypolicy.examples.desk;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;
import org.sanctuarypolicy.record.Verification;

/**
 * Prints a desk's walkthrough: numbered cases, each with its situation, the decision as the
 * employee sees it ({@link Words#explain}) and what the desk did; and, at the end, where the
 * compliance record is and whether it verifies.
 */
public final class Walkthrough {
  private final PrintStream out;
  private int number;

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /** A desk's cases, decided through a recording policy and printed. */
  @FunctionalInterface
  public interface Cases {
    /**
     * Walks through the cases.
     *
     * @param out where to print
     * @param policy the policy the desk asks, recording on its compliance record
     * @param clock the desk's clock
     */
    void walk(PrintStream out, RecordingPolicy policy, Clock clock);
  }

  /**
   * A desk's {@code main}: opens the compliance record named by {@code args} (or a new SQLite
   * file), walks through the desk's cases on standard output, and prints where the record is and
   * whether it verifies. Exits 1 when it does not verify, 2 when given more than one argument.
   *
   * @param args the program's arguments: none, or the record's URL or file path
   * @param desk a short name for the temporary folder, such as {@code "lockup-desk"}
   * @param unit the desk's recording unit
   * @param cases the desk's cases
   * @throws IOException when the temporary folder cannot be made
   */
  public static void main(String[] args, String desk, String unit, Cases cases) throws IOException {
    String url;
    try {
      url = recordUrl(args, desk);
    } catch (IllegalArgumentException e) {
      System.err.println(desk + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    boolean verified;
    try (ComplianceRecord record = ComplianceRecord.open(url)) {
      cases.walk(
          System.out,
          RecordingPolicy.of(SanctuaryPolicy.chicago(), record, unit),
          Clock.systemUTC());
      verified = finish(System.out, url, record);
    }
    if (!verified) {
      System.exit(1);
    }
  }

  /**
   * Where a desk's {@code main} keeps its compliance record: the URL or file path given as its only
   * argument, or else a new SQLite file in a new temporary folder.
   *
   * @param args the program's arguments: none, or the record's URL or file path
   * @param desk a short name for the temporary folder, such as {@code "lockup-desk"}
   * @return a URL or file path for {@link ComplianceRecord#open(String)}
   * @throws IOException when the temporary folder cannot be made
   * @throws IllegalArgumentException when there is more than one argument
   */
  public static String recordUrl(String[] args, String desk) throws IOException {
    checkArgument(
        args.length <= 1,
        "arguments: %s; allowed: none, or the record's URL or file path",
        args.length);
    return args.length == 1
        ? args[0]
        : Files.createTempDirectory(desk + "-").resolve("record.db").toString();
  }

  /**
   * Starts a walkthrough: prints its title, what the desk is, the policy that decides and the
   * record its decisions go on.
   *
   * @param out where to print
   * @param title the desk's name
   * @param introduction one paragraph on what the desk does
   * @param policy the policy the desk asks, recording on the desk's compliance record
   * @return the walkthrough, ready for its first case
   */
  public static Walkthrough start(
      PrintStream out, String title, String introduction, RecordingPolicy policy) {
    out.println("# " + title);
    out.println();
    out.println(introduction);
    out.println(Words.policy(policy));
    out.println(
        "Reportable decisions go on compliance record "
            + policy.record().recordId()
            + " as unit "
            + policy.unit()
            + ", before the desk acts on them.");
    return new Walkthrough(out);
  }

  /**
   * Prints one case.
   *
   * @param title a short title
   * @param situation what happened, in a sentence or two
   * @param decision the policy's decision; empty when it could not be put on the record
   * @param course what the desk made of it
   * @param steps what the desk did, one line each
   */
  public void show(
      String title,
      String situation,
      Optional<Decision> decision,
      Course course,
      List<String> steps) {
    heading(title, situation);
    decision.ifPresentOrElse(
        d -> Words.explain(d).forEach(out::println),
        () ->
            out.println("Decision: none, the request could not be put on the compliance record."));
    out.println("Course: " + course);
    steps(steps);
  }

  /**
   * Prints an event that needs no decision, such as a release under ordinary process, with what the
   * desk did about it.
   *
   * @param title a short title
   * @param situation what happened, in a sentence or two
   * @param steps what the desk did, one line each
   */
  public void event(String title, String situation, List<String> steps) {
    heading(title, situation);
    steps(steps);
  }

  /**
   * Ends a walkthrough: prints where the compliance record is and whether it verifies.
   *
   * @param out where to print
   * @param url where the record was opened
   * @param record the record
   * @return whether the record verifies
   */
  public static boolean finish(PrintStream out, String url, ComplianceRecord record) {
    Verification verification = record.verify();
    out.println();
    out.println("Compliance record: " + url + " (record " + record.recordId() + ").");
    out.println(
        verification.verified()
            ? "It verifies: "
                + verification.entries()
                + (verification.entries() == 1 ? " entry" : " entries")
                + ", every hash and link checks out; the last is entry "
                + verification.headSeq()
                + ", hash "
                + verification.headHash()
                + "."
            : "It does NOT verify: " + verification + ". Tell the Law Department.");
    return verification.verified();
  }

  private void heading(String title, String situation) {
    out.println();
    out.println("## " + ++number + ". " + title);
    out.println();
    out.println(situation);
  }

  private void steps(List<String> steps) {
    out.println("What the desk did:");
    steps.forEach(step -> out.println("  - " + step));
  }
}
