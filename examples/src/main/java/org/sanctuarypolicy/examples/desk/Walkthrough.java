package org.sanctuarypolicy.examples.desk;

import java.io.PrintStream;
import java.util.List;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;

/**
 * Prints a desk's walkthrough: numbered cases, each with its situation, the decision as the
 * employee sees it ({@link Words#explain}) and what the desk did.
 */
public final class Walkthrough {
  private final PrintStream out;
  private int number;

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /**
   * Starts a walkthrough: prints its title, what the desk is, and the policy that decides.
   *
   * @param out where to print
   * @param title the desk's name
   * @param introduction one paragraph on what the desk does
   * @param policy the policy the desk asks
   * @return the walkthrough, ready for its first case
   */
  public static Walkthrough start(
      PrintStream out, String title, String introduction, Policy policy) {
    out.println("# " + title);
    out.println();
    out.println(introduction);
    out.println(Words.policy(policy));
    return new Walkthrough(out);
  }

  /**
   * Prints one case.
   *
   * @param title a short title
   * @param situation what happened, in a sentence or two
   * @param decision the policy's decision
   * @param course what the desk made of it
   * @param steps what the desk did, one line each
   */
  public void show(
      String title, String situation, Decision decision, Course course, List<String> steps) {
    out.println();
    out.println("## " + ++number + ". " + title);
    out.println();
    out.println(situation);
    Words.explain(decision).forEach(out::println);
    out.println("Course: " + course);
    out.println("What the desk did:");
    steps.forEach(step -> out.println("  - " + step));
  }
}
