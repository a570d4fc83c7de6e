package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;

/**
 * Observed lines that cannot be certified: malformed JSON, an unknown field, an unknown or repeated
 * scenario id, a bad effect or category. The message lists every problem found, each with its line
 * number; {@link #problems()} gives them as data.
 *
 * <p>A scenario that is simply missing from the lines is not an error: it fails the certification.
 */
public final class ObservedLinesException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems found, in line order. */
  private final ImmutableList<String> problems;

  ObservedLinesException(ImmutableList<String> problems, int more) {
    super(message(problems, more));
    this.problems = problems;
  }

  private static String message(ImmutableList<String> problems, int more) {
    int total = problems.size() + more;
    StringBuilder out =
        new StringBuilder("the observed lines are invalid: ")
            .append(total)
            .append(total == 1 ? " problem" : " problems");
    problems.forEach(problem -> out.append("\n  ").append(problem));
    if (more > 0) {
      out.append("\n  and ").append(more).append(" more");
    }
    return out.toString();
  }

  /**
   * The problems found, each starting with its line number ({@code line 3: ...}); at most the first
   * hundred.
   *
   * @return the problems
   */
  public ImmutableList<String> problems() {
    return problems;
  }
}
