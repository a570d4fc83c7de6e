package org.sanctuarypolicy.testkit;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.util.Locale;
import java.util.Map;

/**
 * What a check of the laws found: which laws were checked over how many requests, how many
 * violations of each, and the first few violations of each in words.
 *
 * <p>Immutable and thread-safe. Get one from {@link PolicyLaws}.
 */
public final class LawReport {
  private final ImmutableSet<Law> laws;
  private final long requests;
  private final ImmutableMap<Law, Long> counts;
  private final ImmutableListMultimap<Law, String> examples;

  LawReport(
      ImmutableSet<Law> laws,
      long requests,
      Map<Law, Long> counts,
      ImmutableListMultimap<Law, String> examples) {
    this.laws = laws;
    this.requests = requests;
    this.counts = Maps.immutableEnumMap(counts);
    this.examples = examples;
  }

  /**
   * The laws that were checked, in the design's order.
   *
   * @return the laws
   */
  public ImmutableSet<Law> laws() {
    return laws;
  }

  /**
   * How many requests were checked (not counting the requests derived from them, such as the same
   * request with one more instrument).
   *
   * @return the number of requests
   */
  public long requestsChecked() {
    return requests;
  }

  /**
   * Whether every checked law held on every checked request.
   *
   * @return true when there is no violation
   */
  public boolean holds() {
    return counts.values().stream().allMatch(count -> count == 0);
  }

  /**
   * Whether one law held on every checked request.
   *
   * @param law a checked law
   * @return true when it has no violation
   * @throws IllegalArgumentException when the law was not checked
   */
  public boolean holds(Law law) {
    return violationCount(law) == 0;
  }

  /**
   * How many violations of a law were found.
   *
   * @param law a checked law
   * @return the number of violations
   * @throws IllegalArgumentException when the law was not checked
   */
  public long violationCount(Law law) {
    Long count = counts.get(law);
    Preconditions.checkArgument(count != null, "law: %s was not checked; checked: %s", law, laws);
    return count;
  }

  /**
   * The first violations of a law, in words, each naming the request as a JSON line.
   *
   * @param law a checked law
   * @return at most {@value PolicyLaws#EXAMPLES_PER_LAW} violations; empty when it held
   * @throws IllegalArgumentException when the law was not checked
   */
  public ImmutableList<String> violations(Law law) {
    violationCount(law);
    return examples.get(law);
  }

  /**
   * Throws when a law was violated, with every recorded violation in the message.
   *
   * @throws AssertionError when a checked law does not hold
   */
  public void assertHolds() {
    if (!holds()) {
      throw new AssertionError(toString());
    }
  }

  /**
   * The report in words, as a command-line tool prints it: a first line with the verdict, then one
   * line per checked law with its number, name and {@code holds} or {@code broken} with the count
   * of violations; under a broken law, its statement and the recorded violations, each naming the
   * request as a JSON line.
   *
   * <pre>
   * 1 of 8 laws broken over 16,805,376 requests
   *   law 1 EVERY_REQUEST_DECIDED: holds
   *   ...
   *   law 6 NO_STATUS_TO_IMMIGRATION_AUTHORITIES: broken, 15,360 violations
   *     the law: A bound actor never gets a PERMIT to disclose status information ...
   *     - PERMIT without redacting the status categories: {"requestId":"space-...",...}
   * </pre>
   *
   * @return several lines, without a final line break
   */
  @Override
  public String toString() {
    long broken = laws.stream().filter(law -> violationCount(law) > 0).count();
    StringBuilder out = new StringBuilder();
    if (broken == 0) {
      out.append(laws.size() == 1 ? "the law holds" : "every law holds");
    } else {
      out.append(broken).append(" of ").append(laws.size()).append(" laws broken");
    }
    out.append(" over ").append(String.format(Locale.ROOT, "%,d", requests)).append(" requests");
    for (Law law : laws) {
      long count = violationCount(law);
      out.append("\n  law ").append(law.number()).append(' ').append(law).append(": ");
      if (count == 0) {
        out.append("holds");
        continue;
      }
      out.append("broken, ")
          .append(String.format(Locale.ROOT, "%,d", count))
          .append(count == 1 ? " violation" : " violations");
      out.append("\n    the law: ").append(law.statement());
      for (String example : examples.get(law)) {
        out.append("\n    - ").append(example);
      }
    }
    return out.toString();
  }
}
