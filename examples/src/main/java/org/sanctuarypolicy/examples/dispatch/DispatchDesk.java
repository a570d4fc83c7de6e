package org.sanctuarypolicy.examples.dispatch;

import com.google.common.base.Verify;
import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
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
 * A dispatch console: it asks the order before it sends officers or vehicles to another agency's
 * call.
 *
 * <p>Each call becomes a policy request to commit resources: the caller's agency gives the
 * counterparty, the stated purpose and papers the rest. Dispatch decides it through a {@link
 * RecordingPolicy}, so a reportable decision is on the compliance record before a unit rolls; when
 * the record cannot be written it sends no unit and says so. Dispatch works in real time and cannot
 * hold a call for the Law Department, so it treats ESCALATE as DENY: it sends no unit and refers
 * the call afterwards. It refuses support to enforcement operations, joint patrols with the
 * military included, and answers an emergency with units ordered to respond to the emergency only.
 * What it did goes on the decision's entry: {@code DECLINED} (and {@code REFERRED} for a call it
 * refers afterwards), {@code REFERRED} while the Law Department verifies papers, {@code
 * ACTED_WITHIN_AUTHORITY} for units sent.
 */
public final class DispatchDesk {
  /** The console's recording unit code: the Office of Emergency Management and Communications. */
  static final String UNIT = "OEMC-DISPATCH";

  /** What units hear when the order allows an emergency response only. */
  static final String EMERGENCY_ORDER =
      "Respond to the emergency; do not secure, escort or support the operation.";

  private final RecordingPolicy policy;
  private final Clock clock;
  private final ImmutableList<String> roster;
  private final List<String> referrals = new ArrayList<>();

  /**
   * A console that decides through {@code policy}, dates the outcomes it records with {@code clock}
   * and sends units from {@code roster}.
   */
  DispatchDesk(RecordingPolicy policy, Clock clock, List<String> roster) {
    this.policy = policy;
    this.clock = clock;
    this.roster = ImmutableList.copyOf(roster);
  }

