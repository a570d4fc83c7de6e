package org.sanctuarypolicy.examples.lockup;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.examples.desk.Agency;
import org.sanctuarypolicy.examples.desk.AuditLog;
import org.sanctuarypolicy.examples.desk.Course;
import org.sanctuarypolicy.examples.desk.Paper;
import org.sanctuarypolicy.examples.desk.Walkthrough;

/**
 * A police lockup's detainer desk: it asks the order before it holds, hands over, or lets anyone
 * interview a person in custody, or answers a question about their custody or release.
 *
 * <p>Each request becomes a policy request: the agency gives the counterparty, the ask the action
 * (and, for a question, the information category), the papers the authorities. A detainer or an ICE
 * "warrant" never authorizes a hold: the person is released on schedule unless the Law Department
 * confirms a judicial warrant in time. A refusal of a physical action tells officers to decline
 * without interfering, as the decision's {@code DO_NOT_OBSTRUCT} asks.
 */
public final class LockupDesk {
  private final Policy policy;
  private final AuditLog reports;
  private final ImmutableMap<String, Detainee> custody;
  private final List<String> referrals = new ArrayList<>();

  LockupDesk(Policy policy, AuditLog reports, Iterable<Detainee> custody) {
    this.policy = policy;
    this.reports = reports;
    this.custody = Maps.uniqueIndex(custody, Detainee::bookingNumber);
  }

  /** Decides a request about a person in custody, and acts on the decision. */
  Answer handle(LockupRequest asked) {
    Detainee person = custody.get(asked.bookingNumber());
    checkArgument(
        person != null,
        "bookingNumber: nobody in custody under %s; allowed: %s",
        asked.bookingNumber(),
        custody.keySet());
    Request request =
        Request.builder()
            .requestId(asked.requestId())
            .action(asked.ask().action())
            .counterparty(asked.from().counterparty())
            .purpose(asked.purpose())
            .authorities(Paper.authorities(asked.papers()))
            .information(asked.ask().information())
            .build();
    Decision decision = policy.evaluate(request);
    Course course = Course.of(decision, true);
    List<String> steps = new ArrayList<>();
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, decision, asked));
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
    return new Answer(decision, course, steps);
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
      Obligation obligation, Request request, Decision decision, LockupRequest asked) {
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
      case DOCUMENT_AND_REPORT -> "Wrote report entry: " + reports.record(request, decision).line();
      case DO_NOT_OBSTRUCT ->
          "Told officers: decline, but never physically interfere with the agents.";
      case REDACT, EMERGENCY_ONLY ->
          throw new VerifyException(obligation.type() + " at the lockup: the desk stops");
    };
  }

  /**
   * Runs the walkthrough on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    walkthrough(System.out, Clock.systemUTC());
  }

  /** Walks through the desk's cases and prints each, decided and acted on. */
  static void walkthrough(PrintStream out, Clock clock) {
    Policy policy = SanctuaryPolicy.chicago();
    LockupDesk desk = new LockupDesk(policy, new AuditLog(clock), sampleCustody());
    Walkthrough walk =
        Walkthrough.start(
            out,
            "Lockup detainer desk",
            "Detainers, warrants and questions about a person in custody (booking CB-2291, due"
                + " for release today at 16:00), decided by the order before the lockup acts.",
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
        desk.handle(ask("lk-09", Agency.RESIDENT, Ask.RELEASE_DATE, Purpose.SUBJECT_BENEFIT)));
    show(
        walk,
        "US Marshals bring a writ for a federal trial",
        "Deputy marshals present a federal court's writ to bring the person to a criminal trial.",
        desk.handle(
            ask(
                "lk-10",
                Agency.US_MARSHALS,
                Ask.TRANSFER,
                Purpose.CRIMINAL_INVESTIGATION,
                Paper.COURT_ORDER)));
  }

  private static LockupRequest ask(
      String id, Agency from, Ask ask, Purpose purpose, Paper... papers) {
    return new LockupRequest(id, from, ask, purpose, Set.of(papers), "CB-2291");
  }

  private static void show(Walkthrough walk, String title, String situation, Answer answer) {
    walk.show(title, situation, answer.decision(), answer.course(), answer.steps());
  }

  /** The person in custody for the walkthrough; invented. */
  static ImmutableList<Detainee> sampleCustody() {
    return ImmutableList.of(new Detainee("CB-2291", "Jorge Castillo Ruiz", "today at 16:00"));
  }
}
