package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSet;
import com.google.common.io.MoreFiles;
import com.google.common.io.RecursiveDeleteOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.testkit.PolicyArbitraries;

/**
 * Random requests decided and recorded through a {@link RecordingPolicy}, at random times around
 * the first quarter of 2026 and by two units, then random outcomes: every count of the three
 * reports equals the count recomputed here, from the requests, decisions, times and outcomes this
 * test handed over (DESIGN section 11, Reports), never from the report's own code; and the CSV has
 * one row per listed entry.
 */
class ReportProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final List<String> UNITS = List.of(Fixtures.UNIT, "DFSS-DESK-1");
  private static final List<String> AGENCIES =
      List.of("ICE-ERO-CHICAGO", "COOK-COUNTY-SHERIFF", "USMS-NDIL");

  /** From 2025-12-31 00:00 UTC, a span that crosses both ends of 2026-Q1 in Chicago. */
  private static final Instant START = Instant.parse("2025-12-31T00:00:00Z");

  private static final long SPAN_MINUTES = 93L * 24 * 60;

  private Path dir;

  @BeforeProperty
  void createDirectory() throws IOException {
    dir = Files.createTempDirectory("report-properties");
  }

  @AfterProperty
  void deleteDirectory() throws IOException {
    MoreFiles.deleteRecursively(dir, RecursiveDeleteOption.ALLOW_INSECURE);
  }

  /** A request, the minute after {@link #START} at which it is decided, and its unit. */
  record Step(Request request, long minute, int unit, boolean everyDecision) {}

  /** An outcome for the decision picked by {@code pick}, recorded some minutes after the last. */
  record OutcomeStep(int pick, OutcomeType type, Counterparty to, int agency, long minutesLater) {}

  /** What this test handed to the record about one DECISION entry. */
  record Decided(
      long seq, Request request, Decision decision, Nexus nexus, Instant at, String unit) {}

  /** What this test handed to the record about one OUTCOME entry. */
  record Happened(long seq, long decisionSeq, OutcomeType type, Optional<String> agency) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    // Every well-formed request, with more of the rare ones the parts are defined by: emergency
    // help (an EO-4.1 finding with nexus NONE), facilities, and papers.
    Arbitrary<Request> requests =
        Arbitraries.frequencyOf(
            Tuple.of(6, PolicyArbitraries.requests()),
            Tuple.of(1, PolicyArbitraries.requests(Action.PROVIDE_FACILITY)),
            Tuple.of(
                1,
                PolicyArbitraries.requests(Action.COMMIT_RESOURCES)
                    .map(r -> Request.builderFrom(r).purpose(Purpose.EMERGENCY_RESPONSE).build())),
            Tuple.of(
                1,
                Combinators.combine(
                        PolicyArbitraries.requests(),
                        Arbitraries.of(
                            Authority.IMMIGRATION_DETAINER, Authority.ADMINISTRATIVE_WARRANT))
                    .as(
                        (r, paper) ->
                            Request.builderFrom(r)
                                .authorities(
                                    ImmutableSet.<Authority>builder()
                                        .addAll(r.authorities())
                                        .add(paper)
                                        .build())
                                .build())));
    Arbitrary<Step> step =
        Combinators.combine(
                requests,
                Arbitraries.longs().between(0, SPAN_MINUTES),
                Arbitraries.integers().between(0, UNITS.size() - 1),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<OutcomeStep>> outcomes() {
    Arbitrary<OutcomeStep> outcome =
        Combinators.combine(
                Arbitraries.integers().between(0, 1_000),
                Arbitraries.of(OutcomeType.class),
                Arbitraries.of(Counterparty.class),
                Arbitraries.integers().between(0, AGENCIES.size() - 1),
                Arbitraries.longs().between(0, 60L * 24 * 40))
            .as(OutcomeStep::new);
    return outcome.list().ofMaxSize(20);
  }

  @Provide
  Arbitrary<Set<String>> unitFilters() {
    return Arbitraries.of(Set.of(), Set.of(UNITS.get(0)), Set.of(UNITS.get(1)), Set.copyOf(UNITS));
  }

  @Property(tries = 30)
  void report_randomRecord_countsEqualThoseRecomputedFromFirstPrinciples(
      @ForAll("steps") List<Step> steps,
      @ForAll("outcomes") List<OutcomeStep> outcomeSteps,
      @ForAll("unitFilters") Set<String> units)
      throws IOException {
    Path tryDir = Files.createTempDirectory(dir, "try");
    try {
      recordAndCheck(tryDir, steps, outcomeSteps, units);
    } finally {
      MoreFiles.deleteRecursively(tryDir, RecursiveDeleteOption.ALLOW_INSECURE);
    }
  }

  private static void recordAndCheck(
      Path tryDir, List<Step> steps, List<OutcomeStep> outcomeSteps, Set<String> units)
      throws IOException {
    TestClock clock = new TestClock(START);
    List<Decided> decided = new ArrayList<>();
    List<Happened> happened = new ArrayList<>();
    try (ComplianceRecord record =
        ComplianceRecord.open(Store.sqlite("jdbc:sqlite:" + tryDir.resolve("record.db")), clock)) {
      List<Step> inTimeOrder =
          steps.stream().sorted(Comparator.comparingLong(Step::minute)).toList();
      Instant last = START;
      for (Step step : inTimeOrder) {
        last = START.plusSeconds(60 * step.minute());
        clock.set(last);
        RecordingPolicy policy =
            RecordingPolicy.of(Fixtures.CHICAGO, record, UNITS.get(step.unit()));
        Recorded recorded =
            (step.everyDecision() ? policy.recordingEveryDecision() : policy)
                .decide(step.request());
        if (recorded.seq().isPresent()) {
          decided.add(
              new Decided(
                  recorded.seq().getAsLong(),
                  step.request(),
                  recorded.decision(),
                  Fixtures.CHICAGO.nexus(step.request()),
                  last,
                  UNITS.get(step.unit())));
        }
      }
      for (OutcomeStep step : outcomeSteps) {
        if (decided.isEmpty()) {
          break;
        }
        long decisionSeq = decided.get(step.pick() % decided.size()).seq();
        last = last.plusSeconds(60 * step.minutesLater());
        clock.set(last);
        Outcome outcome =
            step.type() == OutcomeType.TRANSFERRED
                ? Outcome.transferred(decisionSeq, step.to(), AGENCIES.get(step.agency()))
                : Outcome.of(decisionSeq, step.type());
        long seq = record.recordOutcome(outcome);
        happened.add(new Happened(seq, decisionSeq, step.type(), outcome.agency()));
      }

      Expected expected = new Expected(decided, happened, units);
      long listed = 0;
      for (ReportKind kind : ReportKind.values()) {
        Period period = Period.parse(kind == ReportKind.ANNUAL ? "2026" : "2026-Q1");
        Report report = record.report(kind, period, units);
        List<Path> files = report.writeTo(tryDir.resolve(kind.name()));
        JsonNode json = JSON.readTree(Files.readString(files.get(0), StandardCharsets.UTF_8));
        assertThat(json).isEqualTo(JSON.readTree(report.toJson()));
        listed = expected.check(kind, period, json);
        List<String> csv = Files.readAllLines(files.get(1), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(1 + (int) listed);
      }
    }
  }

  /** The reports' counts, recomputed from what the test recorded. */
  private static final class Expected {
    private final List<Decided> decided;
    private final List<Happened> happened;
    private final Set<String> units;

    Expected(List<Decided> decided, List<Happened> happened, Set<String> units) {
      this.decided = decided;
      this.happened = happened;
      this.units = units;
    }

    /** Checks every part of the report; returns how many entries the report lists in all. */
    long check(ReportKind kind, Period period, JsonNode json) {
      List<Decided> covered =
          decided.stream()
              .filter(d -> inPeriod(d.at(), period))
              .filter(d -> units.isEmpty() || units.contains(d.unit()))
              .toList();
      Predicate<Decided> assistance =
          d ->
              d.nexus() == Nexus.CONFIRMED
                  || d.nexus() == Nexus.PRESUMED
                  || d.decision().reasons().stream().anyMatch(r -> r.clause().equals("EO-4.1"));
      Predicate<Decided> unestablished =
          d -> d.nexus() == Nexus.CLAIMED || d.nexus() == Nexus.UNDETERMINED;
      Predicate<Decided> detainer =
          d ->
              d.request().authorities().contains(Authority.IMMIGRATION_DETAINER)
                  || d.request().authorities().contains(Authority.ADMINISTRATIVE_WARRANT);
      Set<Counterparty> dhs =
          EnumSet.of(
              Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
              Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS,
              Counterparty.FEDERAL_IMMIGRATION_BENEFITS);
      Predicate<Decided> request =
          d ->
              (dhs.contains(d.request().counterparty())
                      || d.request().purpose() == Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                  && (d.nexus() != Nexus.NONE
                      || d.decision().reasons().stream()
                          .anyMatch(r -> r.clause().equals("EO-4.1")));
      Predicate<Decided> property =
          d -> d.request().action() == Action.PROVIDE_FACILITY && d.nexus() != Nexus.NONE;

      long listed = 0;
      switch (kind) {
        case QUARTERLY:
          listed += checkPart(json.get("assistance"), covered, assistance);
          assertCounts(
              json.get("assistance").get("byAction"),
              tally(
                  Action.values(), covered, assistance, d -> List.of(d.request().action().name())));
          listed += checkPart(json.get("unestablished"), covered, unestablished);
          listed += checkDetainers(json.get("detainers"), covered, detainer);
          assertThat(json.has("requests")).isFalse();
          break;
        case ANNUAL:
          listed += checkPart(json.get("requests"), covered, request);
          assertCounts(
              json.get("requests").get("byNexus"),
              tally(Nexus.values(), covered, request, d -> List.of(d.nexus().name())));
          List<String> latestKeys = new ArrayList<>();
          for (OutcomeType type : OutcomeType.values()) {
            latestKeys.add(type.name());
          }
          latestKeys.add("NONE");
          assertCounts(
              json.get("requests").get("outcomes"),
              tally(
                  latestKeys,
                  covered,
                  request,
                  d -> List.of(latest(d, EnumSet.allOf(OutcomeType.class)))));
          listed += checkDetainers(json.get("detainers"), covered, detainer);
          break;
        case PROPERTY:
          listed += checkPart(json.get("property"), covered, property);
          assertCounts(
              json.get("property").get("byArea"),
              tally(
                  FacilityArea.values(),
                  covered,
                  property,
                  d -> d.request().facilityArea().map(Enum::name).stream().toList()));
          break;
      }
      return listed;
    }

    /** Checks the total, the entries listed by seq and the counts by effect where there are. */
    private long checkPart(JsonNode part, List<Decided> covered, Predicate<Decided> definition) {
      List<Long> seqs = covered.stream().filter(definition).map(Decided::seq).sorted().toList();
      List<Long> listed = new ArrayList<>();
      part.get("entries").forEach(entry -> listed.add(entry.get("seq").longValue()));
      assertThat(part.get("total").longValue()).isEqualTo(seqs.size());
      assertThat(listed).isEqualTo(seqs);
      if (part.has("byEffect")) {
        assertCounts(
            part.get("byEffect"),
            tally(
                Effect.values(), covered, definition, d -> List.of(d.decision().effect().name())));
      }
      return seqs.size();
    }

    private long checkDetainers(
        JsonNode part, List<Decided> covered, Predicate<Decided> definition) {
      long listed = checkPart(part, covered, definition);
      Set<OutcomeType> releaseOrTransfer =
          EnumSet.of(OutcomeType.RELEASED, OutcomeType.TRANSFERRED);
      assertCounts(
          part.get("byInstrument"),
          tally(
              List.of("IMMIGRATION_DETAINER", "ADMINISTRATIVE_WARRANT"),
              covered,
              definition,
              d ->
                  d.request().authorities().stream()
                      .map(Enum::name)
                      .filter(
                          a ->
                              a.equals("IMMIGRATION_DETAINER")
                                  || a.equals("ADMINISTRATIVE_WARRANT"))
                      .toList()));
      assertCounts(
          part.get("outcomes"),
          tally(
              List.of("RELEASED", "TRANSFERRED", "NONE"),
              covered,
              definition,
              d -> List.of(latest(d, releaseOrTransfer))));
      Map<String, Long> byAgency = new TreeMap<>();
      for (Decided d : covered) {
        if (!definition.test(d)) {
          continue;
        }
        Optional<Happened> last = latestOutcome(d, releaseOrTransfer);
        if (last.isPresent() && last.get().type() == OutcomeType.TRANSFERRED) {
          byAgency.merge(last.get().agency().orElseThrow(), 1L, Long::sum);
        }
      }
      assertCounts(part.get("transfersByAgency"), byAgency);
      return listed;
    }

    /** The type of the last outcome of one of {@code types} naming {@code d}, or NONE. */
    private String latest(Decided d, Set<OutcomeType> types) {
      return latestOutcome(d, types).map(h -> h.type().name()).orElse("NONE");
    }

    private Optional<Happened> latestOutcome(Decided d, Set<OutcomeType> types) {
      return happened.stream()
          .filter(h -> h.decisionSeq() == d.seq() && types.contains(h.type()))
          .max(Comparator.comparingLong(Happened::seq));
    }

    private static boolean inPeriod(Instant at, Period period) {
      LocalDate date = at.atZone(CHICAGO).toLocalDate();
      return !date.isBefore(period.first()) && !date.isAfter(period.last());
    }

    private static Map<String, Long> tally(
        Enum<?>[] keys,
        List<Decided> covered,
        Predicate<Decided> definition,
        Function<Decided, List<String>> keysOf) {
      return tally(
          Arrays.stream(keys).map(Enum::name).collect(Collectors.toList()),
          covered,
          definition,
          keysOf);
    }

    /** Counts by key, every key present (0 included), in the order given. */
    private static Map<String, Long> tally(
        List<String> keys,
        List<Decided> covered,
        Predicate<Decided> definition,
        Function<Decided, List<String>> keysOf) {
      Map<String, Long> counts = new LinkedHashMap<>();
      keys.forEach(key -> counts.put(key, 0L));
      covered.stream()
          .filter(definition)
          .flatMap(d -> keysOf.apply(d).stream())
          .forEach(key -> counts.merge(key, 1L, Long::sum));
      return counts;
    }

    /** The JSON object of counts holds exactly {@code expected}, in its order. */
    private static void assertCounts(JsonNode node, Map<String, Long> expected) {
      assertThat(List.copyOf(counts(node).entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
    }

    /** A JSON object of counts, in its order. */
    private static Map<String, Long> counts(JsonNode node) {
      Map<String, Long> counts = new LinkedHashMap<>();
      node.properties().forEach(field -> counts.put(field.getKey(), field.getValue().longValue()));
      return counts;
    }
  }
}
