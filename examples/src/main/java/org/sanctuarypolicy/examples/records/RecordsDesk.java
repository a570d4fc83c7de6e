package org.sanctuarypolicy.examples.records;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Verify;
import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
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
 * A records-request desk: it asks the order before it releases any field of a resident's file.
 *
 * <p>Each request becomes a policy request: the requester's agency gives the counterparty, the
 * stated reason the purpose, the papers the authorities and the fields asked for the information
 * categories. The desk decides it through a {@link RecordingPolicy}, so a reportable decision is on
 * the compliance record before the desk acts; when the record cannot be written the desk releases
 * nothing and says so. It then releases exactly the fields asked for minus those a {@code REDACT}
 * withholds, prepares the release but keeps it until the Law Department has verified the papers
 * ({@link #lawDepartmentConfirms}), refuses with the reasons and remedies, or holds the request and
 * refers it; and records on the decision's entry what it did: {@code DECLINED}, {@code REFERRED} or
 * {@code ACTED_WITHIN_AUTHORITY}. It honours every obligation; the record holds categories, never a
 * name or a value from a file.
 */
public final class RecordsDesk {
  /** The desk's recording unit code. */
  static final String UNIT = "DOF-RECORDS-01";

  private final RecordingPolicy policy;
  private final Clock clock;
  private final ImmutableMap<String, ResidentRecord> files;
  private final List<String> referrals = new ArrayList<>();
  private final Map<String, Prepared> awaitingVerification = new LinkedHashMap<>();

  /** A release prepared under papers the Law Department has yet to confirm. */
  private record Prepared(RecordsRequest asked, Recorded recorded, ResidentRecord release) {}

  /**
   * A desk that decides through {@code policy} and dates the outcomes it records with {@code
   * clock}.
   */
  RecordsDesk(RecordingPolicy policy, Clock clock, Iterable<ResidentRecord> files) {
    this.policy = policy;
    this.clock = clock;
    this.files = Maps.uniqueIndex(files, ResidentRecord::fileNumber);
  }

  /** Decides a request for fields of one file, and acts on the decision. */
  Reply<ResidentRecord> handle(RecordsRequest asked) {
    ResidentRecord file = files.get(asked.fileNumber());
    checkArgument(
        file != null, "fileNumber: no file %s; allowed: %s", asked.fileNumber(), files.keySet());
    checkArgument(!asked.fields().isEmpty(), "fields: none asked for; allowed: at least one");
    Request request =
        Request.builder()
            .requestId(asked.requestId())
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(asked.requester().counterparty())
            .purpose(asked.purpose())
            .authorities(Paper.authorities(asked.papers()))
            .information(Field.categories(asked.fields()))
            .build();
    Reply<ResidentRecord> reply =
        decide(
            request,
            asked.papers(),
            withheld ->
                file.only(Sets.filter(asked.fields(), f -> !withheld.contains(f.category()))),
            release -> "the file's " + fields(release));
    if (reply.course() == Course.VERIFY_THEN_ACT) {
      awaitingVerification.put(
          asked.requestId(),
          new Prepared(asked, reply.recorded().orElseThrow(), reply.release().orElseThrow()));
    }
    return reply;
  }

  /** Decides a request for counts about the files, and acts on the decision. */
  Reply<Statistics> handle(StatisticsRequest asked) {
    Request request =
        Request.builder()
            .requestId(asked.requestId())
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(asked.requester().counterparty())
            .purpose(asked.purpose())
            .information(InformationCategory.AGGREGATE_STATISTICS)
            .build();
    return decide(
        request,
        ImmutableSet.of(),
        withheld -> new Statistics(files.size()),
        release -> "the count of files (" + release.files() + ")");
  }

  /**
   * The Law Department confirmed the papers of a prepared release: the desk releases it, within the
   * papers' scope, and records {@code ACTED_WITHIN_AUTHORITY} on the decision's entry.
   */
  Reply<ResidentRecord> lawDepartmentConfirms(String requestId) {
    Prepared prepared = awaitingVerification(requestId);
    List<String> steps = new ArrayList<>();
    steps.add(
        "The Law Department confirmed "
            + Paper.authorizing(prepared.asked().papers())
            + ": released the file's "
            + fields(prepared.release())
            + ", only as far as the papers cover them.");
    prepared
        .recorded()
        .seq()
        .ifPresent(seq -> steps.addAll(outcome(seq, OutcomeType.ACTED_WITHIN_AUTHORITY)));
    return new Reply<>(prepared.recorded(), Course.VERIFY_THEN_ACT, prepared.release(), steps);
  }

  /**
   * The Law Department found the papers of a prepared release not genuine or not applicable: the
   * desk releases nothing and records {@code DECLINED} on the decision's entry.
   */
  Reply<ResidentRecord> lawDepartmentRejects(String requestId) {
    Prepared prepared = awaitingVerification(requestId);
    List<String> steps = new ArrayList<>();
    steps.add(
        "The Law Department did not confirm "
            + Paper.authorizing(prepared.asked().papers())
            + ": released nothing; told "
            + prepared.asked().requester().label()
            + " why.");
    prepared.recorded().seq().ifPresent(seq -> steps.addAll(outcome(seq, OutcomeType.DECLINED)));
    return new Reply<>(prepared.recorded(), Course.VERIFY_THEN_ACT, null, steps);
  }

  private Prepared awaitingVerification(String requestId) {
    Prepared prepared = awaitingVerification.remove(requestId);
    checkArgument(
        prepared != null,
        "requestId: %s awaits no verification; allowed: %s",
        requestId,
        awaitingVerification.keySet());
    return prepared;
  }

  /** The request ids waiting for the Law Department. */
  ImmutableList<String> referrals() {
    return ImmutableList.copyOf(referrals);
  }

  /**
   * The enforcement point: decide through the recording policy (not acting at all when the record
   * cannot be written), honour every obligation, act on the course, and record what was done.
   */
  private <T> Reply<T> decide(
      Request request,
      Set<Paper> papers,
      Function<Set<InformationCategory>, T> release,
      Function<T, String> describe) {
    Recorded recorded;
    try {
      recorded = policy.decide(request);
    } catch (RecordException e) {
      return new Reply<>(
          null,
          Course.NOT_RECORDED,
          null,
          List.of(
              "Released nothing on request "
                  + request.requestId()
                  + ": "
                  + Words.recordFailure(e)
                  + ", and the desk never acts on a decision that is not on the record.",
              "Keep the request and enter it again once the record is back; tell the requester"
                  + " the answer is delayed."));
    }
    Decision decision = recorded.decision();
    Course course = Course.of(decision, true);
    Set<InformationCategory> withheld = EnumSet.noneOf(InformationCategory.class);
    List<String> steps = new ArrayList<>();
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, recorded, papers, withheld));
    }
    @Nullable T released =
        course == Course.ACT || course == Course.VERIFY_THEN_ACT ? release.apply(withheld) : null;
    String outcome =
        switch (course) {
          case ACT -> "Released " + describe.apply(requireNonNull(released)) + ".";
          case VERIFY_THEN_ACT ->
              "Prepared "
                  + describe.apply(requireNonNull(released))
                  + "; it leaves the desk only once the Law Department confirms the papers.";
          case REFUSE ->
              "Refused and released nothing; told the requester why and what would change it.";
          case HOLD_AND_REFER ->
              "Held the request and released nothing until the Law Department answers.";
          case NOT_RECORDED -> throw new VerifyException("Course.of never gives NOT_RECORDED");
        };
    steps.add(0, outcome);
    recorded.seq().ifPresent(seq -> steps.addAll(outcome(seq, course.outcome().orElseThrow())));
    return new Reply<>(recorded, course, released, steps);
  }

  /** Records an outcome of the decision entry {@code seq}, happened now; returns the words. */
  private ImmutableList<String> outcome(long seq, OutcomeType type) {
    return Outcomes.record(policy.record(), Outcome.of(seq, type).at(clock.instant()));
  }

  private static String fields(ResidentRecord release) {
    return Words.list(release.values().keySet(), Field::label);
  }

  /**
   * Carries out one obligation; returns what was done, in words. The order never asks a disclosure
   * for a physical restraint or an emergency response: meeting one means the desk is wired wrongly,
   * and it stops before it releases anything.
   */
  private String honour(
      Obligation obligation,
      Request request,
      Recorded recorded,
      Set<Paper> papers,
      Set<InformationCategory> withheld) {
    return switch (obligation.type()) {
      case REDACT -> {
        withheld.addAll(obligation.categories());
        yield "Withheld every field holding "
            + Words.list(obligation.categories(), Words::information)
            + ".";
      }
      case VERIFY_AUTHORITY ->
          "Sent "
              + Paper.authorizing(papers)
              + " to the Law Department to confirm it is genuine and applies.";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Told the clerk: release only the fields "
              + Paper.authorizing(papers)
              + " covers, checking each field asked for against it.";
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
            + " of the compliance record, written before the desk acted.";
      }
      case DO_NOT_OBSTRUCT, EMERGENCY_ONLY ->
          throw new VerifyException(obligation.type() + " on a disclosure: the desk stops");
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
    Walkthrough.main(args, "records-desk", UNIT, RecordsDesk::walkthrough);
  }

  /** Walks through the desk's cases and prints each, decided and acted on. */
  static void walkthrough(PrintStream out, RecordingPolicy policy, Clock clock) {
    RecordsDesk desk = new RecordsDesk(policy, clock, sampleFiles());
    Walkthrough walk =
        Walkthrough.start(
            out,
            "Records-request desk",
            "Requests for residents' files, decided by the order before any field is released.",
            policy);
    show(
        walk,
        "ICE asks for a resident's status and address",
        "An ICE officer e-mails for the immigration status and home address in file F-1001."
            + " Nothing is attached.",
        desk.handle(
            new RecordsRequest(
                "rec-01",
                Agency.ICE_ERO,
                Purpose.UNKNOWN,
                Set.of(),
                "F-1001",
                Set.of(Field.IMMIGRATION_STATUS, Field.ADDRESS))));
    show(
        walk,
        "The same request, with an order signed by a federal judge",
        "This time the officer attaches a court order that compels the two fields.",
        desk.handle(
            new RecordsRequest(
                "rec-02",
                Agency.ICE_ERO,
                Purpose.UNKNOWN,
                Set.of(Paper.COURT_ORDER),
                "F-1001",
                Set.of(Field.IMMIGRATION_STATUS, Field.ADDRESS))));
    walk.event(
        "The Law Department confirms the order",
        "Two days later the Law Department confirms that the court order is genuine and compels"
            + " both fields.",
        desk.lawDepartmentConfirms("rec-02").steps());
    show(
        walk,
        "A state agency reviews a rental-assistance case",
        "The state housing agency asks for the name, status, place of birth and case notes of"
            + " F-1001 to close a rental-assistance case.",
        desk.handle(
            new RecordsRequest(
                "rec-03",
                Agency.STATE_AGENCY,
                Purpose.CITY_SERVICE,
                Set.of(),
                "F-1001",
                Set.of(
                    Field.NAME,
                    Field.IMMIGRATION_STATUS,
                    Field.PLACE_OF_BIRTH,
                    Field.CASE_NOTES))));
    show(
        walk,
        "A resident's own green-card application",
        "USCIS asks for the name, date of birth, status and case notes of F-1001 for her"
            + " application, with a consent she signed.",
        desk.handle(
            new RecordsRequest(
                "rec-04",
                Agency.USCIS,
                Purpose.SUBJECT_BENEFIT,
                Set.of(Paper.SIGNED_CONSENT),
                "F-1001",
                Set.of(
                    Field.NAME, Field.DATE_OF_BIRTH, Field.IMMIGRATION_STATUS, Field.CASE_NOTES))));
    show(
        walk,
        "HSI says it investigates a crime",
        "An HSI agent says a trafficking investigation needs the criminal history in file"
            + " F-1002.",
        desk.handle(
            new RecordsRequest(
                "rec-05",
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                "F-1002",
                Set.of(Field.CRIMINAL_HISTORY))));
    show(
        walk,
        "A university researcher asks for a count",
        "A researcher asks how many files the desk holds.",
        desk.handle(new StatisticsRequest("rec-06", Agency.PRIVATE_PARTY, Purpose.UNKNOWN)));
    show(
        walk,
        "ICE asks for the same count",
        "An ICE officer asks how many files the desk holds.",
        desk.handle(new StatisticsRequest("rec-07", Agency.ICE_ERO, Purpose.UNKNOWN)));
    show(
        walk,
        "HSI asks for an address, citing the same investigation",
        "The HSI agent comes back for the address and phone in file F-1002. Immigration"
            + " authorities are not told a person's contact information, whatever purpose they"
            + " state.",
        desk.handle(
            new RecordsRequest(
                "rec-08",
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                "F-1002",
                Set.of(Field.ADDRESS, Field.PHONE))));
    out.println();
    out.println("Waiting for the Law Department: " + desk.referrals() + ".");
  }

  private static void show(Walkthrough walk, String title, String situation, Reply<?> reply) {
    walk.show(title, situation, reply.decision(), reply.course(), reply.steps());
  }

  /** Two files for the walkthrough; the people are invented. */
  static ImmutableList<ResidentRecord> sampleFiles() {
    return ImmutableList.of(
        new ResidentRecord(
            "F-1001",
            ImmutableMap.<Field, String>builder()
                .put(Field.NAME, "Ana Reyes Morales")
                .put(Field.DATE_OF_BIRTH, "14 March 1987")
                .put(Field.ADDRESS, "2417 S Drake Ave, Chicago IL 60623")
                .put(Field.PHONE, "312-555-0147")
                .put(Field.IMMIGRATION_STATUS, "Temporary Protected Status")
                .put(Field.PLACE_OF_BIRTH, "San Salvador, El Salvador")
                .put(Field.CUSTODY_STATUS, "Not in custody")
                .put(Field.RELEASE_DATE, "No release scheduled")
                .put(Field.CRIMINAL_HISTORY, "No convictions")
                .put(Field.CASE_NOTES, "Rental assistance approved after a kitchen fire")
                .build()),
        new ResidentRecord(
            "F-1002",
            ImmutableMap.<Field, String>builder()
                .put(Field.NAME, "Luis Ortega Villanueva")
                .put(Field.DATE_OF_BIRTH, "2 October 1979")
                .put(Field.ADDRESS, "5530 W Belmont Ave, Chicago IL 60641")
                .put(Field.PHONE, "773-555-0199")
                .put(Field.IMMIGRATION_STATUS, "Lawful permanent resident")
                .put(Field.PLACE_OF_BIRTH, "Morelia, Mexico")
                .put(Field.CUSTODY_STATUS, "Held at the 16th District lockup")
                .put(Field.RELEASE_DATE, "Friday at noon")
                .put(Field.CRIMINAL_HISTORY, "Misdemeanor retail theft, dismissed")
                .put(Field.CASE_NOTES, "Business licence renewal pending")
                .build()));
  }
}
