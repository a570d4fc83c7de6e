package org.sanctuarypolicy.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Clause;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.ClauseException;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.NexusRule;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;

/**
 * The plain evaluator: interprets the clause catalog clause by clause, the nexus rules first and
 * then every clause with its exceptions, as the catalog reads. It is the reference that every
 * faster path must equal.
 */
final class ReferenceEvaluator {
  static final ImmutableSet<InformationCategory> STATUS_INFORMATION =
      Sets.immutableEnumSet(
          InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);

  /** One clause's finding on one request. */
  private static final class Finding {
    final Clause clause;
    final @Nullable ClauseException exception;
    final Effect effect;
    final EnumSet<ObligationType> obligations;
    final Set<InformationCategory> redacted;

    Finding(
        Clause clause,
        @Nullable ClauseException exception,
        Effect effect,
        EnumSet<ObligationType> obligations,
        Set<InformationCategory> redacted) {
      this.clause = clause;
      this.exception = exception;
      this.effect = effect;
      this.obligations = obligations;
      this.redacted = redacted;
    }

    Reason reason() {
      return Reason.of(
          clause.id(),
          exception == null ? Optional.empty() : Optional.of(exception.id()),
          effect,
          exception == null ? clause.text() : exception.text());
    }
  }

  private final ClauseCatalog catalog;
  private final PolicyInfo info;

  ReferenceEvaluator(ClauseCatalog catalog, PolicyInfo info) {
    this.catalog = catalog;
    this.info = info;
  }

  /** The enforcement nexus: the first nexus rule that holds, else NONE. */
  Nexus nexus(Request request) {
    for (NexusRule rule : catalog.nexusRules()) {
      // A nexus rule never tests the nexus (NexusRule checks it), so any value will do here.
      if (Conditions.holds(rule.condition(), request, Nexus.NONE)) {
        return rule.nexus();
      }
    }
    return Nexus.NONE;
  }

  /** The whole decision: findings, combined effect, obligations and remedies. */
  Decision decide(Request request) {
    List<Finding> findings = findings(request);
    Effect effect = combine(findings);
    Decision.Builder decision = Decision.builder();
    decision
        .requestId(request.requestId())
        .effect(effect)
        .governed(!findings.isEmpty())
        .policy(info);
    for (Finding finding : findings) {
      decision.addReasons(finding.reason());
    }
    decision.addAllObligations(obligations(findings, effect));
    if (effect != Effect.PERMIT) {
      decision.addAllRemedies(remedies(request, effect));
    }
    return decision.build();
  }

  /** The combined effect alone, as remedies need it. */
  Effect effect(Request request) {
    return combine(findings(request));
  }

  private List<Finding> findings(Request request) {
    Nexus nexus = nexus(request);
    List<Finding> findings = new ArrayList<>();
    for (Clause clause : catalog.clauses()) {
      if (clause.binds().contains(request.actor())
          && Conditions.holds(clause.scope(), request, nexus)) {
        findings.add(finding(clause, request, nexus));
      }
    }
    return findings;
  }

  private Finding finding(Clause clause, Request request, Nexus nexus) {
    for (ClauseException exception : clause.exceptions()) {
      if (Conditions.holds(exception.condition(), request, nexus)) {
        return new Finding(
            clause,
            exception,
            exception.effect(),
            physical(exception.obligations(), request),
            Set.of());
      }
    }
    EnumSet<ObligationType> obligations = physical(clause.baseObligations(), request);
    switch (clause.baseEffect()) {
      case DENY:
        return new Finding(clause, null, Effect.DENY, obligations, Set.of());
      case ESCALATE:
        return new Finding(clause, null, Effect.ESCALATE, obligations, Set.of());
      case PERMIT:
        return new Finding(clause, null, Effect.PERMIT, obligations, Set.of());
      case REDACT:
        Set<InformationCategory> status =
            Sets.immutableEnumSet(Sets.intersection(request.information(), STATUS_INFORMATION));
        if (STATUS_INFORMATION.containsAll(request.information())) {
          return new Finding(clause, null, Effect.DENY, obligations, Set.of());
        }
        if (status.isEmpty()) {
          // Nothing to withhold: a catalog's REDACT clause may speak where no status is asked for.
          return new Finding(clause, null, Effect.PERMIT, obligations, Set.of());
        }
        obligations.add(ObligationType.REDACT);
        return new Finding(clause, null, Effect.PERMIT, obligations, status);
    }
    throw new AssertionError(clause.baseEffect());
  }

  /** Drops DO_NOT_OBSTRUCT unless the action is a physical one. */
  private EnumSet<ObligationType> physical(Set<ObligationType> obligations, Request request) {
    EnumSet<ObligationType> result = EnumSet.noneOf(ObligationType.class);
    result.addAll(obligations);
    if (!catalog.physicalActions().contains(request.action())) {
      result.remove(ObligationType.DO_NOT_OBSTRUCT);
    }
    return result;
  }

  private static Effect combine(List<Finding> findings) {
    Effect effect = Effect.PERMIT;
    for (Finding finding : findings) {
      if (finding.effect.compareTo(effect) < 0) {
        effect = finding.effect;
      }
    }
    return effect;
  }

  private static List<Obligation> obligations(List<Finding> findings, Effect effect) {
    EnumSet<ObligationType> types = EnumSet.noneOf(ObligationType.class);
    EnumSet<InformationCategory> redacted = EnumSet.noneOf(InformationCategory.class);
    for (Finding finding : findings) {
      if (finding.effect == effect) {
        types.addAll(finding.obligations);
        redacted.addAll(finding.redacted);
      }
      if (finding.obligations.contains(ObligationType.DOCUMENT_AND_REPORT)) {
        types.add(ObligationType.DOCUMENT_AND_REPORT);
      }
    }
    if (effect == Effect.ESCALATE) {
      types.add(ObligationType.REFER_TO_LAW_DEPARTMENT);
    }
    ImmutableList.Builder<Obligation> obligations = ImmutableList.builder();
    for (ObligationType type : types) {
      obligations.add(
          type == ObligationType.REDACT ? Obligation.redact(redacted) : Obligation.of(type));
    }
    return obligations.build();
  }

  private List<Remedy> remedies(Request request, Effect effect) {
    List<Remedy> remedies = new ArrayList<>();
    for (Authority candidate : catalog.remedyCandidates()) {
      if (request.presents(candidate)) {
        continue;
      }
      EnumSet<Authority> authorities = EnumSet.of(candidate);
      authorities.addAll(request.authorities());
      Effect remedied = effect(Request.builderFrom(request).authorities(authorities).build());
      if (remedied == Effect.PERMIT || (effect == Effect.DENY && remedied == Effect.ESCALATE)) {
        remedies.add(Remedy.of(candidate, remedied));
      }
    }
    return remedies;
  }
}
