package org.sanctuarypolicy.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.json.PolicyJson;

/** The checks of the laws on one request and its decision, shared by every way of checking. */
final class LawChecks {
  /**
   * The instruments of law 4: judicial process, a statutory requirement and written consent. The
   * vocabulary defines them, whatever a catalog lists as its remedy candidates.
   */
  static final ImmutableList<Authority> LAW_4_INSTRUMENTS =
      ImmutableList.of(
          Authority.JUDICIAL_WARRANT,
          Authority.COURT_ORDER,
          Authority.STATUTORY_REQUIREMENT,
          Authority.WRITTEN_CONSENT);

  /** The instruments of law 5, defined by the vocabulary. */
  static final ImmutableSet<Authority> NON_JUDICIAL =
      Sets.immutableEnumSet(
          Authority.IMMIGRATION_DETAINER,
          Authority.ADMINISTRATIVE_WARRANT,
          Authority.ADMINISTRATIVE_SUBPOENA);

  static final ImmutableSet<InformationCategory> STATUS =
      Sets.immutableEnumSet(
          InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);

  private LawChecks() {}

  /** Law 1: evaluates, recording a throw, a missing decision or an id not echoed. */
  static @Nullable Decision decide(Policy policy, Request request, Violations violations) {
    Decision decision;
    try {
      decision = policy.evaluate(request);
    } catch (RuntimeException e) {
      violations.add(
          Law.EVERY_REQUEST_DECIDED, () -> "evaluate threw " + e + " for " + json(request));
      return null;
    }
    if (decision == null) {
      violations.add(
          Law.EVERY_REQUEST_DECIDED, () -> "evaluate returned null for " + json(request));
      return null;
    }
    if (!decision.requestId().equals(request.requestId())) {
      violations.add(
          Law.EVERY_REQUEST_DECIDED,
          () ->
              "the decision is for request id \""
                  + decision.requestId()
                  + "\", not the request's: "
                  + json(request));
    }
    return decision;
  }

  /**
   * Laws 2, 3, 6 and the half of law 7 that needs no other request: every remedy is one of the
   * policy's remedy candidates, not presented, on a decision that is not a PERMIT.
   */
  static void ownLaws(
      Policy policy,
      ImmutableList<Authority> candidates,
      Request request,
      Decision decision,
      Violations violations) {
    if (violations.checks(Law.DETERMINISTIC)) {
      Request reversed =
          Request.builderFrom(request)
              .authorities(request.authorities().asList().reverse())
              .information(request.information().asList().reverse())
              .build();
      Decision again;
      try {
        again = policy.evaluate(reversed);
      } catch (RuntimeException e) {
        again = null;
      }
      if (!decision.equals(again)) {
        violations.add(
            Law.DETERMINISTIC,
            () ->
                "another decision for the same request given again, its sets in reverse order: "
                    + json(request));
      }
    }
    if (decision.effect() != Effect.PERMIT && !cites(decision)) {
      violations.add(
          Law.DENY_AND_ESCALATE_CITED,
          () -> decision.effect() + " without a finding that gives it: " + json(request));
    }
    if (leaksStatus(request, decision)) {
      violations.add(
          Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES,
          () -> "PERMIT without redacting the status categories: " + json(request));
    }
    for (Remedy remedy : decision.remedies()) {
      if (decision.permits()
          || request.presents(remedy.authority())
          || !candidates.contains(remedy.authority())) {
        violations.add(
            Law.REMEDIES_MATCH_REEVALUATION,
            () ->
                "remedy "
                    + remedy.authority()
                    + " -> "
                    + remedy.effect()
                    + " is not allowed on "
                    + decision.effect()
                    + " for "
                    + json(request));
      }
    }
  }

  /** Law 3 for a DENY or ESCALATE: some finding has the decision's effect. */
  private static boolean cites(Decision decision) {
    for (Reason reason : decision.reasons()) {
      if (reason.effect() == decision.effect()) {
        return true;
      }
    }
    return false;
  }

