package org.sanctuarypolicy.record;

import java.util.OptionalLong;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;

/**
 * A policy that puts every reportable decision on a compliance record before returning it.
 *
 * <p>A decision is reportable when it carries {@code DOCUMENT_AND_REPORT} or its request presents
 * an immigration detainer or an administrative warrant. {@link #evaluate} decides with the wrapped
 * policy and, for a reportable decision, returns only once its DECISION entry is committed: a city
 * system that acts on the returned decision acts on a decision already on the record. When the
 * record cannot be written, {@code evaluate} throws {@link RecordException} and returns no
 * decision; the caller must not act. Thread-safe: concurrent calls are committed together.
 */
public final class RecordingPolicy implements Policy {
  private final Policy policy;
  private final ComplianceRecord record;
  private final String unit;
  private final boolean everyDecision;

  private RecordingPolicy(
      Policy policy, ComplianceRecord record, String unit, boolean everyDecision) {
    this.policy = policy;
    this.record = record;
    this.unit = Codes.check("unit", unit);
    this.everyDecision = everyDecision;
  }

  /**
   * A policy that records the reportable decisions of {@code policy} on {@code record} for {@code
   * unit}.
   *
   * @param policy the policy that decides
   * @param record the record to append to
   * @param unit the recording unit's code: 1 to 64 characters of {@code A-Z}, {@code 0-9} and
   *     {@code -}, naming a desk or system, never a person
   * @return the recording policy
   * @throws RecordInputException when {@code unit} is no code
   */
  public static RecordingPolicy of(Policy policy, ComplianceRecord record, String unit) {
    return new RecordingPolicy(policy, record, unit, false);
  }

  /**
   * This policy, recording every decision rather than the reportable ones only.
   *
   * @return the policy that records every decision
   */
  public RecordingPolicy recordingEveryDecision() {
    return new RecordingPolicy(policy, record, unit, true);
  }

  /**
   * Whether a decision must be recorded: it carries {@code DOCUMENT_AND_REPORT}, or its request
   * presents an {@code IMMIGRATION_DETAINER} or an {@code ADMINISTRATIVE_WARRANT}.
   *
   * @param request the request
   * @param decision its decision
   * @return true when the decision is reportable
   */
  public static boolean isReportable(Request request, Decision decision) {
    return decision.obligation(ObligationType.DOCUMENT_AND_REPORT).isPresent()
        || request.presents(Authority.IMMIGRATION_DETAINER)
        || request.presents(Authority.ADMINISTRATIVE_WARRANT);
  }

  /**
   * Decides a request and records the decision when it must be: the decision with the {@code seq}
   * of its DECISION entry, for the outcomes that follow.
   *
   * @param request the request
   * @return the decision, already committed to the record when its {@code seq} is present
   * @throws RecordException when the record cannot be written; no decision is given
   */
  public Recorded decide(Request request) {
    Decision decision = policy.evaluate(request);
    if (!everyDecision && !isReportable(request, decision)) {
      return Recorded.of(decision, OptionalLong.empty());
    }
    long seq = record.appendDecision(unit, request, policy.nexus(request), decision);
    return Recorded.of(decision, OptionalLong.of(seq));
  }

  /**
   * Decides a request, recording the decision first when it must be.
   *
   * @param request the request
   * @return the decision, already committed to the record when reportable
   * @throws RecordException when the record cannot be written; no decision is given
   */
  @Override
  public Decision evaluate(Request request) {
    return decide(request).decision();
  }

  @Override
  public Nexus nexus(Request request) {
    return policy.nexus(request);
  }

  @Override
  public ClauseCatalog catalog() {
    return policy.catalog();
  }

  @Override
  public PolicyInfo info() {
    return policy.info();
  }

  /**
   * The recording unit's code.
   *
   * @return the unit
   */
  public String unit() {
    return unit;
  }

  /**
   * The record this policy appends to.
   *
   * @return the record
   */
  public ComplianceRecord record() {
    return record;
  }
}
