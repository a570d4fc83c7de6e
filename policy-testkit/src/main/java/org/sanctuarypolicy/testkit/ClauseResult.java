package org.sanctuarypolicy.testkit;

/**
 * One row of a certification report's coverage tables: a clause or an exception of the order, how
 * many scenarios exercise it, and how many of those the product failed.
 *
 * <p>Immutable. Part of a {@link CertificationReport}.
 */
public final class ClauseResult {
  private final String id;
  private final String title;
  private final String text;
  private final int scenarios;
  private final int failures;

  ClauseResult(String id, String title, String text, int scenarios, int failures) {
    this.id = id;
    this.title = title;
    this.text = text;
    this.scenarios = scenarios;
    this.failures = failures;
  }

  /**
   * The clause id ({@code EO-5.1}) or exception id ({@code EO-5.1(a)}); {@value
   * CertificationReport#NOT_GOVERNED} for the scenarios where no clause speaks.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The clause's title (for an exception, its clause's title).
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The plain-language text of the clause or the exception.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * How many scenarios exercise it.
   *
   * @return the number of scenarios
   */
  public int scenarios() {
    return scenarios;
  }

  /**
   * How many of those scenarios the product failed.
   *
   * @return the number of failures
   */
  public int failures() {
    return failures;
  }

  /**
   * Whether at least one scenario exercises it.
   *
   * @return true when covered
   */
  public boolean covered() {
    return scenarios > 0;
  }

  /**
   * Whether the product passed every scenario that exercises it.
   *
   * @return true when none failed
   */
  public boolean passed() {
    return failures == 0;
  }

  /**
   * The row's result as a report prints it.
   *
   * @return {@code PASS}, {@code FAIL} or {@code NOT COVERED}
   */
  public String result() {
    if (!covered()) {
      return "NOT COVERED";
    }
    return passed() ? "PASS" : "FAIL";
  }

  @Override
  public String toString() {
    return id + ": " + result() + " (" + (scenarios - failures) + " of " + scenarios + " passed)";
  }
}
