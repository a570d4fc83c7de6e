package org.sanctuarypolicy.examples.facilities;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;
import org.sanctuarypolicy.examples.desk.RecordFile;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

class FacilitiesDeskTest {
  private static final Instant NOW = Instant.parse("2025-06-02T15:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Purpose CIVIL = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;

  @TempDir Path dir;
  private Path file;
  private ComplianceRecord record;
  private RecordingPolicy policy;
  private FacilitiesDesk desk;

  @BeforeEach
  void openRecord() {
    file = dir.resolve("record.db");
    record = ComplianceRecord.open(file.toString());
    policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, FacilitiesDesk.UNIT);
    desk = new FacilitiesDesk(policy, CLOCK);
  }

  @AfterEach
  void closeRecord() {
    record.close();
  }

  private static BookingRequest booking(
      Agency requester, Space space, String use, Purpose purpose, Paper... papers) {
    return new BookingRequest("bk-1", requester, space, use, purpose, Set.of(papers));
  }

  /** Each outcome on the record as "decisionSeq TYPE". */
  private Stream<String> outcomes() {
    return RecordFile.outcomes(file).stream().map(e -> e.decisionSeq() + " " + e.outcome());
  }

  @Test
  void book_iceStagesOnLot_refusedRecordedAndDeclinedWithNoObstruction() {
    Booking booking = desk.book(booking(Agency.ICE_ERO, Space.LOT_7, "staging", CIVIL));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(booking.decision().orElseThrow().effect()).isEqualTo(Effect.DENY);
    assertThat(booking.decision().orElseThrow().reasons())
        .extracting(r -> r.clause())
        .contains("EO-3");
    assertThat(booking.steps())
        .anyMatch(s -> s.startsWith("Refused the booking"))
        .anyMatch(s -> s.contains("never physically interfere"))
        .contains(
            "Recorded booking bk-1 for the city's reporting duties: entry 1 of the compliance"
                + " record, written before the desk acted.",
            "Recorded DECLINED (declined) on entry 1 of the compliance record.");
    assertThat(booking.seq()).hasValue(1);
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.unit()).isEqualTo("2FM-FACILITIES");
              assertThat(entry.requestId()).isEqualTo("bk-1");
              assertThat(entry.clauses()).containsExactly("EO-1", "EO-3");
              assertThat(entry.request().get("action").asText()).isEqualTo("PROVIDE_FACILITY");
            });
    assertThat(RecordFile.outcomes(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.decisionSeq()).isEqualTo(1);
              assertThat(entry.outcome()).isEqualTo("DECLINED");
              assertThat(entry.unit()).isEqualTo("2FM-FACILITIES");
              assertThat(entry.occurredAt()).isEqualTo(NOW);
            });
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void book_cbpProcessesInGarage_refused() {
    Booking booking =
        desk.book(booking(Agency.CBP, Space.FLEET_GARAGE, "processing arrests", CIVIL));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(booking.decision().orElseThrow().obligation(ObligationType.DO_NOT_OBSTRUCT))
        .isPresent();
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void book_iceOperationsBaseWithoutStatedPurpose_refused() {
    Booking booking =
        desk.book(
            booking(Agency.ICE_ERO, Space.CONFERENCE_ROOM, "operations base", Purpose.UNKNOWN));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void book_iceWithAdministrativeWarrant_refused() {
    Booking booking =
        desk.book(booking(Agency.ICE_ERO, Space.FLEET_GARAGE, "staging", CIVIL, Paper.I_200));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry ->
                assertThat(entry.request().get("authorities").toString())
                    .isEqualTo("[\"ADMINISTRATIVE_WARRANT\"]"));
  }

  @Test
  void book_agentsWaitInPublicLobby_acceptedRecordedAndActedWithinAuthority() {
    Booking booking = desk.book(booking(Agency.ICE_ERO, Space.CITY_HALL_LOBBY, "waiting", CIVIL));

    assertThat(booking.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(booking.steps()).anyMatch(s -> s.startsWith("Booked the public lobby"));
    assertThat(RecordFile.decisions(file))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.effect()).isEqualTo("PERMIT");
              assertThat(entry.clauses()).containsExactly("EO-1(c)");
            });
    assertThat(outcomes()).containsExactly("1 ACTED_WITHIN_AUTHORITY");
  }

  @Test
  void book_judicialWarrant_heldUntilLawDepartmentConfirmsThenAcceptedWithinScope() {
    Booking held =
        desk.book(
            booking(
                Agency.ICE_HSI,
                Space.FLEET_GARAGE,
                "a search",
                Purpose.CRIMINAL_INVESTIGATION,
                Paper.JUDICIAL_WARRANT));

    assertThat(held.status()).isEqualTo(Booking.Status.AWAITING_VERIFICATION);
    assertThat(held.steps())
        .anyMatch(s -> s.contains("to the Law Department to confirm"))
        .anyMatch(s -> s.contains("allow only what a warrant signed by a judge covers"));
    assertThat(outcomes()).containsExactly("1 REFERRED");

    Booking confirmed = desk.lawDepartmentConfirms("bk-1");

    assertThat(confirmed.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(confirmed.steps()).startsWith(held.steps().toArray(String[]::new));
    assertThat(confirmed.steps().subList(held.steps().size(), confirmed.steps().size()))
        .containsExactly(
            "The Law Department confirmed a warrant signed by a judge: booked a bay of the 31st"
                + " Street fleet garage for a search, only as far and as long as the papers"
                + " allow.",
            "Recorded ACTED_WITHIN_AUTHORITY (acted within what allowed it) on entry 1 of the"
                + " compliance record.");
    assertThat(outcomes()).containsExactly("1 REFERRED", "1 ACTED_WITHIN_AUTHORITY");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void lawDepartmentRejects_heldBooking_refusedAndDeclinedOnTheRecord() {
    desk.book(booking(Agency.ICE_ERO, Space.LOT_7, "staging", CIVIL, Paper.JUDICIAL_WARRANT));

    Booking rejected = desk.lawDepartmentRejects("bk-1");

    assertThat(rejected.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(rejected.steps())
        .anyMatch(s -> s.startsWith("The Law Department did not confirm"))
        .last()
        .isEqualTo("Recorded DECLINED (declined) on entry 1 of the compliance record.");
    assertThat(outcomes()).containsExactly("1 REFERRED", "1 DECLINED");
  }

  @Test
  void lawDepartmentConfirms_refusedBooking_throwsAndRecordsNothingMore() {
    desk.book(booking(Agency.ICE_ERO, Space.LOT_7, "staging", CIVIL));

    assertThatThrownBy(() -> desk.lawDepartmentConfirms("bk-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REFUSED");
    assertThat(outcomes()).containsExactly("1 DECLINED");
  }

  @Test
  void book_iceClaimsCityService_heldReferredAndRecordedAsReferred() {
    Booking booking =
        desk.book(booking(Agency.ICE_ERO, Space.LIBRARY_ROOM, "a session", Purpose.CITY_SERVICE));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFERRED);
    assertThat(booking.steps())
        .anyMatch(s -> s.equals("Referred booking bk-1 to the Law Department."));
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void book_blockClubMeeting_acceptedWithoutRecord() {
    Booking booking =
        desk.book(
            booking(Agency.PRIVATE_PARTY, Space.LIBRARY_ROOM, "a meeting", Purpose.CITY_SERVICE));

    assertThat(booking.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(booking.decision().orElseThrow().governed()).isFalse();
    assertThat(booking.seq()).isEmpty();
    assertThat(RecordFile.read(file)).isEmpty();
  }

  @Test
  void book_bookingNumberTaken_throws() {
    desk.book(booking(Agency.PRIVATE_PARTY, Space.LIBRARY_ROOM, "a meeting", Purpose.CITY_SERVICE));

    assertThatThrownBy(
            () ->
                desk.book(
                    booking(Agency.PRIVATE_PARTY, Space.LOT_7, "a fair", Purpose.CITY_SERVICE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bk-1");
  }

  @Test
  void book_recordCannotBeWritten_booksNothingSaysSoAndKeepsTheNumberFree() {
    record.close();

    Booking booking = desk.book(booking(Agency.ICE_ERO, Space.CITY_HALL_LOBBY, "waiting", CIVIL));

    assertThat(booking.status()).isEqualTo(Booking.Status.NOT_RECORDED);
    assertThat(booking.course()).isEqualTo(Course.NOT_RECORDED);
    assertThat(booking.decision()).isEmpty();
    assertThat(booking.steps())
        .containsExactly(
            "Did not book the public lobby of City Hall: the compliance record could not be"
                + " written (the record is closed), and the desk never acts on a decision that is"
                + " not on the record.",
            "Nobody uses the space on this booking. Enter it again once the record is back; tell"
                + " ICE Enforcement and Removal Operations the answer is delayed.");
    assertThat(RecordFile.read(file)).isEmpty();
    assertThat(
            desk.book(
                    booking(
                        Agency.PRIVATE_PARTY,
                        Space.LIBRARY_ROOM,
                        "a meeting",
                        Purpose.CITY_SERVICE))
                .status())
        .isEqualTo(Booking.Status.ACCEPTED);
  }

  @Test
  void lawDepartmentConfirms_recordClosedAfterTheDecision_booksAndSaysWhatToRecordLater() {
    desk.book(
        booking(
            Agency.ICE_HSI,
            Space.FLEET_GARAGE,
            "a search",
            Purpose.CRIMINAL_INVESTIGATION,
            Paper.JUDICIAL_WARRANT));
    record.close();

    Booking confirmed = desk.lawDepartmentConfirms("bk-1");

    assertThat(confirmed.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(confirmed.steps())
        .last()
        .asString()
        .startsWith(
            "Could not record ACTED_WITHIN_AUTHORITY (acted within what allowed it) on entry 1")
        .endsWith(
            "policy-cli record outcome --record URL --seq 1 --outcome ACTED_WITHIN_AUTHORITY --at"
                + " 2025-06-02T15:00:00Z.");
    assertThat(outcomes()).containsExactly("1 REFERRED");
  }

  @Test
  void walkthrough_everyCase_printsItsDecisionAndRecordsReportableOnes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FacilitiesDesk.walkthrough(new PrintStream(bytes, true, UTF_8), policy, CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Facilities booking desk")
        .contains("as unit 2FM-FACILITIES")
        .contains("## 1. ICE wants a lot to stage a raid")
        .contains("Booking status: REFUSED.")
        .contains("Booked the public lobby of City Hall for waiting.")
        .contains("The Law Department confirmed a warrant signed by a judge")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Decision: PERMIT, allowed (the order does not speak to this request).");
    assertThat(RecordFile.decisions(file))
        .extracting(e -> e.seq() + " " + e.requestId() + " " + e.unit())
        .containsExactly(
            "1 bk-01 2FM-FACILITIES",
            "3 bk-02 2FM-FACILITIES",
            "5 bk-03 2FM-FACILITIES",
            "7 bk-04 2FM-FACILITIES",
            "9 bk-05 2FM-FACILITIES",
            "12 bk-06 2FM-FACILITIES");
    assertThat(outcomes())
        .containsExactly(
            "1 DECLINED",
            "3 DECLINED",
            "5 DECLINED",
            "7 ACTED_WITHIN_AUTHORITY",
            "9 REFERRED",
            "9 ACTED_WITHIN_AUTHORITY",
            "12 REFERRED");
    assertThat(record.verify().verified()).isTrue();
  }
}
