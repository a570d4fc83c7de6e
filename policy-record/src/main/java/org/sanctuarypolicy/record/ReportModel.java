package org.sanctuarypolicy.record;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Purpose;

/**
 * What one report says, computed once from the entries of a verified record: the facts that
 * identify the record and the period, and the report's parts with their counts and listed entries.
 * {@link ReportWriter} renders it as JSON, CSV, Markdown and HTML.
 *
 * <p>Only categories, unit and agency codes, times, sequence numbers and clause ids reach the
 * model's output: request ids stay in the record.
 */
final class ReportModel {
  /** The city's zone, in which periods are read unless told otherwise. */
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /** The value a release-or-transfer tally counts when there was neither. */
  static final String NONE = "NONE";

  private static final ImmutableList<String> RELEASE_OR_TRANSFER =
      ImmutableList.of(OutcomeType.RELEASED.name(), OutcomeType.TRANSFERRED.name(), NONE);

  private static final ImmutableList<Authority> PAPERS =
      ImmutableList.of(Authority.IMMIGRATION_DETAINER, Authority.ADMINISTRATIVE_WARRANT);

  /** A column of a part's list of entries: its name in JSON and CSV, and its heading in words. */
  enum Column {
    SEQ("seq", "Seq"),
    RECORDED_AT("recordedAt", "Recorded (local time)"),
    RECEIVED("received", "Date received"),
    UNIT("unit", "Unit"),
    ACTION("action", "Action"),
    COUNTERPARTY("counterparty", "Counterparty"),
    PURPOSE("purpose", "Stated purpose"),
    INSTRUMENTS("instruments", "Instruments presented"),
    AREA("area", "Area"),
    NEXUS("nexus", "Nexus"),
    EFFECT("effect", "Decision"),
    CLAUSES("clauses", "Clauses (exceptions)"),
    BAIL_POSTED_AT("bailPostedAt", "Bail posted"),
    RELEASED_OR_TRANSFERRED("releasedOrTransferred", "Released or transferred"),
    RELEASED_OR_TRANSFERRED_AT("releasedOrTransferredAt", "Released or transferred at"),
    TO("to", "Transferred to"),
    AGENCY("agency", "Receiving agency"),
    OUTCOMES("outcomes", "Outcomes");

    private final String key;
    private final String heading;

    Column(String key, String heading) {
      this.key = key;
      this.heading = heading;
    }

    /** The column's name in JSON and CSV. */
    String key() {
      return key;
    }

    /** The column's heading in Markdown and HTML. */
    String heading() {
      return heading;
    }

    /**
     * The cell's value: a {@link Long}, a {@link String}, an enum constant, a {@link
     * ZonedDateTime}, a {@link LocalDate}, a list of those or of {@link OutcomeLine}s, or null.
     */
    @Nullable Object value(Line line) {
      DecisionEntry entry = line.entry();
      switch (this) {
        case SEQ:
          return entry.seq();
        case RECORDED_AT:
          return line.recordedAt();
        case RECEIVED:
          return line.recordedAt().toLocalDate();
        case UNIT:
          return entry.unit();
        case ACTION:
          return entry.request().action();
        case COUNTERPARTY:
          return entry.request().counterparty();
        case PURPOSE:
          return entry.request().purpose();
        case INSTRUMENTS:
          return entry.request().authorities().asList();
        case AREA:
          return entry.request().facilityArea().orElse(null);
        case NEXUS:
          return entry.nexus();
        case EFFECT:
          return entry.effect();
        case CLAUSES:
          return entry.findings().stream()
              .map(DecisionEntry.Finding::id)
              .collect(ImmutableList.toImmutableList());
        case BAIL_POSTED_AT:
          return line.bailPosted().map(OutcomeLine::occurredAt).orElse(null);
        case RELEASED_OR_TRANSFERRED:
          return line.releaseOrTransfer().map(o -> o.type().name()).orElse(NONE);
        case RELEASED_OR_TRANSFERRED_AT:
          return line.releaseOrTransfer().map(OutcomeLine::occurredAt).orElse(null);
        case TO:
          return line.releaseOrTransfer().flatMap(OutcomeLine::to).orElse(null);
        case AGENCY:
          return line.releaseOrTransfer().flatMap(OutcomeLine::agency).orElse(null);
        case OUTCOMES:
          return line.outcomes();
      }
      throw new AssertionError(this);
    }
  }

