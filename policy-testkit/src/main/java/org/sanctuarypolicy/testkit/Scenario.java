package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Request;

/**
 * One named scenario of the conformance catalog: a realistic municipal situation as a request, the
 * clauses it exercises, and the decision the catalog being certified gives it.
 *
 * <p>Immutable. Get the scenarios from {@link ConformanceCatalog#load()} (the built-in order's
 * decisions) or {@link ConformanceCatalog#load(org.sanctuarypolicy.api.Policy)} (another
 * catalog's).
 */
public final class Scenario {
  private final String id;
  private final String title;
  private final ImmutableList<String> clauses;
  private final Request request;
  private final Decision expected;
  private final String line;
  private final int lineNumber;

  Scenario(
      String id,
      String title,
      ImmutableList<String> clauses,
      Request request,
      Decision expected,
      String line,
      int lineNumber) {
    this.id = id;
    this.title = title;
    this.clauses = clauses;
    this.request = request;
    this.expected = expected;
    this.line = line;
    this.lineNumber = lineNumber;
  }

  /**
   * The scenario id: {@code C-} and three or more digits, for example {@code C-007}.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * What happens, in a sentence: where, who asks, for what.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The ids of the clauses whose findings decide the scenario, in clause order; empty when the
   * catalog does not speak.
   *
   * @return the clause ids
   */
  public ImmutableList<String> clauses() {
    return clauses;
  }

  /**
   * The request; its request id is the scenario id.
   *
   * @return the request
   */
  public Request request() {
    return request;
  }

  /**
   * The decision the catalog being certified gives the request, in full: the built-in order's for
   * the shipped scenarios.
   *
   * @return the decision
   */
  public Decision expected() {
    return expected;
  }

  /**
   * The categories the expected decision withholds: those of its {@code REDACT} obligation.
   *
   * @return the categories; empty when the decision carries no {@code REDACT}
   */
  public ImmutableSet<InformationCategory> expectedRedactions() {
    return Observation.of(expected).redacted();
  }

  /**
   * Whether a product's observation passes this scenario: its effect is the expected effect and,
   * where the expected decision carries {@code REDACT}, it withheld exactly those categories.
   *
   * @param observed what the product did
   * @return true when it passes
   */
  public boolean accepts(Observation observed) {
    return Observation.passes(expected, observed);
  }

  /**
   * The scenario's line of the catalog: as shipped for the built-in order, and with this scenario's
   * clauses and expected decision for another catalog.
   *
   * @return one JSON object, without a line break
   */
  public String line() {
    return line;
  }

  /** The number of the scenario's line in the shipped resource. */
  int lineNumber() {
    return lineNumber;
  }

  /**
   * The same scenario expecting another decision, for the request's id: its clauses become those of
   * the decision's findings, in their order, and its line is written anew.
   */
  Scenario expecting(Decision decision) {
    ImmutableList<String> decided =
        decision.reasons().stream()
            .map(Reason::clause)
            .distinct()
            .collect(ImmutableList.toImmutableList());
    return new Scenario(
        id,
        title,
        decided,
        request,
        decision,
        ConformanceCatalog.line(id, title, decided, request, decision),
        lineNumber);
  }

  @Override
  public String toString() {
    return id + " " + title;
  }
}
