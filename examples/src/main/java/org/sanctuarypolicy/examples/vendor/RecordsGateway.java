package org.sanctuarypolicy.examples.vendor;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Iterables;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.FacilityArea;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.testkit.Certification;
import org.sanctuarypolicy.testkit.CertificationAdapter;
import org.sanctuarypolicy.testkit.CertificationReport;
import org.sanctuarypolicy.testkit.ScenarioResult;

/**
 * A sample vendor product, certified by the test kit: a records gateway, the front door through
 * which outside agencies' requests reach a city department's records and operations.
 *
 * <p>Each request comes in through the gateway's own intake screen ({@link Inquiry}: who asks, why,
 * the papers attached, what is asked, which record fields). The gateway turns it into a request of
 * the order, asks {@link SanctuaryPolicy#chicago()}, and acts in its own terms: it releases the
 * fields asked for minus those a {@code REDACT} withholds, holds an approval until counsel has
 * verified the papers, refuses with the grounds and what would change them, or refers the request
 * to counsel. Every obligation becomes a note for staff.
 *
 * <p>{@link GatewayAdapter} puts the gateway in the situation each conformance scenario describes
 * and reports what it did; {@link #main} certifies it and prints the verdict.
 */
public final class RecordsGateway {
  private final Installation installation;
  private final Policy policy;

  RecordsGateway(Installation installation, Policy policy) {
    this.installation = installation;
    this.policy = policy;
  }

  /** The gateway as the vendor ships it, installed for a department, a contractor or an agency. */
  static RecordsGateway installedAt(Installation installation) {
    return new RecordsGateway(installation, SanctuaryPolicy.chicago());
  }

  /** Decides a request and says what the gateway does with it. */
  GatewayReply handle(Inquiry inquiry) {
    Decision decision = policy.evaluate(policyRequest(inquiry));
    List<String> notes = new ArrayList<>();
    notes.add(grounds(decision));
    for (Obligation obligation : decision.obligations()) {
      notes.add(instruction(obligation, inquiry));
    }
    return switch (decision.effect()) {
      case PERMIT -> approve(inquiry, decision, notes);
      case DENY -> {
        notes.add(remedies(decision));
        yield new GatewayReply(inquiry.ticket(), Outcome.REFUSED, Set.of(), Set.of(), notes);
      }
      case ESCALATE -> {
        notes.add(remedies(decision));
        yield new GatewayReply(
            inquiry.ticket(), Outcome.REFERRED_TO_COUNSEL, Set.of(), Set.of(), notes);
      }
    };
  }

  /** The intake screen's request in the order's vocabulary. */
  private Request policyRequest(Inquiry inquiry) {
    Request.Builder request =
        Request.builder()
            .requestId(inquiry.ticket())
            .actor(installation.actor())
            .action(inquiry.ask().action())
            .counterparty(inquiry.requester().counterparty())
            .purpose(inquiry.reason().purpose())
            .authorities(Iterables.transform(inquiry.attachments(), Attachment::authority));
    if (inquiry.ask() == Ask.RELEASE_RECORDS) {
      request.information(Iterables.transform(inquiry.fields(), RecordField::category));
    }
    if (inquiry.ask() == Ask.USE_SPACE) {
      request.facilityArea(inquiry.publicSpace() ? FacilityArea.PUBLIC : FacilityArea.NON_PUBLIC);
    }
    return request.build();
  }

  /** A permitted request: release what may be released, once verified where that is required. */
  private static GatewayReply approve(Inquiry inquiry, Decision decision, List<String> notes) {
    Set<InformationCategory> redacted =
        decision
            .obligation(ObligationType.REDACT)
            .map(Obligation::categories)
            .orElse(ImmutableSet.of());
    Set<RecordField> withheld =
        Sets.filter(inquiry.fields(), field -> redacted.contains(field.category()));
    Set<RecordField> released = Sets.difference(inquiry.fields(), withheld);
    Outcome outcome =
        decision.obligation(ObligationType.VERIFY_AUTHORITY).isPresent()
            ? Outcome.APPROVED_AFTER_VERIFICATION
            : Outcome.APPROVED;
    return new GatewayReply(inquiry.ticket(), outcome, released, withheld, notes);
  }

  private static String grounds(Decision decision) {
    if (!decision.governed()) {
      return "The order does not govern this request.";
    }
    List<String> findings = new ArrayList<>();
    for (Reason reason : decision.reasons()) {
      findings.add(reason.exception().orElse(reason.clause()) + " (" + reason.effect() + ")");
    }
    return decision.effect() + " under " + Joiner.on(", ").join(findings) + ".";
  }

  private static String instruction(Obligation obligation, Inquiry inquiry) {
    return switch (obligation.type()) {
      case REDACT -> "Withhold the fields holding " + obligation.categories() + ".";
      case VERIFY_AUTHORITY ->
          "Send the attached papers to counsel; nothing leaves until counsel confirms them.";
      case LIMIT_TO_AUTHORITY_SCOPE ->
          "Release or do only what the papers or the stated purpose cover.";
      case REFER_TO_LAW_DEPARTMENT -> "Ticket " + inquiry.ticket() + " goes to counsel.";
      case DOCUMENT_AND_REPORT -> "Logged for the city's reporting, by category only.";
      case DO_NOT_OBSTRUCT -> "Decline, but never physically interfere.";
      case EMERGENCY_ONLY ->
          "Respond to the emergency only: do not secure, escort or support an operation.";
    };
  }

  private static String remedies(Decision decision) {
    if (decision.remedies().isEmpty()) {
      return "No paper would change this.";
    }
    List<String> remedies = new ArrayList<>();
    for (Remedy remedy : decision.remedies()) {
      remedies.add(label(remedy.authority()) + " (" + remedy.effect() + ")");
    }
    return "What would change this: " + Joiner.on("; ").join(remedies) + ".";
  }

  private static String label(Authority authority) {
    return Arrays.stream(Attachment.values())
        .filter(attachment -> attachment.authority() == authority)
        .map(Attachment::label)
        .findFirst()
        .orElse(authority.name());
  }

  /**
   * Certifies the gateway against the conformance catalog and prints the one-line verdict and the
   * failing scenario ids; with an argument, also writes the report into that directory. Exits 0
   * when certified and 1 when not, as {@code certify} does.
   *
   * @param args an optional directory for {@code report.json}, {@code report.md} and {@code
   *     report.html}
   * @throws IOException when the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    System.exit(exitCode(certify(GatewayAdapter.current(), args, System.out)));
  }

  /** The exit status of a certification, as {@code certify} gives it: 0 certified, 1 not. */
  static int exitCode(CertificationReport report) {
    return report.certified() ? 0 : 1;
  }

  /** Certifies through an adapter, prints the verdict and the failing ids, writes the report. */
  static CertificationReport certify(CertificationAdapter adapter, String[] args, PrintStream out)
      throws IOException {
    CertificationReport report = Certification.run(adapter);
    out.println(report.verdictLine());
    List<String> failing = new ArrayList<>();
    for (ScenarioResult failure : report.failures()) {
      failing.add(failure.scenario().id());
    }
    out.println(
        "failing scenarios: " + (failing.isEmpty() ? "none" : Joiner.on(", ").join(failing)));
    if (args.length > 0) {
      Path directory = Path.of(args[0]);
      report.writeTo(directory);
      out.println("report: " + directory.resolve("report.html"));
    }
    return report;
  }
}