  private static final ImmutableList<Column> STANDARD =
      ImmutableList.of(
          Column.SEQ,
          Column.RECORDED_AT,
          Column.UNIT,
          Column.ACTION,
          Column.COUNTERPARTY,
          Column.PURPOSE,
          Column.INSTRUMENTS,
          Column.NEXUS,
          Column.EFFECT,
          Column.CLAUSES,
          Column.OUTCOMES);

  /** An OUTCOME entry as a report shows it: no request id, times in the report's zone. */
  record OutcomeLine(
      long seq,
      OutcomeType type,
      ZonedDateTime occurredAt,
      Optional<Counterparty> to,
      Optional<String> agency) {}

  /** A DECISION entry listed by a report, with every outcome naming it in {@code seq} order. */
  record Line(DecisionEntry entry, ZonedDateTime recordedAt, ImmutableList<OutcomeLine> outcomes) {

    /** The last outcome of one of {@code types}, by {@code seq}, whenever it was recorded. */
    Optional<OutcomeLine> latest(Set<OutcomeType> types) {
      for (OutcomeLine outcome : outcomes.reverse()) {
        if (types.contains(outcome.type())) {
          return Optional.of(outcome);
        }
      }
      return Optional.empty();
    }

    /** The latest outcome of any type. */
    Optional<OutcomeLine> latest() {
      return outcomes.isEmpty() ? Optional.empty() : Optional.of(outcomes.get(outcomes.size() - 1));
    }

    /** The latest RELEASED or TRANSFERRED outcome. */
    Optional<OutcomeLine> releaseOrTransfer() {
      return latest(Set.of(OutcomeType.RELEASED, OutcomeType.TRANSFERRED));
    }

    /** The latest BAIL_POSTED outcome. */
    Optional<OutcomeLine> bailPosted() {
      return latest(Set.of(OutcomeType.BAIL_POSTED));
    }
  }

  /** Counts of a part's entries by one category, every key present, in a fixed order. */
  record Tally(String key, String title, String keyHeading, ImmutableMap<String, Long> counts) {}

  /**
   * One part of a report: its JSON name, its title and definition in words, the sentence that says
   * it has no entry, its counts, the columns of its list, and the entries listed by {@code seq}.
   */
  record Part(
      String key,
      String title,
      String definition,
      String none,
      String one,
      String many,
      ImmutableList<Tally> tallies,
      ImmutableList<Column> columns,
      ImmutableList<Line> lines) {

    int total() {
      return lines.size();
    }

    /** The total in words: "1 assistance request", "12 assistance requests". */
    String count() {
      return total() + " " + (total() == 1 ? one : many);
    }
  }

  private final ReportKind kind;
  private final Period period;
  private final ZoneId zone;
  private final ImmutableSortedSet<String> units;
  private final String recordId;
  private final OptionalLong firstSeq;
  private final OptionalLong lastSeq;
  private final long coveredEntries;
  private final long headSeq;
  private final String headHash;
  private final Optional<Checkpoint> latestCheckpoint;
  private final ImmutableList<PolicyInfo> policies;
  private final ImmutableList<Part> parts;

  private ReportModel(Builder builder, Verification verification, ImmutableList<Part> parts) {
    this.kind = builder.kind;
    this.period = builder.period;
    this.zone = builder.zone;
    this.units = builder.units;
    this.recordId = verification.recordId();
    this.firstSeq =
        builder.firstSeq == 0 ? OptionalLong.empty() : OptionalLong.of(builder.firstSeq);
    this.lastSeq = builder.lastSeq == 0 ? OptionalLong.empty() : OptionalLong.of(builder.lastSeq);
    this.coveredEntries = builder.coveredEntries;
    this.headSeq = verification.headSeq();
    this.headHash = verification.headHash();
    this.latestCheckpoint = verification.latestCheckpoint();
    this.policies =
        builder.policies.values().stream()
            .sorted(
                Comparator.comparing(PolicyInfo::id)
                    .thenComparing(PolicyInfo::version)
                    .thenComparing(PolicyInfo::fingerprint))
            .collect(ImmutableList.toImmutableList());
    this.parts = parts;
  }

