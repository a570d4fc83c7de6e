package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;

/**
 * The reports of DESIGN section 11 on hand-built requests decided by the Chicago policy, in a real
 * SQLite record whose clock the test sets.
 */
class ReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Period Q1 = Period.parse("2026-Q1");
  private static final Period Q2 = Period.parse("2026-Q2");
  private static final Period YEAR = Period.parse("2026");
  private static final String OTHER_UNIT = "DFSS-FRONT-DESK-2";

  @TempDir Path dir;

  private TestClock clock;
  private ComplianceRecord record;
  private RecordingPolicy lockup;
  private int ids;

  @BeforeEach
  void open() {
    clock = new TestClock("2026-02-10T15:00:00Z");
    record = ComplianceRecord.open(Store.sqlite(url()), clock);
    lockup = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
  }

  @AfterEach
  void close() {
    record.close();
  }

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("record.db");
  }

  // Hand-built requests. Every request id starts with "zz-secret-" so that its absence can be
  // checked in every file.

  private Request.Builder request(Action action, Counterparty counterparty, Purpose purpose) {
    return Request.builder()
        .requestId("zz-secret-" + ++ids)
        .action(action)
        .counterparty(counterparty)
        .purpose(purpose);
  }

  private long decide(RecordingPolicy policy, Request request) {
    Recorded recorded = policy.decide(request);
    assertThat(recorded.seq()).as("recorded: %s", request).isPresent();
    return recorded.seq().getAsLong();
  }

  private long decide(Request.Builder request) {
    return decide(lockup, request.build());
  }

  /** A detainer presented by ICE: nexus CONFIRMED by the paper. */
  private long detainer() {
    return decide(
        request(
                Action.HOLD_ON_DETAINER,
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Purpose.UNKNOWN)
            .authorities(Authority.IMMIGRATION_DETAINER));
  }

  private static JsonNode json(Report report) {
    try {
      return JSON.readTree(report.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Long> seqs(JsonNode part) {
    List<Long> seqs = new ArrayList<>();
    part.get("entries").forEach(entry -> seqs.add(entry.get("seq").longValue()));
    return seqs;
  }

  private static Map<String, Long> counts(JsonNode counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.properties().forEach(field -> map.put(field.getKey(), field.getValue().longValue()));
    return map;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Definitions of the parts.

  @Test
  void report_quarterlyOnHandBuiltRequests_eachPartListsExactlyItsDefinition() {
    long detainer = detainer();
    long emergency =
        decide(
            request(
                Action.COMMIT_RESOURCES,
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Purpose.EMERGENCY_RESPONSE));
    long presumed =
        decide(
            request(
                    Action.DISCLOSE_INFORMATION,
                    Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                    Purpose.UNKNOWN)
                .information(InformationCategory.CONTACT_INFORMATION));
    long claimed =
        decide(
            request(
                Action.ENTER_AGREEMENT,
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Purpose.CRIMINAL_INVESTIGATION));
    long undetermined =
        decide(
            request(
                Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT, Purpose.UNKNOWN));
    long warrant =
        decide(
            request(
                    Action.ARREST_OR_DETAIN,
                    Counterparty.STATE_OR_LOCAL_AGENCY,
                    Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(Authority.ADMINISTRATIVE_WARRANT, Authority.IMMIGRATION_DETAINER));
    long paperOnly = // nexus NONE: a detainer, and nothing else
        decide(
            request(Action.HOLD_ON_DETAINER, Counterparty.DATA_SUBJECT, Purpose.UNKNOWN)
                .authorities(Authority.IMMIGRATION_DETAINER));
    long none =
        decide(
            lockup.recordingEveryDecision(),
            request(
                    Action.DISCLOSE_INFORMATION,
                    Counterparty.STATE_OR_LOCAL_AGENCY,
                    Purpose.CITY_SERVICE)
                .information(InformationCategory.AGGREGATE_STATISTICS)
                .build());

    JsonNode report = json(record.report(ReportKind.QUARTERLY, Q1, Set.of()));

    assertThat(seqs(report.get("assistance")))
        .containsExactly(detainer, emergency, presumed, warrant);
    assertThat(seqs(report.get("unestablished"))).containsExactly(claimed, undetermined);
    assertThat(seqs(report.get("detainers"))).containsExactly(detainer, warrant, paperOnly);
    assertThat(report.get("assistance").get("total").longValue()).isEqualTo(4);
    assertThat(counts(report.get("assistance").get("byEffect")))
        .containsExactly(Map.entry("DENY", 3L), Map.entry("ESCALATE", 0L), Map.entry("PERMIT", 1L));
    assertThat(counts(report.get("assistance").get("byAction")))
        .hasSize(Action.values().length)
        .containsEntry("HOLD_ON_DETAINER", 1L)
        .containsEntry("COMMIT_RESOURCES", 1L)
        .containsEntry("DISCLOSE_INFORMATION", 1L)
        .containsEntry("ARREST_OR_DETAIN", 1L)
        .containsEntry("TRANSFER_CUSTODY", 0L);
    assertThat(counts(report.get("unestablished").get("byEffect")))
        .containsExactly(Map.entry("DENY", 1L), Map.entry("ESCALATE", 1L), Map.entry("PERMIT", 0L));
    assertThat(counts(report.get("detainers").get("byInstrument")))
        .containsExactly(
            Map.entry("IMMIGRATION_DETAINER", 3L), Map.entry("ADMINISTRATIVE_WARRANT", 1L));
    for (String part : List.of("assistance", "unestablished", "detainers")) {
      assertThat(seqs(report.get(part))).doesNotContain(none);
    }
  }

  @Test
  void report_quarterlyEntry_listsCategoriesClausesAndLocalTime() {
    long seq =
        decide(
            request(
                    Action.ARREST_OR_DETAIN,
                    Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                    Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(Authority.ADMINISTRATIVE_WARRANT, Authority.JUDICIAL_WARRANT));

    JsonNode entry =
        json(record.report(ReportKind.QUARTERLY, Q1, Set.of()))
            .get("assistance")
            .get("entries")
            .get(0);

    assertThat(entry.get("seq").longValue()).isEqualTo(seq);
    assertThat(entry.get("recordedAt").textValue()).isEqualTo("2026-02-10T09:00:00-06:00");
    assertThat(entry.get("unit").textValue()).isEqualTo(Fixtures.UNIT);
    assertThat(entry.get("action").textValue()).isEqualTo("ARREST_OR_DETAIN");
    assertThat(entry.get("counterparty").textValue()).isEqualTo("FEDERAL_IMMIGRATION_ENFORCEMENT");
    assertThat(entry.get("purpose").textValue()).isEqualTo("CIVIL_IMMIGRATION_ENFORCEMENT");
    assertThat(entry.get("instruments").toString())
        .isEqualTo("[\"ADMINISTRATIVE_WARRANT\",\"JUDICIAL_WARRANT\"]");
    assertThat(entry.get("nexus").textValue()).isEqualTo("CONFIRMED");
    assertThat(entry.get("effect").textValue()).isEqualTo("PERMIT");
    assertThat(entry.get("clauses").toString()).isEqualTo("[\"EO-1(a)\",\"EO-5.2(a)\"]");
    assertThat(entry.get("outcomes").size()).isZero();
  }

  @Test
  void report_detainersWithSeveralOutcomes_countTheLatestReleaseOrTransfer() {
    long bailOnly = detainer();
    long releasedThenTransferred = detainer();
    long transferredThenReleased = detainer();
    long transferredThenBail = detainer();
    record.recordOutcome(Outcome.of(bailOnly, OutcomeType.BAIL_POSTED));
    record.recordOutcome(Outcome.of(releasedThenTransferred, OutcomeType.RELEASED));
    record.recordOutcome(
        Outcome.transferred(
            transferredThenReleased, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF"));
    record.recordOutcome(
        Outcome.transferred(
            transferredThenBail, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF"));
    record.recordOutcome(Outcome.of(transferredThenBail, OutcomeType.BAIL_POSTED));
    record.recordOutcome(Outcome.of(transferredThenReleased, OutcomeType.RELEASED));
    clock.set(Instant.parse("2026-05-20T12:00:00Z")); // after the quarter: still the latest
    record.recordOutcome(
        Outcome.transferred(
            releasedThenTransferred,
            Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
            "ICE-ERO-CHICAGO"));

    JsonNode detainers = json(record.report(ReportKind.QUARTERLY, Q1, Set.of())).get("detainers");

    assertThat(detainers.get("total").longValue()).isEqualTo(4);
    assertThat(counts(detainers.get("outcomes")))
        .containsExactly(
            Map.entry("RELEASED", 1L), Map.entry("TRANSFERRED", 2L), Map.entry("NONE", 1L));
    assertThat(counts(detainers.get("transfersByAgency")))
        .containsExactly(Map.entry("COOK-COUNTY-SHERIFF", 1L), Map.entry("ICE-ERO-CHICAGO", 1L));
    JsonNode entries = detainers.get("entries");
    assertThat(entries.get(0).get("releasedOrTransferred").textValue()).isEqualTo("NONE");
    assertThat(entries.get(1).get("releasedOrTransferred").textValue()).isEqualTo("TRANSFERRED");
    assertThat(entries.get(1).get("agency").textValue()).isEqualTo("ICE-ERO-CHICAGO");
    assertThat(entries.get(1).get("outcomes").size()).isEqualTo(2);
    assertThat(entries.get(1).get("outcomes").get(1).get("occurredAt").textValue())
        .isEqualTo("2026-05-20T07:00:00-05:00");
    assertThat(entries.get(2).get("releasedOrTransferred").textValue()).isEqualTo("RELEASED");
    assertThat(entries.get(2).get("agency").isNull()).isTrue();
    assertThat(entries.get(3).get("releasedOrTransferred").textValue()).isEqualTo("TRANSFERRED");
    assertThat(entries.get(3).get("agency").textValue()).isEqualTo("COOK-COUNTY-SHERIFF");
  }

  @Test
  void report_annualOnHandBuiltRequests_listsDhsAndCivilRequestsWithNexusOrEo41() {
    long benefitsDatabase =
        decide(
            request(
                Action.GRANT_DATABASE_ACCESS,
                Counterparty.FEDERAL_IMMIGRATION_BENEFITS,
                Purpose.UNKNOWN));
    long civilPurposeOfOther =
        decide(
            request(
                Action.INQUIRE_STATUS,
                Counterparty.DATA_SUBJECT,
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));
    long emergency =
        decide(
            request(
                Action.COMMIT_RESOURCES,
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Purpose.EMERGENCY_RESPONSE));
    long fbi =
        decide(
            request(
                Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT, Purpose.UNKNOWN));
    long dhsWithoutNexus =
        decide(
            lockup.recordingEveryDecision(),
            request(
                    Action.DISCLOSE_INFORMATION,
                    Counterparty.FEDERAL_IMMIGRATION_BENEFITS,
                    Purpose.SUBJECT_BENEFIT)
                .information(InformationCategory.IDENTITY)
                .build());
    long detainer =
        decide(
            request(
                    Action.HOLD_ON_DETAINER,
                    Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                    Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                .authorities(Authority.IMMIGRATION_DETAINER));
    record.recordOutcome(Outcome.of(benefitsDatabase, OutcomeType.REFERRED));
    record.recordOutcome(Outcome.of(benefitsDatabase, OutcomeType.DECLINED));

    JsonNode report = json(record.report(ReportKind.ANNUAL, YEAR, Set.of()));

    assertThat(report.has("assistance")).isFalse();
    JsonNode requests = report.get("requests");
    assertThat(seqs(requests))
        .containsExactly(benefitsDatabase, civilPurposeOfOther, emergency, detainer);
    assertThat(seqs(requests)).doesNotContain(fbi, dhsWithoutNexus);
    assertThat(counts(requests.get("byNexus")))
        .containsExactly(
            Map.entry("CONFIRMED", 2L),
            Map.entry("PRESUMED", 0L),
            Map.entry("CLAIMED", 0L),
            Map.entry("UNDETERMINED", 1L),
            Map.entry("NONE", 1L));
    assertThat(counts(requests.get("outcomes")))
        .containsEntry("DECLINED", 1L)
        .containsEntry("REFERRED", 0L)
        .containsEntry("NONE", 3L)
        .hasSize(OutcomeType.values().length + 1);
    assertThat(seqs(report.get("detainers"))).containsExactly(detainer);
  }

  @Test
  void report_annualDetainer_showsDateReceivedBailAndTransfer() {
    clock.set(Instant.parse("2026-07-02T03:30:00Z")); // 2026-07-01 22:30 in Chicago
    long seq = detainer();
    clock.set(Instant.parse("2026-07-02T10:00:00Z"));
    record.recordOutcome(
        Outcome.of(seq, OutcomeType.BAIL_POSTED).at(Instant.parse("2026-07-02T09:15:00Z")));
    record.recordOutcome(
        Outcome.transferred(seq, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF")
            .at(Instant.parse("2026-07-02T09:45:00Z")));

    JsonNode entry =
        json(record.report(ReportKind.ANNUAL, YEAR, Set.of()))
            .get("detainers")
            .get("entries")
            .get(0);

    assertThat(entry.get("received").textValue()).isEqualTo("2026-07-01");
    assertThat(entry.get("bailPostedAt").textValue()).isEqualTo("2026-07-02T04:15:00-05:00");
    assertThat(entry.get("releasedOrTransferred").textValue()).isEqualTo("TRANSFERRED");
    assertThat(entry.get("releasedOrTransferredAt").textValue())
        .isEqualTo("2026-07-02T04:45:00-05:00");
    assertThat(entry.get("to").textValue()).isEqualTo("STATE_OR_LOCAL_AGENCY");
    assertThat(entry.get("agency").textValue()).isEqualTo("COOK-COUNTY-SHERIFF");
  }

  @Test
  void report_annualForAPeriodNotACalendarYear_refusedNamingPeriod() {
    for (String text : List.of("2026-Q1", "2026-01-01..2026-12-30", "2025-07-01..2026-06-30")) {
      assertThatThrownBy(() -> record.report(ReportKind.ANNUAL, Period.parse(text), Set.of()))
          .isInstanceOfSatisfying(
              RecordInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("period");
                assertThat(e.value()).isEqualTo(text);
              });
    }
  }

  @Test
  void report_annualForTheDatesOfAWholeYear_accepted() {
    detainer();

    Report report =
        record.report(ReportKind.ANNUAL, Period.parse("2026-01-01..2026-12-31"), Set.of());

    assertThat(json(report).get("detainers").get("total").longValue()).isEqualTo(1);
  }

  @Test
  void report_propertyOnHandBuiltRequests_listsFacilitiesWithANexus() {
    long lot =
        decide(
            request(
                    Action.PROVIDE_FACILITY,
                    Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                    Purpose.UNKNOWN)
                .facilityArea(FacilityArea.NON_PUBLIC));
    long lobby =
        decide(
            request(
                    Action.PROVIDE_FACILITY,
                    Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                    Purpose.CIVIL_IMMIGRATION_ENFORCEMENT)
                .facilityArea(FacilityArea.PUBLIC));
    long cityService =
        decide(
            lockup.recordingEveryDecision(),
            request(
                    Action.PROVIDE_FACILITY,
                    Counterparty.STATE_OR_LOCAL_AGENCY,
                    Purpose.CITY_SERVICE)
                .facilityArea(FacilityArea.NON_PUBLIC)
                .build());
    detainer();

    JsonNode report = json(record.report(ReportKind.PROPERTY, Q1, Set.of()));

    JsonNode property = report.get("property");
    assertThat(seqs(property)).containsExactly(lot, lobby).doesNotContain(cityService);
    assertThat(counts(property.get("byArea")))
        .containsExactly(Map.entry("NON_PUBLIC", 1L), Map.entry("PUBLIC", 1L));
    assertThat(counts(property.get("byEffect")))
        .containsExactly(Map.entry("DENY", 1L), Map.entry("ESCALATE", 0L), Map.entry("PERMIT", 1L));
    assertThat(property.get("entries").get(0).get("area").textValue()).isEqualTo("NON_PUBLIC");
    assertThat(report.has("detainers")).isFalse();
  }

  // Empty parts.

  @Test
  void writeTo_partsWithNoEntry_sayInWordsThatNoneWasReceived() {
    decide(
        lockup.recordingEveryDecision(),
        request(Action.DISCLOSE_INFORMATION, Counterparty.DATA_SUBJECT, Purpose.SUBJECT_BENEFIT)
            .information(InformationCategory.CONTACT_INFORMATION)
            .build());

    for (ReportKind kind : ReportKind.values()) {
      Report report = record.report(kind, YEAR, Set.of());
      List<Path> files = report.writeTo(dir.resolve(kind.name()));

      JsonNode json = json(report);
      List<String> parts =
          kind == ReportKind.QUARTERLY
              ? List.of("assistance", "unestablished", "detainers")
              : kind == ReportKind.ANNUAL ? List.of("requests", "detainers") : List.of("property");
      for (String part : parts) {
        assertThat(json.get(part).get("total").longValue()).as(part).isZero();
        assertThat(json.get(part).get("entries").isArray()).isTrue();
        assertThat(json.get(part).get("entries").size()).isZero();
        json.get(part)
            .properties()
            .forEach(
                field -> {
                  if (field.getValue().isObject()) {
                    assertThat(counts(field.getValue()).values())
                        .as(field.getKey())
                        .allSatisfy(count -> assertThat(count).isZero());
                  }
                });
      }
      String md = read(files.get(2));
      String html = read(files.get(3));
      long requestParts = parts.stream().filter(p -> !p.equals("detainers")).count();
      assertThat(occurrences(md, "received no such requests")).isEqualTo(requestParts);
      assertThat(occurrences(html, "received no such requests")).isEqualTo(requestParts);
      assertThat(occurrences(md, "received no such detainers or warrants"))
          .isEqualTo(parts.size() - requestParts);
      assertThat(read(files.get(1)).lines()).hasSize(1); // the header only
    }
  }

  private static long occurrences(String text, String what) {
    return (text.length() - text.replace(what, "").length()) / what.length();
  }

  @Test
  void toJson_emptyParts_mapsStillHoldEveryKey() {
    JsonNode report = json(record.report(ReportKind.QUARTERLY, Q1, Set.of()));

    assertThat(counts(report.get("assistance").get("byAction")).keySet())
        .containsExactly(
            java.util.Arrays.stream(Action.values()).map(Enum::name).toArray(String[]::new));
    assertThat(counts(report.get("detainers").get("outcomes")))
        .containsExactly(
            Map.entry("RELEASED", 0L), Map.entry("TRANSFERRED", 0L), Map.entry("NONE", 0L));
    assertThat(report.get("detainers").get("transfersByAgency").size()).isZero();
    assertThat(report.get("covered").get("firstSeq").isNull()).isTrue();
    assertThat(report.get("latestCheckpoint").isNull()).isTrue();
  }

  // Units.

  @Test
  void report_unitsFilter_listsOnlyThoseUnits() {
    RecordingPolicy desk = RecordingPolicy.of(Fixtures.CHICAGO, record, OTHER_UNIT);
    long lockupSeq = detainer();
    long deskSeq = decide(desk, Fixtures.detainer("zz-secret-desk"));

    JsonNode lockupOnly = json(record.report(ReportKind.QUARTERLY, Q1, Set.of(Fixtures.UNIT)));
    JsonNode deskOnly = json(record.report(ReportKind.QUARTERLY, Q1, Set.of(OTHER_UNIT)));
    JsonNode both = json(record.report(ReportKind.QUARTERLY, Q1, Set.of()));

    assertThat(seqs(lockupOnly.get("detainers"))).containsExactly(lockupSeq);
    assertThat(seqs(deskOnly.get("detainers"))).containsExactly(deskSeq);
    assertThat(seqs(both.get("detainers"))).containsExactly(lockupSeq, deskSeq);
    assertThat(lockupOnly.get("units").toString()).isEqualTo("[\"" + Fixtures.UNIT + "\"]");
    assertThat(both.get("units").size()).isZero();
    assertThat(deskOnly.get("covered").get("firstSeq").longValue()).isEqualTo(deskSeq);
  }

  @Test
  void report_malformedUnit_refusedNamingUnit() {
    assertThatThrownBy(() -> record.report(ReportKind.QUARTERLY, Q1, Set.of("cpd lockup")))
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("unit");
              assertThat(e.value()).isEqualTo("cpd lockup");
              assertThat(e.allowed()).isEqualTo(Codes.ALLOWED);
            });
  }

  // Periods in the city's zone.

  @Test
  void report_entryAt2330OnLastDayOfQuarter_belongsToThatQuarterInChicago() {
    clock.set(Instant.parse("2026-04-01T04:30:00Z")); // 2026-03-31 23:30 CDT
    long lastEvening = detainer();
    clock.set(Instant.parse("2026-04-01T05:00:00Z")); // 2026-04-01 00:00 CDT
    long nextMidnight = detainer();
    clock.set(Instant.parse("2026-01-01T05:59:59.999Z")); // 2025-12-31 23:59:59.999 CST
    long newYearsEve = detainer();
    clock.set(Instant.parse("2026-01-01T06:00:00Z")); // 2026-01-01 00:00 CST
    long newYear = detainer();

    JsonNode q1 = json(record.report(ReportKind.QUARTERLY, Q1, Set.of()));
    JsonNode q2 = json(record.report(ReportKind.QUARTERLY, Q2, Set.of()));
    JsonNode q2Utc = json(record.report(ReportKind.QUARTERLY, Q2, Set.of(), ZoneOffset.UTC));

    assertThat(seqs(q1.get("detainers"))).containsExactly(lastEvening, newYear);
    assertThat(seqs(q2.get("detainers"))).containsExactly(nextMidnight);
    assertThat(seqs(q2Utc.get("detainers"))).containsExactly(lastEvening, nextMidnight);
    assertThat(seqs(q1.get("detainers"))).doesNotContain(newYearsEve);
    assertThat(q1.get("detainers").get("entries").get(0).get("recordedAt").textValue())
        .isEqualTo("2026-03-31T23:30:00-05:00");
    assertThat(q1.get("covered").get("firstSeq").longValue()).isEqualTo(lastEvening);
    assertThat(q1.get("covered").get("lastSeq").longValue()).isEqualTo(newYear);
    assertThat(q1.get("zone").textValue()).isEqualTo("America/Chicago");
    assertThat(q2Utc.get("zone").textValue()).isEqualTo("Z");
  }

  @Test
  void report_dateRange_includesBothEndDays() {
    clock.set(Instant.parse("2026-03-05T06:00:00Z")); // 2026-03-05 00:00 CST
    long first = detainer();
    clock.set(Instant.parse("2026-03-07T05:59:00Z")); // 2026-03-06 23:59 CST
    long last = detainer();
    clock.set(Instant.parse("2026-03-07T06:00:00Z")); // 2026-03-07 00:00 CST
    detainer();

    JsonNode report =
        json(record.report(ReportKind.QUARTERLY, Period.parse("2026-03-05..2026-03-06"), Set.of()));

    assertThat(seqs(report.get("detainers"))).containsExactly(first, last);
    assertThat(report.get("period").get("text").textValue()).isEqualTo("2026-03-05..2026-03-06");
  }

  // What every report names.

  @Test
  void report_headCheckpointAndPolicies_named() {
    detainer();
    Checkpoint checkpoint = record.checkpoint(Fixtures.ed25519());
    detainer();

    Report report = record.report(ReportKind.QUARTERLY, Q1, Set.of());
    JsonNode json = json(report);

    Verification verification = record.verify();
    assertThat(json.get("recordId").textValue()).isEqualTo(record.recordId());
    assertThat(json.get("head").get("seq").longValue()).isEqualTo(2);
    assertThat(json.get("head").get("hash").textValue()).isEqualTo(verification.headHash());
    assertThat(json.get("latestCheckpoint").get("seq").longValue()).isEqualTo(1);
    assertThat(json.get("latestCheckpoint").get("hash").textValue()).isEqualTo(checkpoint.hash());
    assertThat(json.get("latestCheckpoint").get("keyId").textValue()).isEqualTo(checkpoint.keyId());
    assertThat(json.get("policies").size()).isEqualTo(1);
    assertThat(json.get("policies").get(0).get("fingerprint").textValue())
        .isEqualTo(Fixtures.CHICAGO.info().fingerprint());
    assertThat(json.get("report").textValue()).isEqualTo("quarterly");
    assertThat(json.get("law").textValue()).isEqualTo("MCC 2-173-069");
    assertThat(report.kind()).isEqualTo(ReportKind.QUARTERLY);
    assertThat(report.period()).isEqualTo(Q1);
    assertThat(report.toJson())
        .isEqualTo(record.report(ReportKind.QUARTERLY, Q1, Set.of()).toJson());
  }

  @Test
  void summary_quarterly_oneLineWithTheTotals() {
    detainer();
    decide(request(Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT, Purpose.UNKNOWN));

    assertThat(record.report(ReportKind.QUARTERLY, Q1, Set.of()).summary())
        .isEqualTo(
            "quarterly report 2026-Q1 of record "
                + record.recordId()
                + ": 1 assistance request, 1 purpose not established, 1 detainer or warrant");
    assertThat(record.report(ReportKind.PROPERTY, Q1, Set.of(Fixtures.UNIT)).summary())
        .isEqualTo(
            "property report 2026-Q1 of record "
                + record.recordId()
                + " for unit CPD-LOCKUP-018: 0 requests to use city property");
  }

  // The files.

  @Test
  void writeTo_anyReport_requestIdsAppearInNoFile() {
    long seq = detainer();
    record.recordOutcome(
        Outcome.transferred(seq, Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT, "ICE-ERO-CHICAGO"));
    decide(
        request(
                Action.PROVIDE_FACILITY,
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Purpose.UNKNOWN)
            .facilityArea(FacilityArea.NON_PUBLIC));
    decide(request(Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT, Purpose.UNKNOWN));

    for (ReportKind kind : ReportKind.values()) {
      List<Path> files = record.report(kind, YEAR, Set.of()).writeTo(dir.resolve(kind.name()));

      assertThat(files)
          .extracting(path -> path.getFileName().toString())
          .containsExactly("report.json", "report.csv", "report.md", "report.html");
      for (Path file : files) {
        String text = read(file);
        assertThat(text).as(file.toString()).contains("seq").doesNotContain("zz-secret");
      }
    }
  }

  @Test
  void writeTo_quarterly_csvHasOneRowPerListedEntryWithItsPart() {
    detainer(); // assistance and detainers
    decide(request(Action.COMMIT_RESOURCES, Counterparty.FEDERAL_LAW_ENFORCEMENT, Purpose.UNKNOWN));

    List<Path> files = record.report(ReportKind.QUARTERLY, Q1, Set.of()).writeTo(dir.resolve("q"));

    List<String> lines = read(files.get(1)).lines().toList();
    assertThat(lines.get(0)).startsWith("part,seq,recordedAt,unit,action,");
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly("assistance", "unestablished", "detainers");
  }

  @Test
  void writeTo_html_selfContainedWithLanguageCaptionsAndHeaders() {
    detainer();

    List<Path> files = record.report(ReportKind.QUARTERLY, Q1, Set.of()).writeTo(dir.resolve("h"));
    String html = read(files.get(3));

    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">", "<caption>", "<th scope=\"col\">", "@media print")
        .doesNotContain("<script", "http://", "https://", "src=", "<link", "url(");
  }

  @Test
  void writeTo_missingDirectory_createdWithTheFourFiles() {
    Path out = dir.resolve("a/b/c");

    List<Path> files = record.report(ReportKind.PROPERTY, Q1, Set.of()).writeTo(out);

    assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile().hasParent(out));
  }

  // A broken record.

  @Test
  void report_brokenRecord_throwsWithTheBreakAndWritesNothing() throws Exception {
    detainer();
    detainer();
    detainer();
    try (Tamperer tamperer = new Tamperer(Store.sqlite(url()).getConnection())) {
      tamperer.setBody(2, tamperer.body(2).replace("\"DENY\"", "\"PERMIT\""));
    }
    Path out = dir.resolve("broken");

    assertThatThrownBy(() -> record.report(ReportKind.QUARTERLY, Q1, Set.of()).writeTo(out))
        .isInstanceOfSatisfying(
            RecordBrokenException.class,
            e -> {
              assertThat(e.verification().verified()).isFalse();
              assertThat(e.verification().firstBreak().orElseThrow().seq()).isEqualTo(2);
              assertThat(e.getMessage()).startsWith("the record does not verify: entry 2: ");
            });
    assertThat(out).doesNotExist();
  }
}
