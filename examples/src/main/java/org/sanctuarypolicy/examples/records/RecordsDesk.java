package org.sanctuarypolicy.examples.records;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.VerifyException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
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
import org.sanctuarypolicy.examples.desk.Words;

/**
 * A records-request desk: it asks the order before it releases any field of a resident's file.
 *
 * <p>Each request becomes a policy request: the requester's agency gives the counterparty, the
 * stated reason the purpose, the papers the authorities and the fields asked for the information
 * categories. The desk then releases exactly the fields asked for minus those a {@code REDACT}
 * withholds, prepares the release but keeps it until the Law Department has verified the papers,
 * refuses with the reasons and remedies, or holds the request and refers it. It honours every
 * obligation, and its audit log holds no personal data.
 */
public final class RecordsDesk {
  private final Policy policy;
  private final AuditLog audit;
  private final ImmutableMap<String, ResidentRecord> files;
  private final List<String> referrals = new ArrayList<>();

  RecordsDesk(Policy policy, AuditLog audit, Iterable<ResidentRecord> files) {
    this.policy = policy;
    this.audit = audit;
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
    return decide(
        request,
        asked.papers(),
        withheld -> file.only(Sets.filter(asked.fields(), f -> !withheld.contains(f.category()))),
        release -> "the file's " + Words.list(release.values().keySet(), Field::label));
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

  /** The request ids waiting for the Law Department. */
  ImmutableList<String> referrals() {
    return ImmutableList.copyOf(referrals);
  }

  /** The enforcement point: evaluate, honour every obligation, then act on the course. */
  private <T> Reply<T> decide(
      Request request,
      Set<Paper> papers,
      Function<Set<InformationCategory>, T> release,
      Function<T, String> describe) {
    Decision decision = policy.evaluate(request);
    Course course = Course.of(decision, true);
    Set<InformationCategory> withheld = EnumSet.noneOf(InformationCategory.class);
    List<String> steps = new ArrayList<>();
    for (Obligation obligation : decision.obligations()) {
      steps.add(honour(obligation, request, decision, papers, withheld));
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
        };
    steps.add(0, outcome);
    return new Reply<>(decision, course, released, steps);
  }

  /**
   * Carries out one obligation; returns what was done, in words. The order never asks a disclosure
   * for a physical restraint or an emergency response: meeting one means the desk is wired wrongly,
   * and it stops before it releases anything.
   */
  private String honour(
      Obligation obligation,
      Request request,
      Decision decision,
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
      case DOCUMENT_AND_REPORT -> "Wrote audit entry: " + audit.record(request, decision).line();
      case DO_NOT_OBSTRUCT, EMERGENCY_ONLY ->
          throw new VerifyException(obligation.type() + " on a disclosure: the desk stops");
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
    RecordsDesk desk = new RecordsDesk(policy, new AuditLog(clock), sampleFiles());
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
        "An HSI agent says a trafficking investigation needs the address, phone and criminal"
            + " history in file F-1002.",
        desk.handle(
            new RecordsRequest(
                "rec-05",
                Agency.ICE_HSI,
                Purpose.CRIMINAL_INVESTIGATION,
                Set.of(),
                "F-1002",
                Set.of(Field.ADDRESS, Field.PHONE, Field.CRIMINAL_HISTORY))));
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
    out.println();
    out.println(
        "Audit log: "
            + desk.audit.entries().size()
            + " entries, none with a name or a value from a file. Waiting for the Law Department: "
            + desk.referrals()
            + ".");
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