  /**
   * A builder that takes the entries of the record, in {@code seq} order, keeping only what the
   * report needs.
   *
   * @throws RecordInputException when a unit is no code, or the annual report is asked for a period
   *     that is not a calendar year
   */
  static Builder builder(ReportKind kind, Period period, Set<String> units, ZoneId zone) {
    ImmutableSortedSet<String> checked =
        units.stream()
            .map(unit -> Codes.check("unit", unit))
            .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
    if (kind == ReportKind.ANNUAL && !period.isCalendarYear()) {
      throw RecordInputException.of(
          "period", period.text(), "a calendar year, such as 2026, for the annual report");
    }
    return new Builder(kind, period, checked, zone);
  }

  /** Collects the entries a report needs while the record is verified. */
  static final class Builder implements Consumer<Entry> {
    private final ReportKind kind;
    private final Period period;
    private final ImmutableSortedSet<String> units;
    private final ZoneId zone;
    private final Map<Long, DecisionEntry> decisions = new LinkedHashMap<>();
    private final ListMultimap<Long, OutcomeEntry> outcomes = ArrayListMultimap.create();
    private final Map<String, PolicyInfo> policies = new LinkedHashMap<>();
    private long firstSeq;
    private long lastSeq;
    private long coveredEntries;

    private Builder(ReportKind kind, Period period, ImmutableSortedSet<String> units, ZoneId zone) {
      this.kind = kind;
      this.period = period;
      this.units = units;
      this.zone = zone;
    }

    @Override
    public void accept(Entry entry) {
      boolean covered =
          period.contains(entry.recordedAt(), zone)
              && (units.isEmpty() || units.contains(entry.unit()));
      if (covered) {
        if (firstSeq == 0) {
          firstSeq = entry.seq();
        }
        lastSeq = entry.seq();
        coveredEntries++;
      }
      if (entry instanceof DecisionEntry) {
        DecisionEntry decision = (DecisionEntry) entry;
        if (covered) {
          PolicyInfo policy = decision.policy();
          policies.putIfAbsent(
              policy.id() + " " + policy.version() + " " + policy.fingerprint(), policy);
          if (listed(kind, decision)) {
            decisions.put(decision.seq(), decision);
          }
        }
      } else if (decisions.containsKey(((OutcomeEntry) entry).decisionSeq())) {
        OutcomeEntry outcome = (OutcomeEntry) entry;
        outcomes.put(outcome.decisionSeq(), outcome);
      }
    }

    /** The model, once every entry was taken and the record verified. */
    ReportModel build(Verification verification) {
      ImmutableList<Line> lines =
          decisions.values().stream().map(this::line).collect(ImmutableList.toImmutableList());
      ImmutableList<Part> parts;
      switch (kind) {
        case QUARTERLY:
          parts =
              ImmutableList.of(assistance(lines), unestablished(lines), quarterlyDetainers(lines));
          break;
        case ANNUAL:
          parts = ImmutableList.of(requests(lines), annualDetainers(lines));
          break;
        case PROPERTY:
          parts = ImmutableList.of(property(lines));
          break;
        default:
          throw new AssertionError(kind);
      }
      return new ReportModel(this, verification, parts);
    }

    private Line line(DecisionEntry entry) {
      ImmutableList<OutcomeLine> lines =
          outcomes.get(entry.seq()).stream()
              .map(
                  o ->
                      new OutcomeLine(
                          o.seq(), o.type(), o.occurredAt().atZone(zone), o.to(), o.agency()))
              .collect(ImmutableList.toImmutableList());
      return new Line(entry, entry.recordedAt().atZone(zone), lines);
    }
  }

  // The parts' definitions: what each part of a report counts.

  /** Nexus CONFIRMED or PRESUMED, or an EO-4.1 finding. */
  static boolean isAssistance(DecisionEntry entry) {
    return entry.nexus() == Nexus.CONFIRMED
        || entry.nexus() == Nexus.PRESUMED
        || entry.hasFinding("EO-4.1");
  }

  /** Nexus CLAIMED or UNDETERMINED. */
  static boolean isUnestablished(DecisionEntry entry) {
    return entry.nexus() == Nexus.CLAIMED || entry.nexus() == Nexus.UNDETERMINED;
  }