  /** Law 6 for one request and its decision. */
  static boolean leaksStatus(Request request, Decision decision) {
    if (!decision.permits()
        || request.actor() == Actor.SISTER_AGENCY
        || (request.counterparty() != Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
            && request.counterparty() != Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS)
        || request.presents(Authority.JUDICIAL_WARRANT)
        || request.presents(Authority.COURT_ORDER)) {
      return false;
    }
    Set<InformationCategory> status = Sets.intersection(request.information(), STATUS);
    if (status.isEmpty()) {
      return false;
    }
    return !Observation.of(decision).redacted().containsAll(status);
  }

  /** Law 8. */
  static void agreesWithReference(
      Policy reference, Request request, Decision decision, Violations violations) {
    Decision expected;
    try {
      expected = reference.evaluate(request);
    } catch (RuntimeException e) {
      violations.add(
          Law.AGREES_WITH_REFERENCE, () -> "the reference threw " + e + " for " + json(request));
      return;
    }
    if (!expected.equals(decision)) {
      violations.add(
          Law.AGREES_WITH_REFERENCE,
          () ->
              "another decision than the reference's for "
                  + json(request)
                  + "\n      decided:   "
                  + PolicyJson.write(decision)
                  + "\n      reference: "
                  + PolicyJson.write(expected));
    }
  }

  /**
   * Laws 4, 5 and the rest of law 7 for one request, by evaluating it again with each instrument it
   * does not present: the remedies must be, in the order of the policy's remedy candidates, each
   * candidate whose addition makes the decision a PERMIT, or an ESCALATE from a DENY.
   */
  static void withOneMore(
      Policy policy,
      ImmutableList<Authority> candidates,
      Request request,
      Decision decision,
      Violations violations) {
    Effect before = decision.effect();
    EnumMap<Authority, Effect> afterAdding = new EnumMap<>(Authority.class);
    for (Authority authority : Authority.values()) {
      if (request.presents(authority)) {
        continue;
      }
      EnumSet<Authority> more = EnumSet.of(authority);
      more.addAll(request.authorities());
      Request added = Request.builderFrom(request).authorities(more).build();
      Decision after = decide(policy, added, violations);
      if (after == null) {
        continue;
      }
      afterAdding.put(authority, after.effect());
      Law broken = brokenByAdding(authority, before, after.effect());
      if (broken != null) {
        violations.add(broken, () -> moved(authority, before, after.effect(), request));
      }
    }
    ImmutableList.Builder<Remedy> expected = ImmutableList.builder();
    if (!decision.permits()) {
      for (Authority candidate : candidates) {
        Effect after = afterAdding.get(candidate);
        if (after != null && remedies(before, after)) {
          expected.add(Remedy.of(candidate, after));
        }
      }
    }
    ImmutableList<Remedy> remedies = expected.build();
    if (!remedies.equals(decision.remedies())) {
      violations.add(
          Law.REMEDIES_MATCH_REEVALUATION,
          () ->
              "remedies "
                  + decision.remedies()
                  + ", re-evaluation gives "
                  + remedies
                  + " for "
                  + json(request));
    }
  }

  /**
   * Laws 4 and 5 for one instrument added to a request, which moved its decision from {@code
   * before} to {@code after}: law 4 when a remedy candidate made it less permissive, law 5 when a
   * non-judicial instrument made it more permissive, else null.
   */
  static @Nullable Law brokenByAdding(Authority added, Effect before, Effect after) {
    if (LAW_4_INSTRUMENTS.contains(added)) {
      return after.compareTo(before) < 0 ? Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE : null;
    }
    return after.compareTo(before) > 0 ? Law.NON_JUDICIAL_NEVER_MORE_PERMISSIVE : null;
  }

  /** Whether an instrument that moves a decision from {@code before} to {@code after} is listed. */
  static boolean remedies(Effect before, Effect after) {
    return before != Effect.PERMIT
        && (after == Effect.PERMIT || (before == Effect.DENY && after == Effect.ESCALATE));
  }

  static String moved(Authority authority, Effect before, Effect after, Request request) {
    return "adding " + authority + " moves " + before + " to " + after + ": " + json(request);
  }

  static String json(Request request) {
    return PolicyJson.write(request);
  }
}
