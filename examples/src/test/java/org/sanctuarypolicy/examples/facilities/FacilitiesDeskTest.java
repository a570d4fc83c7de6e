package org.sanctuarypolicy.examples.facilities;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.AuditLog;
import org.sanctuarypolicy.examples.desk.Paper;

class FacilitiesDeskTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-06-02T15:00:00Z"), ZoneOffset.UTC);

  private final AuditLog reports = new AuditLog(CLOCK);
  private final FacilitiesDesk desk = new FacilitiesDesk(SanctuaryPolicy.chicago(), reports);

  private static BookingRequest booking(
      Agency requester, Space space, String use, Purpose purpose, Paper... papers) {
    return new BookingRequest("bk-1", requester, space, use, purpose, Set.of(papers));
  }

  @Test
  void book_iceStagesOnLot_refusedWithReportAndNoObstruction() {
    Booking booking =
        desk.book(
            booking(Agency.ICE_ERO, Space.LOT_7, "staging", Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(booking.decision().effect()).isEqualTo(Effect.DENY);
    assertThat(booking.decision().reasons()).extracting(r -> r.clause()).contains("EO-3");
    assertThat(booking.steps())
        .anyMatch(s -> s.startsWith("Refused the booking"))
        .anyMatch(s -> s.contains("never physically interfere"));
    assertThat(reports.entries())
        .singleElement()
        .satisfies(entry -> assertThat(entry.clauses()).containsExactly("EO-1", "EO-3"));
  }

  @Test
  void book_cbpProcessesInGarage_refused() {
    Booking booking =
        desk.book(
            booking(
                Agency.CBP,
                Space.FLEET_GARAGE,
                "processing arrests",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(booking.decision().obligation(ObligationType.DO_NOT_OBSTRUCT)).isPresent();
  }

  @Test
  void book_iceOperationsBaseWithoutStatedPurpose_refused() {
    Booking booking =
        desk.book(
            booking(Agency.ICE_ERO, Space.CONFERENCE_ROOM, "operations base", Purpose.UNKNOWN));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
  }

  @Test
  void book_iceWithAdministrativeWarrant_refused() {
    Booking booking =
        desk.book(
            booking(
                Agency.ICE_ERO,
                Space.FLEET_GARAGE,
                "staging",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
                Paper.I_200));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFUSED);
  }

  @Test
  void book_agentsWaitInPublicLobby_acceptedWithReportEntry() {
    Booking booking =
        desk.book(
            booking(
                Agency.ICE_ERO,
                Space.CITY_HALL_LOBBY,
                "waiting",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(booking.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(booking.steps()).anyMatch(s -> s.startsWith("Booked the public lobby"));
    assertThat(reports.entries())
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.effect()).isEqualTo(Effect.PERMIT);
              assertThat(entry.clauses()).containsExactly("EO-1(c)");
            });
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
    assertThat(reports.entries()).hasSize(1);

    Booking confirmed = desk.lawDepartmentConfirms("bk-1");

    assertThat(confirmed.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(confirmed.steps()).startsWith(held.steps().toArray(String[]::new));
    assertThat(confirmed.steps().get(confirmed.steps().size() - 1))
        .contains("The Law Department confirmed", "only as far and as long as the papers allow");
  }

  @Test
  void lawDepartmentRejects_heldBooking_refused() {
    desk.book(
        booking(
            Agency.ICE_ERO,
            Space.LOT_7,
            "staging",
            Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
            Paper.JUDICIAL_WARRANT));

    Booking rejected = desk.lawDepartmentRejects("bk-1");

    assertThat(rejected.status()).isEqualTo(Booking.Status.REFUSED);
    assertThat(rejected.steps().get(rejected.steps().size() - 1))
        .startsWith("The Law Department did not confirm");
  }

  @Test
  void lawDepartmentConfirms_refusedBooking_throws() {
    desk.book(
        booking(Agency.ICE_ERO, Space.LOT_7, "staging", Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThatThrownBy(() -> desk.lawDepartmentConfirms("bk-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REFUSED");
  }

  @Test
  void book_iceClaimsCityService_heldAndReferred() {
    Booking booking =
        desk.book(booking(Agency.ICE_ERO, Space.LIBRARY_ROOM, "a session", Purpose.CITY_SERVICE));

    assertThat(booking.status()).isEqualTo(Booking.Status.REFERRED);
    assertThat(booking.steps())
        .anyMatch(s -> s.equals("Referred booking bk-1 to the Law Department."));
  }

  @Test
  void book_blockClubMeeting_acceptedWithoutReport() {
    Booking booking =
        desk.book(
            booking(Agency.PRIVATE_PARTY, Space.LIBRARY_ROOM, "a meeting", Purpose.CITY_SERVICE));

    assertThat(booking.status()).isEqualTo(Booking.Status.ACCEPTED);
    assertThat(booking.decision().governed()).isFalse();
    assertThat(reports.entries()).isEmpty();
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
  void walkthrough_everyCase_printsItsDecision() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FacilitiesDesk.walkthrough(new PrintStream(bytes, true, UTF_8), CLOCK);
    String out = bytes.toString(UTF_8);

    assertThat(out)
        .contains("# Facilities booking desk")
        .contains("## 1. ICE wants a lot to stage a raid")
        .contains("Booking status: REFUSED.")
        .contains("Booked the public lobby of City Hall for waiting.")
        .contains("The Law Department confirmed a warrant signed by a judge")
        .contains("Decision: ESCALATE, held and referred to the Law Department.")
        .contains("Decision: PERMIT, allowed (the order does not speak to this request).");
  }
}