  /** The request presents an immigration detainer or an administrative warrant. */
  static boolean isDetainer(DecisionEntry entry) {
    return PAPERS.stream().anyMatch(entry::presents);
  }

  /**
   * From the Department of Homeland Security or for civil immigration enforcement, and with a nexus
   * or an EO-4.1 finding.
   */
  static boolean isRequest(DecisionEntry entry) {
    Counterparty counterparty = entry.request().counterparty();
    boolean dhs =
        counterparty == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
            || counterparty == Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS
            || counterparty == Counterparty.FEDERAL_IMMIGRATION_BENEFITS;
    boolean civil = entry.request().purpose() == Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
    return (dhs || civil) && (entry.nexus() != Nexus.NONE || entry.hasFinding("EO-4.1"));
  }

  /** Action PROVIDE_FACILITY and a nexus other than NONE. */
  static boolean isProperty(DecisionEntry entry) {
    return entry.request().action() == Action.PROVIDE_FACILITY && entry.nexus() != Nexus.NONE;
  }

  private static boolean listed(ReportKind kind, DecisionEntry entry) {
    switch (kind) {
      case QUARTERLY:
        return isAssistance(entry) || isUnestablished(entry) || isDetainer(entry);
      case ANNUAL:
        return isRequest(entry) || isDetainer(entry);
      case PROPERTY:
        return isProperty(entry);
    }
    throw new AssertionError(kind);
  }

  private static final String NO_REQUESTS =
      "None: the units covered received no such requests in this period.";
  private static final String NO_DETAINERS =
      "None: the units covered received no such detainers or warrants in this period.";

