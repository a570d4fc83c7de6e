package org.sanctuarypolicy.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.json.PolicyJson;

/**
 * The conformance catalog: named, realistic scenarios (a records desk, a lockup, dispatch, a
 * facilities office, a shelter, city contractors, sister agencies, a benefits office, the city's
 * lawyers, consulates, courts, the 311 data platform...), each with the full decision the order
 * gives it. Every clause and every exception of the order is exercised by at least two scenarios.
 *
 * <p>The catalog ships in this jar as the resource {@value #RESOURCE}, one scenario per line:
 *
 * <pre>{@code
 * {"id":"C-001","title":"...","clauses":["EO-1","EO-2.1"],"request":{...},"expected":{...}}
 * }</pre>
 *
 * <p>where {@code request} and {@code expected} are a request and a decision as {@link PolicyJson}
 * writes them; a request's id is its scenario's id. Scenario ids are stable: a new scenario gets a
 * new id at the end, and an id is never reused.
 *
 * <p>The expected decisions are the built-in order's. To certify a product against another catalog,
 * {@link #load(Policy)} gives the same scenarios with the decisions of that catalog.
 *
 * <p>Loaded once, on first use; the lists are immutable and shared.
 */
public final class ConformanceCatalog {
  /** Where the catalog lies on the class path. */
  public static final String RESOURCE = "/org/sanctuarypolicy/testkit/conformance-catalog.jsonl";

  private static final ImmutableSet<String> FIELDS =
      ImmutableSet.of("id", "title", "clauses", "request", "expected");

  private ConformanceCatalog() {}

  /** Loaded on first use, by the class-holder idiom. */
  private static final class Loaded {
    static final ImmutableList<String> LINES = readLines();
    static final ImmutableList<Scenario> SCENARIOS = parse(LINES);
  }

  /**
   * The scenarios, in id order.
   *
   * @return the scenarios
   */
  public static ImmutableList<Scenario> load() {
    return Loaded.SCENARIOS;
  }

  /**
   * The scenarios expecting the decisions of another catalog: the same ids, titles and requests as
   * {@link #load()}, each expected decision what {@code policy} decides for the scenario's request,
   * and each scenario's clauses those of that decision's findings. A request the catalog does not
   * govern is still a scenario: it is expected to be permitted, not governed. The built-in order
   * gives the shipped scenarios again.
   *
   * @param policy the policy of the catalog, such as {@code SanctuaryPolicy.compile(catalog)};
   *     evaluated without the decision log
   * @return the scenarios, in id order
   * @throws IllegalArgumentException when the policy decides a request for another request id
   */
  public static ImmutableList<Scenario> load(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    Policy quiet = SanctuaryPolicy.unlogged(Objects.requireNonNull(policy, "policy"));
    ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
    for (Scenario scenario : load()) {
      Decision decision = quiet.evaluate(scenario.request());
      if (!decision.requestId().equals(scenario.id())) {
        throw new IllegalArgumentException(
            "policy: decided the request of scenario "
                + scenario.id()
                + " for request id \""
                + decision.requestId()
                + "\"; a decision must echo its request's id");
      }
      scenarios.add(scenario.expecting(decision));
    }
    return scenarios.build();
  }

  /**
   * The catalog's lines as shipped, in order, for a tool that prints or serves the catalog.
   *
   * @return one JSON object per scenario, without line breaks
   */
  public static ImmutableList<String> lines() {
    return Loaded.LINES;
  }

  /**
   * The catalog's lines expecting the decisions of another catalog, in order: the lines of {@link
   * #load(Policy)}'s scenarios, in the shipped form.
   *
   * @param policy the policy of the catalog; evaluated without the decision log
   * @return one JSON object per scenario, without line breaks
   */
  public static ImmutableList<String> lines(Policy policy) {
    Objects.requireNonNull(policy, "policy");
    return load(policy).stream().map(Scenario::line).collect(ImmutableList.toImmutableList());
  }

  /**
   * The scenario with the given id.
   *
   * @param id a scenario id, such as {@code C-001}
   * @return the scenario, or empty
   */
  public static Optional<Scenario> scenario(String id) {
    Objects.requireNonNull(id, "id");
    return load().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The policy whose decisions the shipped catalog expects, the built-in order: its id, version and
   * fingerprint.
   *
   * @return the policy's identity
   */
  public static PolicyInfo policy() {
    return load().get(0).expected().policy();
  }

  /** A scenario's line, in the shipped form. */
  static String line(
      String id, String title, List<String> clauses, Request request, Decision expected) {
    try {
      return "{\"id\":"
          + Json.COMPACT.writeValueAsString(id)
          + ",\"title\":"
          + Json.COMPACT.writeValueAsString(title)
          + ",\"clauses\":"
          + Json.COMPACT.writeValueAsString(clauses)
          + ",\"request\":"
          + PolicyJson.write(request)
          + ",\"expected\":"
          + PolicyJson.write(expected)
          + "}";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the line of scenario " + id, e);
    }
  }

  private static ImmutableList<String> readLines() {
    URL url = ConformanceCatalog.class.getResource(RESOURCE);
    if (url == null) {
      throw new IllegalStateException(
          "the conformance catalog " + RESOURCE + " is not on the class path");
    }
    try {
      String text = Resources.toString(url, StandardCharsets.UTF_8);
      List<String> lines = Splitter.on('\n').omitEmptyStrings().splitToList(text);
      return ImmutableList.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the conformance catalog " + RESOURCE, e);
    }
  }

  /** Parses the lines; the catalog is ours, so a defect is an error, not bad input. */
  static ImmutableList<Scenario> parse(List<String> lines) {
    ImmutableList.Builder<Scenario> scenarios = ImmutableList.builder();
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (String line : lines) {
      number++;
      try {
        Scenario scenario = parse(line, number);
        if (!ids.add(scenario.id())) {
          throw new IllegalArgumentException("duplicate id " + scenario.id());
        }
        scenarios.add(scenario);
      } catch (IllegalArgumentException | JsonProcessingException e) {
        throw new IllegalStateException(
            "the conformance catalog "
                + RESOURCE
                + " is corrupt: line "
                + number
                + ": "
                + e.getMessage(),
            e);
      }
    }
    ImmutableList<Scenario> all = scenarios.build();
    if (all.isEmpty()) {
      throw new IllegalStateException("the conformance catalog " + RESOURCE + " is empty");
    }
    return all;
  }

  private static Scenario parse(String line, int number) throws JsonProcessingException {
    JsonNode node = Json.STRICT.readTree(line);
    if (!node.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    ImmutableSet<String> names = ImmutableSet.copyOf(node.fieldNames());
    if (!names.equals(FIELDS)) {
      throw new IllegalArgumentException("fields " + names + "; expected " + FIELDS);
    }
    String id = Json.text(node, "id");
    ImmutableList.Builder<String> clauses = ImmutableList.builder();
    for (JsonNode clause : node.get("clauses")) {
      clauses.add(clause.textValue());
    }
    Scenario scenario =
        new Scenario(
            id,
            Json.text(node, "title"),
            clauses.build(),
            PolicyJson.parseRequest(node.get("request")),
            PolicyJson.parseDecision(node.get("expected")),
            line,
            number);
    if (!scenario.request().requestId().equals(id)) {
      throw new IllegalArgumentException(
          "request id " + scenario.request().requestId() + " is not " + id);
    }
    return scenario;
  }
}