  /** Decides a call for units, and acts on the decision. */
  Dispatch handle(DispatchRequest call) {
    Request request =
        Request.builder()
            .requestId(call.requestId())
            .action(Action.COMMIT_RESOURCES)
            .counterparty(call.from().counterparty())
            .purpose(call.purpose())
            .authorities(Paper.authorities(call.papers()))
            .build();
    Recorded recorded;
    try {
      recorded = policy.decide(request);
    } catch (RecordException e) {
      return new Dispatch(null, Course.NOT_RECORDED, List.of(), List.of(), notRecorded(call, e));
    }
    Decision decision = recorded.decision();
    Course course = Course.of(decision, false);
    List<String> orders = new ArrayList<>();
    List<String> steps = new ArrayList<>();
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, recorded, call, orders));
    }
    List<String> units =
        course == Course.ACT ? roster.subList(0, Math.min(call.units(), roster.size())) : List.of();
    steps.add(
        0,
        switch (course) {
          case ACT ->
              "Sent "
                  + Words.list(units, unit -> unit)
                  + (orders.isEmpty() ? " to " + call.task().label() + "." : " to the emergency.");
          case VERIFY_THEN_ACT ->
              "Sent no unit yet: units go to "
                  + call.task().label()
                  + " only once the Law Department confirms "
                  + Paper.authorizing(call.papers())
                  + ".";
          case REFUSE ->
              decision.effect() == Effect.ESCALATE
                  ? "Sent no unit: dispatch cannot hold a call for the Law Department, so a"
                      + " referral counts as a refusal."
                  : "Sent no unit; told " + call.from().label() + " why and what would change it.";
          case HOLD_AND_REFER -> throw new VerifyException("dispatch never holds a call");
          case NOT_RECORDED -> throw new VerifyException("Course.of never gives NOT_RECORDED");
        });
    if (recorded.seq().isPresent()) {
      long seq = recorded.seq().getAsLong();
      steps.addAll(outcome(seq, course.outcome().orElseThrow()));
      if (course == Course.REFUSE && decision.effect() == Effect.ESCALATE) {
        steps.addAll(outcome(seq, OutcomeType.REFERRED));
      }
    }
    return new Dispatch(recorded, course, units, orders, steps);
  }

  /** What dispatch says when a call could not be put on the record: no unit goes for it. */
  private static List<String> notRecorded(DispatchRequest call, RecordException failure) {
    List<String> steps = new ArrayList<>();
    steps.add(
        "Sent no unit on incident "
            + call.requestId()
            + ": "
            + Words.recordFailure(failure)
            + ", and dispatch never acts on a decision that is not on the record.");
    steps.add(
        "Enter the call again once the record is back; tell "
            + call.from().label()
            + " that no unit is coming for now.");
    if (call.purpose() == Purpose.EMERGENCY_RESPONSE) {
      steps.add(
          "If a life is in danger, take it as an ordinary 911 call for the person in need, not as"
              + " help to "
              + call.from().label()
              + ".");
    }
    return steps;
  }

  /** Records an outcome of the decision entry {@code seq}, happened now; returns the words. */
  private ImmutableList<String> outcome(long seq, OutcomeType type) {
    return Outcomes.record(policy.record(), Outcome.of(seq, type).at(clock.instant()));
  }

  /** The incident numbers waiting for the Law Department's review. */
  ImmutableList<String> referrals() {
    return ImmutableList.copyOf(referrals);
  }

  /**
   * Carries out one obligation; returns what was done, in words. A call for units shares no
   * records: a {@code REDACT} means the desk is wired wrongly, and it stops before it sends anyone.
   */
  private String honour(
      Obligation obligation,
      Request request,
      Recorded recorded,
      DispatchRequest call,
      List<String> orders) {
    return switch (obligation.type()) {
      case VERIFY_AUTHORITY ->
          "Sent "
              + Paper.authorizing(call.papers())
              + " to the Law Department to confirm it is genuine and orders city support.";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Told the watch commander: once confirmed, do only what "
              + Paper.authorizing(call.papers())
              + " orders, nothing more.";
      case REFER_TO_LAW_DEPARTMENT -> {
        referrals.add(request.requestId());
        yield "Referred incident " + request.requestId() + " to the Law Department for review.";
      }
      case DOCUMENT_AND_REPORT -> {
        Verify.verify(recorded.seq().isPresent(), "%s was not recorded", request.requestId());
        yield "Recorded incident "
            + request.requestId()
            + " for the city's reporting duties: entry "
            + recorded.seq().getAsLong()
            + " of the compliance record, written before any unit moved.";
      }
      case DO_NOT_OBSTRUCT ->
          "Told units in the area: give no support, but never physically interfere with the"
              + " operation.";
      case EMERGENCY_ONLY -> {
        orders.add(EMERGENCY_ORDER);
        yield "Ordered the units: \"" + EMERGENCY_ORDER + "\"";
      }
      case REDACT -> throw new VerifyException("REDACT on a call for units: the desk stops");
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
    Walkthrough.main(args, "dispatch-desk", UNIT, DispatchDesk::walkthrough);
  }

  /** Walks through the console's cases and prints each, decided and acted on. */
  static void walkthrough(PrintStream out, RecordingPolicy policy, Clock clock) {
    DispatchDesk desk = new DispatchDesk(policy, clock, sampleRoster());
    Walkthrough walk =
        Walkthrough.start(
            out,
            "Dispatch",
            "Calls for officers and vehicles from other agencies, decided by the order before a"
                + " unit rolls. Dispatch cannot hold a call, so a referral counts as a refusal.",
            policy);
    Purpose civil = Purpose.CIVIL_IMMIGRATION_ENFORCEMENT;
    show(
        walk,
        "ICE asks for a perimeter around a raid",
        "ICE asks for four patrol cars to seal off an apartment building during a raid.",
        desk.handle(call("ds-01", Agency.ICE_ERO, Task.PERIMETER, civil, 4)));
    show(
        walk,
        "Border Patrol asks for a checkpoint",
        "Border Patrol asks for two officers to staff a vehicle checkpoint on Pulaski Road.",
        desk.handle(call("ds-02", Agency.CBP, Task.CHECKPOINT, civil, 2)));
    show(
        walk,
        "ICE asks for a transport wagon",
        "ICE asks for a squadrol to move people it arrested to its processing site.",
        desk.handle(call("ds-03", Agency.ICE_ERO, Task.TRANSPORT, civil, 1)));
    show(
        walk,
        "The National Guard proposes joint patrols",
        "A federalized Guard unit proposes joint patrols with district officers to fight crime.",
        desk.handle(
            call(
                "ds-04",
                Agency.NATIONAL_GUARD,
                Task.JOINT_PATROL,
                Purpose.CRIMINAL_INVESTIGATION,
                2)));
    show(
        walk,
        "A bystander collapses during an operation",
        "During an ICE operation a bystander collapses and stops breathing; agents call 911.",
        desk.handle(call("ds-05", Agency.ICE_ERO, Task.MEDICAL, Purpose.EMERGENCY_RESPONSE, 2)));
    show(
        walk,
        "The FBI asks for stand-by, purpose unstated",
        "An FBI agent asks for two cars to stand by on a block and will not say why.",
        desk.handle(call("ds-06", Agency.FBI, Task.STAND_BY, Purpose.UNKNOWN, 2)));
    show(
        walk,
        "ICE cites a judge's warrant",
        "ICE asks for a car to stand by while it executes a criminal warrant signed by a judge.",
        desk.handle(
            call("ds-07", Agency.ICE_ERO, Task.STAND_BY, civil, 1, Paper.JUDICIAL_WARRANT)));
    show(
        walk,
        "State police ask for traffic control",
        "The Illinois State Police ask for two cars to control traffic around an expressway crash.",
        desk.handle(
            call("ds-08", Agency.STATE_POLICE, Task.TRAFFIC_CONTROL, Purpose.CITY_SERVICE, 2)));
  }

  private static DispatchRequest call(
      String id, Agency from, Task task, Purpose purpose, int units, Paper... papers) {
    return new DispatchRequest(id, from, task, purpose, Set.of(papers), units);
  }

  private static void show(Walkthrough walk, String title, String situation, Dispatch dispatch) {
    walk.show(title, situation, dispatch.decision(), dispatch.course(), dispatch.steps());
  }

  /** The units on the board for the walkthrough. */
  static ImmutableList<String> sampleRoster() {
    return ImmutableList.of("1011", "1012", "1023", "1034", "Ambulance 14");
  }
}