  private static Part assistance(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isAssistance);
    return new Part(
        "assistance",
        "Requests for assistance with civil immigration enforcement",
        "Decisions whose enforcement nexus is CONFIRMED (civil immigration enforcement is the"
            + " stated or evident purpose) or PRESUMED (a watched agency stated no purpose), and"
            + " decisions with an EO-4.1 finding (emergency help asked by a watched agency).",
        NO_REQUESTS,
        "assistance request",
        "assistance requests",
        ImmutableList.of(byEffect(lines), byAction(lines)),
        STANDARD,
        ImmutableList.copyOf(lines));
  }

  private static Part unestablished(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isUnestablished);
    return new Part(
        "unestablished",
        "Requests whose purpose was not established",
        "Decisions whose enforcement nexus is CLAIMED (a watched agency stated another purpose,"
            + " not verified) or UNDETERMINED (without a stated purpose the city cannot tell)."
            + " Listed apart: they are not counted as requests for enforcement assistance.",
        NO_REQUESTS,
        "purpose not established",
        "purpose not established",
        ImmutableList.of(byEffect(lines)),
        STANDARD,
        ImmutableList.copyOf(lines));
  }

  private static Part quarterlyDetainers(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isDetainer);
    return new Part(
        "detainers",
        "Immigration detainers and administrative warrants received",
        "Decisions whose request presents an IMMIGRATION_DETAINER or an ADMINISTRATIVE_WARRANT"
            + " (a request may present both), with whether the person was released or transferred"
            + " (the latest RELEASED or TRANSFERRED outcome, whenever it was recorded) and to"
            + " which agency.",
        NO_DETAINERS,
        "detainer or warrant",
        "detainers and warrants",
        ImmutableList.of(byInstrument(lines), releaseOrTransfer(lines), byAgency(lines)),
        ImmutableList.<Column>builder()
            .addAll(STANDARD)
            .add(Column.RELEASED_OR_TRANSFERRED, Column.AGENCY)
            .build(),
        ImmutableList.copyOf(lines));
  }

  private static Part requests(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isRequest);
    return new Part(
        "requests",
        "Requests from the Department of Homeland Security or for civil immigration enforcement",
        "Decisions whose counterparty is FEDERAL_IMMIGRATION_ENFORCEMENT,"
            + " FEDERAL_IMMIGRATION_INVESTIGATIONS or FEDERAL_IMMIGRATION_BENEFITS, or whose stated"
            + " purpose is CIVIL_IMMIGRATION_ENFORCEMENT, and whose enforcement nexus is not NONE"
            + " or that have an EO-4.1 finding; with how each was addressed: the nexus, the"
            + " decision, the clauses that decided it and the outcomes recorded.",
        NO_REQUESTS,
        "request from DHS or for civil immigration enforcement",
        "requests from DHS or for civil immigration enforcement",
        ImmutableList.of(byEffect(lines), byNexus(lines), latestOutcome(lines)),
        STANDARD,
        ImmutableList.copyOf(lines));
  }

  private static Part annualDetainers(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isDetainer);
    return new Part(
        "detainers",
        "Immigration detainers and civil immigration warrants received",
        "Decisions whose request presents an IMMIGRATION_DETAINER or an ADMINISTRATIVE_WARRANT"
            + " (a request may present both), with the date received, the date and time bail was"
            + " posted (the latest BAIL_POSTED outcome), whether the person was released or"
            + " transferred and when (the latest RELEASED or TRANSFERRED outcome, whenever it was"
            + " recorded), and to which agency's custody.",
        NO_DETAINERS,
        "detainer or warrant",
        "detainers and warrants",
        ImmutableList.of(byInstrument(lines), releaseOrTransfer(lines), byAgency(lines)),
        ImmutableList.of(
            Column.SEQ,
            Column.RECEIVED,
            Column.UNIT,
            Column.ACTION,
            Column.COUNTERPARTY,
            Column.INSTRUMENTS,
            Column.EFFECT,
            Column.CLAUSES,
            Column.BAIL_POSTED_AT,
            Column.RELEASED_OR_TRANSFERRED,
            Column.RELEASED_OR_TRANSFERRED_AT,
            Column.TO,
            Column.AGENCY),
        ImmutableList.copyOf(lines));
  }

  private static Part property(List<Line> all) {
    List<Line> lines = select(all, ReportModel::isProperty);
    return new Part(
        "property",
        "Requests to use city property for immigration enforcement",
        "Decisions on requests to provide a city facility (PROVIDE_FACILITY: offices, rooms, lots,"
            + " garages, vacant lots) whose enforcement nexus is not NONE.",
        NO_REQUESTS,
        "request to use city property",
        "requests to use city property",
        ImmutableList.of(byEffect(lines), byArea(lines)),
        ImmutableList.of(
            Column.SEQ,
            Column.RECORDED_AT,
            Column.UNIT,
            Column.COUNTERPARTY,
            Column.PURPOSE,
            Column.INSTRUMENTS,
            Column.AREA,
            Column.NEXUS,
            Column.EFFECT,
            Column.CLAUSES,
            Column.OUTCOMES),
        ImmutableList.copyOf(lines));
  }

  private static List<Line> select(List<Line> lines, Predicate<DecisionEntry> definition) {
    return lines.stream()
        .filter(line -> definition.test(line.entry()))
        .collect(Collectors.toList());
  }

  // Tallies: every key, with 0 counts too, in the enum's order.

  private static Tally byEffect(List<Line> lines) {
    return new Tally(
        "byEffect",
        "By decision",
        "Decision",
        counts(names(Effect.values()), lines, line -> List.of(line.entry().effect().name())));
  }

  private static Tally byAction(List<Line> lines) {
    return new Tally(
        "byAction",
        "By action",
        "Action",
        counts(
            names(Action.values()),
            lines,
            line -> List.of(line.entry().request().action().name())));
  }

  private static Tally byNexus(List<Line> lines) {
    return new Tally(
        "byNexus",
        "By enforcement nexus",
        "Nexus",
        counts(names(Nexus.values()), lines, line -> List.of(line.entry().nexus().name())));
  }

  private static Tally byArea(List<Line> lines) {
    return new Tally(
        "byArea",
        "By area",
        "Area",
        counts(
            names(FacilityArea.values()),
            lines,
            line -> line.entry().request().facilityArea().map(Enum::name).stream().toList()));
  }

  private static Tally byInstrument(List<Line> lines) {
    return new Tally(
        "byInstrument",
        "By instrument (a request may present both)",
        "Instrument",
        counts(
            names(PAPERS.toArray(new Authority[0])),
            lines,
            line -> PAPERS.stream().filter(line.entry()::presents).map(Enum::name).toList()));
  }

  private static Tally releaseOrTransfer(List<Line> lines) {
    return new Tally(
        "outcomes",
        "By latest release or transfer",
        "Outcome",
        counts(
            RELEASE_OR_TRANSFER,
            lines,
            line -> List.of(line.releaseOrTransfer().map(o -> o.type().name()).orElse(NONE))));
  }

  private static Tally latestOutcome(List<Line> lines) {
    ImmutableList<String> keys =
        ImmutableList.<String>builder().addAll(names(OutcomeType.values())).add(NONE).build();
    return new Tally(
        "outcomes",
        "By latest outcome",
        "Outcome",
        counts(keys, lines, line -> List.of(line.latest().map(o -> o.type().name()).orElse(NONE))));
  }

  private static Tally byAgency(List<Line> lines) {
    Function<Line, List<String>> agency =
        line ->
            line
                .releaseOrTransfer()
                .filter(o -> o.type() == OutcomeType.TRANSFERRED)
                .flatMap(OutcomeLine::agency)
                .stream()
                .toList();
    TreeSet<String> agencies = new TreeSet<>();
    lines.forEach(line -> agencies.addAll(agency.apply(line)));
    return new Tally(
        "transfersByAgency",
        "Transfers by receiving agency",
        "Agency",
        counts(agencies, lines, agency));
  }

  private static ImmutableList<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<String, Long> counts(
      Iterable<String> keys,
      List<Line> lines,
      Function<Line, ? extends Collection<String>> keysOf) {
    Map<String, Long> counts = new LinkedHashMap<>();
    keys.forEach(key -> counts.put(key, 0L));
    for (Line line : lines) {
      for (String key : keysOf.apply(line)) {
        counts.computeIfPresent(key, (k, n) -> n + 1);
      }
    }
    return ImmutableMap.copyOf(counts);
  }

  // Accessors.

  ReportKind kind() {
    return kind;
  }

  Period period() {
    return period;
  }

  ZoneId zone() {
    return zone;
  }

  /** The units the report is limited to; empty for every unit. */
  ImmutableSortedSet<String> units() {
    return units;
  }

  String recordId() {
    return recordId;
  }

  /** The first {@code seq} recorded in the period for the units, if any. */
  OptionalLong firstSeq() {
    return firstSeq;
  }

  /** The last {@code seq} recorded in the period for the units, if any. */
  OptionalLong lastSeq() {
    return lastSeq;
  }

  /** How many entries (decisions and outcomes) were recorded in the period for the units. */
  long coveredEntries() {
    return coveredEntries;
  }

  long headSeq() {
    return headSeq;
  }

  String headHash() {
    return headHash;
  }

  Optional<Checkpoint> latestCheckpoint() {
    return latestCheckpoint;
  }

  /** The policies that made the decisions recorded in the period for the units. */
  ImmutableList<PolicyInfo> policies() {
    return policies;
  }

  ImmutableList<Part> parts() {
    return parts;
  }

  /** The law that requires the report. */
  String law() {
    switch (kind) {
      case QUARTERLY:
        return "MCC 2-173-069";
      case ANNUAL:
        return "5 ILCS 805/25";
      case PROPERTY:
        return "EO 2025-8";
    }
    throw new AssertionError(kind);
  }

  /** The report's title. */
  String title() {
    switch (kind) {
      case QUARTERLY:
        return "Quarterly report on immigration enforcement requests, detainers and warrants";
      case ANNUAL:
        return "Annual report to the Attorney General on immigration enforcement requests,"
            + " detainers and warrants";
      case PROPERTY:
        return "Report on attempted uses of city property for immigration enforcement";
    }
    throw new AssertionError(kind);
  }

  /** The report's kind as the command line names it: {@code quarterly}. */
  String name() {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** The one-line summary the command line prints. */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append(name()).append(" report ").append(period.text()).append(" of record ");
    out.append(recordId);
    if (!units.isEmpty()) {
      out.append(" for ").append(units.size() == 1 ? "unit " : "units ");
      out.append(String.join(", ", units));
    }
    out.append(": ");
    out.append(parts.stream().map(Part::count).collect(Collectors.joining(", ")));
    return out.toString();
  }
}
