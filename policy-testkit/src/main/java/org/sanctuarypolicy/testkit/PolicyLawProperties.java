package org.sanctuarypolicy.testkit;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * The laws every policy must obey ({@link Law}) as jqwik properties over generated requests, for
 * any {@link Policy}: extend this class and say which policy to check. A violation shrinks to a
 * small request.
 *
 * <pre>{@code
 * class MyPolicyLawProperties extends PolicyLawProperties {
 *   @Override
 *   protected Policy policy() {
 *     return MyPolicy.create();
 *   }
 * }
 * }</pre>
 *
 * <p>Each property runs 1,000 tries unless the subclass sets other {@link PropertyDefaults}. Law 8
 * compares with the plain reference evaluator of the checked policy's own catalog unless {@link
 * #reference()} is overridden. Policies are evaluated without the decision log ({@link
 * SanctuaryPolicy#unlogged(Policy)}). For a proof over every request rather than a sample, use
 * {@link PolicyLaws#checkExhaustively(Policy, Policy)}.
 */
@PropertyDefaults(tries = 1000)
public abstract class PolicyLawProperties {
  /** For subclasses. */
  protected PolicyLawProperties() {}

  /**
   * The policy whose laws are checked.
   *
   * @return the policy
   */
  protected abstract Policy policy();

  /** The reference of the checked policy's catalog, made on first use. */
  private @Nullable Policy ownReference;

  /**
   * The policy that law 8 compares with. By default the plain reference evaluator of the checked
   * policy's own catalog, {@link SanctuaryPolicy#reference(ClauseCatalog)} of {@code
   * policy().catalog()} (for the built-in order, {@link SanctuaryPolicy#reference()}), made once.
   *
   * @return the reference of the checked policy's catalog unless overridden
   */
  protected Policy reference() {
    Policy reference = ownReference;
    if (reference == null) {
      ClauseCatalog catalog = policy().catalog();
      reference =
          catalog.equals(SanctuaryPolicy.chicago().catalog())
              ? SanctuaryPolicy.reference()
              : SanctuaryPolicy.reference(catalog);
      ownReference = reference;
    }
    return reference;
  }

  /**
   * Law 1: every well-formed request gets a decision.
   *
   * @param request a generated request
   */
  @Property
  public void law1_anyRequest_getsADecision(@ForAll("requests") Request request) {
    assertHolds(Law.EVERY_REQUEST_DECIDED, List.of(request), false);
  }

  /**
   * Law 2: the decision is deterministic and independent of the order of sets.
   *
   * @param request a generated request
   */
  @Property
  public void law2_anyRequest_decidedAlikeAgain(@ForAll("requests") Request request) {
    assertHolds(Law.DETERMINISTIC, List.of(request), false);
  }

  /**
   * Law 3: every DENY or ESCALATE cites a clause whose finding gives it.
   *
   * @param request a generated request
   */
  @Property
  public void law3_denyOrEscalate_citesAFindingWithThatEffect(@ForAll("requests") Request request) {
    assertHolds(Law.DENY_AND_ESCALATE_CITED, List.of(request), false);
  }

  /**
   * Law 4: adding a judicial process, a statute or a consent never makes a decision less
   * permissive.
   *
   * @param request a generated request
   * @param added a judicial warrant, court order, statutory requirement or written consent
   */
  @Property
  public void law4_addingJudicialProcessStatuteOrConsent_neverLessPermissive(
      @ForAll("requests") Request request, @ForAll("remedyInstruments") Authority added) {
    assertMonotone(request, added, Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE);
  }

  /**
   * Law 5: adding a non-judicial instrument never makes a decision more permissive.
   *
   * @param request a generated request
   * @param added a detainer, administrative warrant or administrative subpoena
   */
  @Property
  public void law5_addingNonJudicialInstrument_neverMorePermissive(
      @ForAll("requests") Request request, @ForAll("nonJudicialInstruments") Authority added) {
    assertMonotone(request, added, Law.NON_JUDICIAL_NEVER_MORE_PERMISSIVE);
  }

  /**
   * Law 6: no PERMIT to disclose status information to an immigration authority without judicial
   * process, unless the status categories are redacted. The requests are disclosures to an
   * immigration authority, where the law bites.
   *
   * @param request a generated disclosure to an immigration authority
   */
  @Property
  public void law6_statusToImmigrationAuthority_neverPermittedUnredacted(
      @ForAll("disclosuresToImmigrationAuthorities") Request request) {
    assertHolds(Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES, List.of(request), false);
  }

  /**
   * Law 7: remedies are exactly what re-evaluation with the added instrument yields.
   *
   * @param request a generated request
   */
  @Property
  public void law7_remedies_matchReevaluation(@ForAll("requests") Request request) {
    assertHolds(Law.REMEDIES_MATCH_REEVALUATION, List.of(request), false);
  }

  /**
   * Law 8: the policy and the reference give the same decision.
   *
   * @param request a generated request
   */
  @Property
  public void law8_anyRequest_decidedAsTheReference(@ForAll("requests") Request request) {
    assertHolds(Law.AGREES_WITH_REFERENCE, List.of(request), true);
  }

  /**
   * Every well-formed request.
   *
   * @return {@link PolicyArbitraries#requests()}
   */
  @Provide
  protected Arbitrary<Request> requests() {
    return PolicyArbitraries.requests();
  }

  /**
   * Disclosures to an immigration authority.
   *
   * @return the arbitrary
   */
  @Provide
  protected Arbitrary<Request> disclosuresToImmigrationAuthorities() {
    return Combinators.combine(
            PolicyArbitraries.requests(Action.DISCLOSE_INFORMATION),
            Arbitraries.of(
                Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT,
                Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS))
        .as(
            (request, counterparty) ->
                Request.builderFrom(request).counterparty(counterparty).build());
  }

  /**
   * The instruments of law 4.
   *
   * @return {@link PolicyArbitraries#remedyInstruments()}
   */
  @Provide
  protected Arbitrary<Authority> remedyInstruments() {
    return PolicyArbitraries.remedyInstruments();
  }

  /**
   * The instruments of law 5.
   *
   * @return {@link PolicyArbitraries#nonJudicialInstruments()}
   */
  @Provide
  protected Arbitrary<Authority> nonJudicialInstruments() {
    return PolicyArbitraries.nonJudicialInstruments();
  }

  /** Law 4 or 5 (as {@code law} says) for the added instrument, and law 1 for both decisions. */
  private void assertMonotone(Request request, Authority added, Law law) {
    Violations violations = new Violations(Sets.immutableEnumSet(law, Law.EVERY_REQUEST_DECIDED));
    Policy policy = SanctuaryPolicy.unlogged(policy());
    Decision before = LawChecks.decide(policy, request, violations);
    EnumSet<Authority> more = EnumSet.of(added);
    more.addAll(request.authorities());
    Decision after =
        LawChecks.decide(
            policy, Request.builderFrom(request).authorities(more).build(), violations);
    if (before != null && after != null) {
      Law broken = LawChecks.brokenByAdding(added, before.effect(), after.effect());
      if (broken != null) {
        violations.add(
            broken, () -> LawChecks.moved(added, before.effect(), after.effect(), request));
      }
    }
    violations.report(1).assertHolds();
  }

  private void assertHolds(Law law, List<Request> requests, boolean withReference) {
    LawReport report =
        withReference
            ? PolicyLaws.check(policy(), reference(), requests)
            : PolicyLaws.check(policy(), requests);
    if (!report.holds(law)) {
      throw new AssertionError(
          "law " + law.number() + " (" + law.statement() + "): " + report.violations(law));
    }
  }
}
