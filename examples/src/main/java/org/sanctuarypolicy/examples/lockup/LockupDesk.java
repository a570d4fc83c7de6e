package org.sanctuarypolicy.examples.lockup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Verify;
import com.google.common.base.VerifyException;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ListMultimap;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
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
 * A police lockup's detainer desk: it asks the order before it holds, hands over, or lets anyone
 * interview a person in custody, or answers a question about their custody or release.
 *
 * <p>Each request becomes a policy request: the agency gives the counterparty, the ask the action
 * (and, for a question, the information category), the papers the authorities. The desk decides it
 * through a {@link RecordingPolicy}, so a reportable decision is on the compliance record before
 * the lockup acts; when the record cannot be written the lockup does nothing on the request, says
 * so, and releases the person on schedule all the same. A detainer or an ICE "warrant" never
 * authorizes a hold: the person is released on schedule unless the Law Department confirms a
 * judicial warrant in time. A refusal of a physical action tells officers to decline without
 * interfering, as the decision's {@code DO_NOT_OBSTRUCT} asks.
 *
 * <p>On the record, each decision gets what the lockup did ({@code DECLINED}, {@code REFERRED},
 * {@code ACTED_WITHIN_AUTHORITY}), and every detainer and immigration warrant received for a person
 * gets what became of the person, as the Illinois TRUST Act's report asks: {@code BAIL_POSTED}
 * ({@link #bailPosted}), then {@code RELEASED} under ordinary process ({@link #release}) or {@code
 * TRANSFERRED} to the agency whose custody received them (a handover the order allowed).
 */
public final class LockupDesk {
  /**
   * The desk's recording unit code: the lockup of the Chicago Police Department's 18th District.
   */
  static final String UNIT = "CPD-LOCKUP-018";

  private final RecordingPolicy policy;
  private final Clock clock;
  private final Map<String, Detainee> custody = new LinkedHashMap<>();
  private final ListMultimap<String, Long> detainersReceived = ArrayListMultimap.create();
  private final List<String> referrals = new ArrayList<>();

  /**
   * A desk that decides through {@code policy}, dates the outcomes it records with {@code clock},
   * and holds {@code custody}.
   */
  LockupDesk(RecordingPolicy policy, Clock clock, Iterable<Detainee> custody) {
    this.policy = policy;
    this.clock = clock;
    custody.forEach(
        person ->
            checkArgument(
                this.custody.put(person.bookingNumber(), person) == null,
                "custody: booking %s twice; allowed: one person a booking",
                person.bookingNumber()));
  }

  /** Decides a request about a person in custody, and acts on the decision. */
  Answer handle(LockupRequest asked) {
    Detainee person = inCustody(asked.bookingNumber());
    Request request =
        Request.builder()
            .requestId(asked.requestId())
            .action(asked.ask().action())
            .counterparty(asked.from().counterparty())
            .purpose(asked.purpose())
            .authorities(Paper.authorities(asked.papers()))
            .information(asked.ask().information())
            .build();
    Recorded recorded;
    try {
      recorded = policy.decide(request);
    } catch (RecordException e) {
      return new Answer(null, Course.NOT_RECORDED, notRecorded(asked, person, e));
    }
    Decision decision = recorded.decision();
    Course course = Course.of(decision, true);
    List<String> steps = new ArrayList<>();
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, recorded, asked));
    }
    List<String> outcome = new ArrayList<>();
    outcome.add(
        switch (course) {
          case ACT -> act(asked.ask(), person);
          case VERIFY_THEN_ACT ->
              "Will "
                  + asked.ask().label()
                  + " only once the Law Department confirms "
                  + Paper.authorizing(asked.papers())
                  + ".";
          case REFUSE ->
              "Refused to "
                  + asked.ask().label()
                  + "; told "
                  + asked.from().label()
                  + " why and what would change it.";
          case HOLD_AND_REFER ->
              "Held the request: nobody will "
                  + asked.ask().label()
                  + " until the Law Department decides.";
          case NOT_RECORDED -> throw new VerifyException("Course.of never gives NOT_RECORDED");
        });
    if (asked.ask() == Ask.HOLD_PAST_RELEASE && course != Course.ACT) {
      outcome.add(
          "Kept the release of "
              + person.bookingNumber()
              + " "
              + person.releaseAt()
              + (course == Course.VERIFY_THEN_ACT
                  ? ", unless the Law Department confirms the warrant before then."
                  : ", not a minute later."));
    }
    steps.addAll(0, outcome);
    if (recorded.seq().isPresent()) {
      long seq = recorded.seq().getAsLong();
      if (request.presents(Authority.IMMIGRATION_DETAINER)
          || request.presents(Authority.ADMINISTRATIVE_WARRANT)) {
        detainersReceived.put(person.bookingNumber(), seq);
      }
      steps.addAll(outcome(seq, course.outcome().orElseThrow()));
    }
    if (course == Course.ACT && asked.ask() == Ask.TRANSFER) {
      custody.remove(person.bookingNumber());
      steps.addAll(
          custodyOutcome(
              person,
              OutcomeType.TRANSFERRED,
              Optional.of(asked.from().counterparty()),
              Optional.of(asked.from().code()),
              clock.instant()));
    }
    return new Answer(recorded, course, steps);
  }

  /**
   * What the lockup says when a request could not be put on the record: nothing is done on it, and
   * the person's release stays as scheduled.
   */
  private static List<String> notRecorded(
      LockupRequest asked, Detainee person, RecordException failure) {
    return List.of(
        "Did nothing on request "
            + asked.requestId()
            + ": "
            + Words.recordFailure(failure)
            + ", and the lockup never acts on a decision that is not on the record.",
        "Nobody may "
            + asked.ask().label()
            + " on this request until it is recorded and decided: enter it again once the record"
            + " is back, and tell "
            + asked.from().label()
            + " it waits.",
        "Release "
            + person.bookingNumber()
            + " "
            + person.releaseAt()
            + " as scheduled, whatever becomes of this request: nobody is held past their"
            + " release for ICE, recorded or not.");
  }

  /**
   * The person posted criminal bail at {@code at}: records {@code BAIL_POSTED} on every detainer
   * and immigration warrant received for them. The release follows under ordinary process.
   */
  ImmutableList<String> bailPosted(String bookingNumber, Instant at) {
    Detainee person = inCustody(bookingNumber);
    return ImmutableList.<String>builder()
        .add(
            "Took the bail posted for "
                + person.bookingNumber()
                + "; the release follows under ordinary process, whatever detainer is on file.")
        .addAll(
            custodyOutcome(person, OutcomeType.BAIL_POSTED, Optional.empty(), Optional.empty(), at))
        .build();
  }

  /**
   * The person was released under ordinary process at {@code at}, held for no one: they leave
   * custody, and {@code RELEASED} goes on every detainer and immigration warrant received for them.
   * The release never waits for the record: when the record cannot take the outcome, the words say
   * what a supervisor must record later.
   */
  ImmutableList<String> release(String bookingNumber, Instant at) {
    Detainee person = inCustody(bookingNumber);
    custody.remove(bookingNumber);
    return ImmutableList.<String>builder()
        .add(
            "Released "
                + person.bookingNumber()
                + " under ordinary process, held for no one: no detainer or immigration warrant"
                + " keeps anyone past release.")
        .addAll(
            custodyOutcome(person, OutcomeType.RELEASED, Optional.empty(), Optional.empty(), at))
        .build();
  }

  /**
   * Records what became of a person on every detainer and immigration warrant received for them; a
   * release or a transfer ends the list, since the person has left custody.
   */
  private ImmutableList<String> custodyOutcome(
      Detainee person,
      OutcomeType type,
      Optional<Counterparty> to,
      Optional<String> agency,
      Instant at) {
    List<Long> seqs =
        type == OutcomeType.BAIL_POSTED
            ? detainersReceived.get(person.bookingNumber())
            : detainersReceived.removeAll(person.bookingNumber());
    List<Outcome> outcomes = new ArrayList<>();
    for (long seq : seqs) {
      outcomes.add(Outcome.of(seq, type, to, agency, Optional.of(at)));
    }
    return Outcomes.record(policy.record(), outcomes);
  }

  /** Records an outcome of the decision entry {@code seq}, happened now; returns the words. */
  private ImmutableList<String> outcome(long seq, OutcomeType type) {
    return Outcomes.record(policy.record(), Outcome.of(seq, type).at(clock.instant()));
  }

  private Detainee inCustody(String bookingNumber) {
    Detainee person = custody.get(bookingNumber);
    checkArgument(
        person != null,
        "bookingNumber: nobody in custody under %s; allowed: %s",
        bookingNumber,
        custody.keySet());
    return person;
  }

  /** The request ids waiting for the Law Department. */
  ImmutableList<String> referrals() {
    return ImmutableList.copyOf(referrals);
  }

  private static String act(Ask ask, Detainee person) {
    return switch (ask) {
      case HOLD_PAST_RELEASE ->
          "Held " + person.bookingNumber() + " past " + person.releaseAt() + ".";
      case ARREST_AT_RELEASE -> "Arrested " + person.bookingNumber() + " at release.";
      case RELEASE_DATE -> "Answered: release is due " + person.releaseAt() + ".";
      case CUSTODY_STATUS -> "Answered: in custody under booking " + person.bookingNumber() + ".";
      case TRANSFER -> "Handed " + person.bookingNumber() + " over.";
      case INTERVIEW ->
          "Arranged the interview; told the person they may decline it and have a lawyer present.";
    };
  }

  /**
   * Carries out one obligation; returns what was done, in words. Nothing the lockup is asked
   * withholds status information or answers an emergency: meeting those obligations means the desk
   * is wired wrongly, and it stops.
   */
  private String honour(
      Obligation obligation, Request request, Recorded recorded, LockupRequest asked) {
    return switch (obligation.type()) {
      case VERIFY_AUTHORITY ->
          "Sent "
              + Paper.authorizing(asked.papers())
              + " to the Law Department to confirm that it is genuine, signed by a judge and names "
              + asked.bookingNumber()
              + ".";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Told the watch commander: do only what "
              + Paper.authorizing(asked.papers())
              + " orders, nothing more.";
      case REFER_TO_LAW_DEPARTMENT -> {
        referrals.add(request.requestId());
        yield "Referred request " + request.requestId() + " to the Law Department.";
      }
      case DOCUMENT_AND_REPORT -> {
        Verify.verify(recorded.seq().isPresent(), "%s was not recorded", request.requestId());
        yield "Recorded request "
            + request.requestId()
            + " for the city's reporting duties: entry "
            + recorded.seq().getAsLong()
            + " of the compliance record, written before the lockup acted.";
      }
      case DO_NOT_OBSTRUCT ->
          "Told officers: decline, but never physically interfere with the agents.";
      case REDACT, EMERGENCY_ONLY ->
          throw new VerifyException(obligation.type() + " at the lockup: the desk stops");
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
    Walkthrough.main(args, "lockup-desk", UNIT, LockupDesk::walkthrough);
  }

  /** Walks through the desk's cases and prints each, decided and acted on. */
  static void walkthrough(PrintStream out, RecordingPolicy policy, Clock clock) {
    LockupDesk desk = new LockupDesk(policy, clock, sampleCustody());
    Walkthrough walk =
        Walkthrough.start(
            out,
            "Lockup detainer desk",
            "Detainers, warrants and questions about two people in custody (booking CB-2291, due"
                + " for release today at 16:00, and booking CB-2304, whose bail is set), decided by"
                + " the order before the lockup acts.",
            policy);
    Purpose civil = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
    show(
        walk,
        "An I-247A detainer asks for a 48-hour hold",
        "ICE faxes a detainer asking the lockup to hold the person 48 hours past release.",
        desk.handle(ask("lk-01", Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, civil, Paper.I_247A)));
    show(
        walk,
        "The detainer comes with an ICE arrest warrant",
        "ICE adds an I-200 \"warrant\", signed by an immigration officer.",
        desk.handle(
            ask("lk-02", Agency.ICE_ERO, Ask.HOLD_PAST_RELEASE, civil, Paper.I_247A, Paper.I_200)));
    show(
        walk,
        "The detainer comes with a judge's warrant",
        "With the detainer comes a criminal arrest warrant signed by a federal judge.",
        desk.handle(
            ask(
                "lk-03",
                Agency.ICE_ERO,
                Ask.HOLD_PAST_RELEASE,
                civil,
                Paper.I_247A,
                Paper.JUDICIAL_WARRANT)));
    show(
        walk,
        "ICE asks when the person gets out",
        "An ICE officer calls, cites the detainer, and asks for the release time.",
        desk.handle(ask("lk-04", Agency.ICE_ERO, Ask.RELEASE_DATE, civil, Paper.I_247A)));
    show(
        walk,
        "ICE asks to take the person at release",
        "Agents at the sally port show a warrant of removal and ask for the person.",
        desk.handle(ask("lk-05", Agency.ICE_ERO, Ask.TRANSFER, civil, Paper.I_205)));
    show(
        walk,
        "ICE asks the lockup to arrest at release",
        "ICE asks officers to re-arrest the person at release on its I-200.",
        desk.handle(ask("lk-06", Agency.ICE_ERO, Ask.ARREST_AT_RELEASE, civil, Paper.I_200)));
    show(
        walk,
        "ICE asks to interview the person",
        "Two officers ask for ten minutes with the person in an interview room.",
        desk.handle(ask("lk-07", Agency.ICE_ERO, Ask.INTERVIEW, Purpose.UNKNOWN)));
    show(
        walk,
        "The FBI asks to interview the person, purpose unstated",
        "An FBI agent asks for an interview and will not say what it is about.",
        desk.handle(ask("lk-08", Agency.FBI, Ask.INTERVIEW, Purpose.UNKNOWN)));
    show(
        walk,
        "The person's lawyer asks when the person gets out",
        "The public defender calls to arrange a ride home.",
        desk.handle(ask("lk-09", Agency.PRIVATE_PARTY, Ask.RELEASE_DATE, Purpose.SUBJECT_BENEFIT)));
    walk.event(
        "CB-2291 is released on schedule",
        "The court's release time comes. The person walks out; ICE, which asked for a hold, was"
            + " never told when.",
        desk.release("CB-2291", clock.instant()));
    show(
        walk,
        "A detainer for the second person",
        "ICE faxes a detainer asking the lockup to hold CB-2304 past release.",
        desk.handle(
            new LockupRequest(
                "lk-10",
                Agency.ICE_ERO,
                Ask.HOLD_PAST_RELEASE,
                civil,
                Set.of(Paper.I_247A),
                "CB-2304")));
    walk.event(
        "CB-2304's family posts bail",
        "The family posts the bail the court set for CB-2304.",
        desk.bailPosted("CB-2304", clock.instant()));
    show(
        walk,
        "The Cook County Sheriff brings a judge's warrant",
        "Before CB-2304 walks out, deputies of the Cook County Sheriff present a warrant signed"
            + " by a Cook County judge in another criminal case and ask to take the person to the"
            + " county jail.",
        desk.handle(
            new LockupRequest(
                "lk-11",
                Agency.COUNTY_SHERIFF,
                Ask.TRANSFER,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(Paper.JUDICIAL_WARRANT),
                "CB-2304")));
    out.println();
    out.println("Waiting for the Law Department: " + desk.referrals() + ".");
  }

  private static LockupRequest ask(
      String id, Agency from, Ask ask, Purpose purpose, Paper... papers) {
    return new LockupRequest(id, from, ask, purpose, Set.of(papers), "CB-2291");
  }

  private static void show(Walkthrough walk, String title, String situation, Answer answer) {
    walk.show(title, situation, answer.decision(), answer.course(), answer.steps());
  }

  /** The people in custody for the walkthrough; invented. */
  static ImmutableList<Detainee> sampleCustody() {
    return ImmutableList.of(
        new Detainee("CB-2291", "Jorge Castillo Ruiz", "today at 16:00"),
        new Detainee("CB-2304", "Ramon Diaz Herrera", "once bail is posted"));
  }
}
