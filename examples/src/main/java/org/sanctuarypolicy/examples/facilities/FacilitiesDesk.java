package org.sanctuarypolicy.examples.facilities;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Verify;
import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Outcomes;
import org.sanctuarypolicy.examples.desk.Paper;
import org.sanctuarypolicy.examples.desk.Walkthrough;
import org.sanctuarypolicy.examples.desk.Words;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordException;
import org.sanctuarypolicy.record.Recorded;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * A facilities booking desk: it asks the order before it lets anyone use a lot, a garage or a room.
 *
 * <p>Each booking becomes a policy request: the requester's agency gives the counterparty, the
 * space its area (public lobby or not), the stated purpose and the papers the rest. The desk
 * decides it through a {@link RecordingPolicy}, so a reportable decision is on the compliance
 * record before anyone moves in; when the record cannot be written the desk books nothing and says
 * so. It then books, refuses, or holds: a booking under a judicial warrant waits until the Law
 * Department confirms the warrant ({@link #lawDepartmentConfirms}) and is then accepted within its
 * scope. Every obligation is honoured, and what the desk did goes on the decision's entry: {@code
 * DECLINED}, {@code REFERRED} or {@code ACTED_WITHIN_AUTHORITY}.
 */
public final class FacilitiesDesk {
  /** The desk's recording unit code: the Department of Fleet and Facility Management. */
  static final String UNIT = "2FM-FACILITIES";

  private final RecordingPolicy policy;
  private final Clock clock;
  private final Map<String, Booking> bookings = new LinkedHashMap<>();

  /**
   * A desk that decides through {@code policy} and dates the outcomes it records with {@code
   * clock}.
   */
  FacilitiesDesk(RecordingPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  /**
   * Decides a booking, acts on the decision and keeps the booking; keeps nothing when the decision
   * could not be put on the record, so that the booking can be entered again.
   */
  Booking book(BookingRequest asked) {
    checkArgument(
        !bookings.containsKey(asked.bookingId()),
        "bookingId: %s is taken; allowed: a new booking number",
        asked.bookingId());
    Request request =
        Request.builder()
            .requestId(asked.bookingId())
            .action(Action.PROVIDE_FACILITY)
            .counterparty(asked.requester().counterparty())
            .purpose(asked.purpose())
            .authorities(Paper.authorities(asked.papers()))
            .facilityArea(asked.space().area())
            .build();
    Recorded recorded;
    try {
      recorded = policy.decide(request);
    } catch (RecordException e) {
      return new Booking(
          asked,
          null,
          Booking.Status.NOT_RECORDED,
          List.of(
              "Did not book "
                  + asked.space().label()
                  + ": "
                  + Words.recordFailure(e)
                  + ", and the desk never acts on a decision that is not on the record.",
              "Nobody uses the space on this booking. Enter it again once the record is back;"
                  + " tell "
                  + asked.requester().label()
                  + " the answer is delayed."));
    }
    Decision decision = recorded.decision();
    Course course = Course.of(decision, true);
    List<String> steps = new ArrayList<>();
    Booking.Status status =
        switch (course) {
          case ACT -> {
            steps.add("Booked " + asked.space().label() + " for " + asked.use() + ".");
            yield Booking.Status.ACCEPTED;
          }
          case VERIFY_THEN_ACT -> {
            steps.add(
                "Held the booking: nobody uses the space until the Law Department confirms the"
                    + " papers.");
            yield Booking.Status.AWAITING_VERIFICATION;
          }
          case REFUSE -> {
            steps.add(
                "Refused the booking; told "
                    + asked.requester().label()
                    + " why and what would change it.");
            yield Booking.Status.REFUSED;
          }
          case HOLD_AND_REFER -> {
            steps.add("Held the booking: nobody uses the space until the Law Department decides.");
            yield Booking.Status.REFERRED;
          }
          case NOT_RECORDED -> throw new VerifyException("Course.of never gives NOT_RECORDED");
        };
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, recorded, asked));
    }
    recorded.seq().ifPresent(seq -> steps.addAll(outcome(seq, course.outcome().orElseThrow())));
    return keep(new Booking(asked, recorded, status, steps));
  }

  /**
   * The Law Department confirmed the papers of a held booking: book it, within their scope, and
   * record {@code ACTED_WITHIN_AUTHORITY} on the decision's entry.
   */
  Booking lawDepartmentConfirms(String bookingId) {
    Booking booking = awaitingVerification(bookingId);
    BookingRequest asked = booking.request();
    List<String> steps = new ArrayList<>();
    steps.add(
        "The Law Department confirmed "
            + Paper.authorizing(asked.papers())
            + ": booked "
            + asked.space().label()
            + " for "
            + asked.use()
            + ", only as far and as long as the papers allow.");
    booking.seq().ifPresent(seq -> steps.addAll(outcome(seq, OutcomeType.ACTED_WITHIN_AUTHORITY)));
    return keep(booking.then(Booking.Status.ACCEPTED, steps));
  }

  /**
   * The Law Department found the papers of a held booking not genuine or not applicable: refuse it
   * and record {@code DECLINED} on the decision's entry.
   */
  Booking lawDepartmentRejects(String bookingId) {
    Booking booking = awaitingVerification(bookingId);
    List<String> steps = new ArrayList<>();
    steps.add(
        "The Law Department did not confirm "
            + Paper.authorizing(booking.request().papers())
            + ": refused the booking.");
    booking.seq().ifPresent(seq -> steps.addAll(outcome(seq, OutcomeType.DECLINED)));
    return keep(booking.then(Booking.Status.REFUSED, steps));
  }

  /** Records an outcome of the decision entry {@code seq}, happened now; returns the words. */
  private ImmutableList<String> outcome(long seq, OutcomeType type) {
    return Outcomes.record(policy.record(), Outcome.of(seq, type).at(clock.instant()));
  }

  private Booking awaitingVerification(String bookingId) {
    Booking booking = bookings.get(bookingId);
    checkArgument(booking != null, "bookingId: no booking %s", bookingId);
    checkState(
        booking.status() == Booking.Status.AWAITING_VERIFICATION,
        "booking %s is %s; allowed: AWAITING_VERIFICATION",
        bookingId,
        booking.status());
    return booking;
  }

  private Booking keep(Booking booking) {
    bookings.put(booking.request().bookingId(), booking);
    return booking;
  }

  /**
   * Carries out one obligation; returns what was done, in words. A booking shares no records and is
   * no emergency response: meeting those obligations means the desk is wired wrongly, and it stops
   * before it keeps the booking.
   */
  private String honour(
      Obligation obligation, Request request, Recorded recorded, BookingRequest asked) {
    return switch (obligation.type()) {
      case VERIFY_AUTHORITY ->
          "Sent "
              + Paper.authorizing(asked.papers())
              + " to the Law Department to confirm it is genuine and covers "
              + asked.space().label()
              + ".";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Told the building manager: allow only what "
              + Paper.authorizing(asked.papers())
              + " covers, where and for as long as it says.";
      case REFER_TO_LAW_DEPARTMENT ->
          "Referred booking " + request.requestId() + " to the Law Department.";
      case DOCUMENT_AND_REPORT -> {
        Verify.verify(recorded.seq().isPresent(), "%s was not recorded", request.requestId());
        yield "Recorded booking "
            + request.requestId()
            + " for the city's reporting duties: entry "
            + recorded.seq().getAsLong()
            + " of the compliance record, written before the desk acted.";
      }
      case DO_NOT_OBSTRUCT ->
          "Told building staff: decline, but never physically interfere if agents come anyway.";
      case REDACT, EMERGENCY_ONLY ->
          throw new VerifyException(obligation.type() + " on a booking: the desk stops");
    };
  }

  /**
   * Runs the walkthrough on standard output, recording on a compliance record, then prints where
   * the record is and whether it verifies.
   *
   * @param args none, for a new SQLite file in a temporary folder; or the record's URL or file path
   * @throws IOException when the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    Walkthrough.main(args, "facilities-desk", UNIT, FacilitiesDesk::walkthrough);
  }

  /** Walks through the desk's cases and prints each, decided and acted on. */
  static void walkthrough(PrintStream out, RecordingPolicy policy, Clock clock) {
    FacilitiesDesk desk = new FacilitiesDesk(policy, clock);
    Walkthrough walk =
        Walkthrough.start(
            out,
            "Facilities booking desk",
            "Bookings of city lots, garages and rooms, decided by the order before anyone moves"
                + " in.",
            policy);
    show(
        walk,
        "ICE wants a lot to stage a raid",
        "ICE asks to park twenty vehicles on Lot 7 the night before an enforcement operation.",
        desk.book(
            new BookingRequest(
                "bk-01",
                Agency.ICE_ERO,
                Space.LOT_7,
                "staging vehicles and agents",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
                Set.of())));
    show(
        walk,
        "CBP wants a garage bay to process arrests",
        "Border Patrol asks for a fleet-garage bay to process people it arrests downtown.",
        desk.book(
            new BookingRequest(
                "bk-02",
                Agency.CBP,
                Space.FLEET_GARAGE,
                "processing arrested people",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
                Set.of())));
    show(
        walk,
        "ICE wants a room as an operations base, purpose unstated",
        "An ICE supervisor asks for a City Hall conference room for a week and will not say why.",
        desk.book(
            new BookingRequest(
                "bk-03",
                Agency.ICE_ERO,
                Space.CONFERENCE_ROOM,
                "a base of operations",
                Purpose.UNKNOWN,
                Set.of())));
    show(
        walk,
        "Agents wait in the public lobby",
        "ICE agents ask to wait in the lobby of City Hall, open to everyone.",
        desk.book(
            new BookingRequest(
                "bk-04",
                Agency.ICE_ERO,
                Space.CITY_HALL_LOBBY,
                "waiting",
                Purpose.CIVIL_IMMIGRATION_ENFORCEMENT,
                Set.of())));
    desk.book(
        new BookingRequest(
            "bk-05",
            Agency.ICE_HSI,
            Space.FLEET_GARAGE,
            "searching a seized vehicle",
            Purpose.CRIMINAL_INVESTIGATION,
            Set.of(Paper.JUDICIAL_WARRANT)));
    show(
        walk,
        "HSI brings a search warrant signed by a judge",
        "HSI agents present a federal judge's search warrant for a vehicle held in the fleet"
            + " garage and ask for a bay to search it. Two hours later the Law Department"
            + " confirms the warrant is genuine and names the garage.",
        desk.lawDepartmentConfirms("bk-05"));
    show(
        walk,
        "ICE asks for a room for an information session",
        "ICE asks for the library meeting room for what it calls a community information"
            + " session.",
        desk.book(
            new BookingRequest(
                "bk-06",
                Agency.ICE_ERO,
                Space.LIBRARY_ROOM,
                "an information session",
                Purpose.CITY_SERVICE,
                Set.of())));
    show(
        walk,
        "A block club books the library room",
        "The block club books the library meeting room for its monthly meeting.",
        desk.book(
            new BookingRequest(
                "bk-07",
                Agency.PRIVATE_PARTY,
                Space.LIBRARY_ROOM,
                "a block club meeting",
                Purpose.CITY_SERVICE,
                Set.of())));
  }

  private static void show(Walkthrough walk, String title, String situation, Booking booking) {
    walk.show(
        title,
        situation + " Booking status: " + booking.status() + ".",
        booking.decision(),
        booking.course(),
        booking.steps());
  }
}
