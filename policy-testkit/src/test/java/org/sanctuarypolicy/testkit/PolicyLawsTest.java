package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * DESIGN §8 laws 1 to 8 for the Chicago order, checked by exhaustive enumeration of the whole
 * request space (16,805,376 requests), not by sampling. One pass decides every request with the
 * compiled policy, checks the laws that need only its own decision and its agreement with the plain
 * reference evaluator (law 8), and records its effect and remedies; a second pass checks the laws
 * that compare a request with the same request plus one instrument, by index.
 *
 * <p>Moved from policy-core ({@code PolicyLawsTest} and {@code
 * CompiledPolicyTest.compiled_equalsReference_onEveryRequest}) so that the one shared request space
 * and the reusable laws are what the city's own suite runs too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyLawsTest {
  private static final Policy COMPILED = SanctuaryPolicy.chicago();
  private static final Policy REFERENCE = SanctuaryPolicy.reference();

  private LawReport report;

  @BeforeAll
  void checkEveryRequest() {
    report = PolicyLaws.checkExhaustively(COMPILED, REFERENCE);
  }

  @Test
  void everyRequest_isChecked_onceEach() {
    assertThat(report.requestsChecked())
        .isEqualTo(16_805_376L)
        .isEqualTo(RequestSpace.all().size());
    assertThat(report.laws()).containsExactly(Law.values());
  }

  @Test
  void everyRequest_getsADecision_forItsOwnRequestId() {
    assertThat(report.violations(Law.EVERY_REQUEST_DECIDED)).isEmpty();
    assertThat(report.violationCount(Law.EVERY_REQUEST_DECIDED)).isZero();
  }

  @Test
  void everyRequest_decidedAgainWithSetsReversed_getsTheSameDecision() {
    assertThat(report.violations(Law.DETERMINISTIC)).isEmpty();
  }

  @Test
  void everyDenyOrEscalate_citesAFindingWithThatEffect() {
    assertThat(report.violations(Law.DENY_AND_ESCALATE_CITED)).isEmpty();
  }

  @Test
  void addingJudicialProcessStatuteOrConsent_neverMakesADecisionLessPermissive() {
    assertThat(report.violations(Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE)).isEmpty();
  }

  @Test
  void addingANonJudicialInstrument_neverMakesADecisionMorePermissive() {
    assertThat(report.violations(Law.NON_JUDICIAL_NEVER_MORE_PERMISSIVE)).isEmpty();
  }

  @Test
  void boundActor_neverGetsAPermitToDiscloseUnredactedStatusToAnImmigrationAuthority() {
    assertThat(report.violations(Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES)).isEmpty();
  }

  @Test
  void remedies_areExactlyWhatReevaluationWithTheAddedInstrumentYields() {
    assertThat(report.violations(Law.REMEDIES_MATCH_REEVALUATION)).isEmpty();
  }

  @Test
  void compiled_equalsReference_onEveryRequest() {
    assertThat(report.violations(Law.AGREES_WITH_REFERENCE)).isEmpty();
    assertThat(report.holds()).isTrue();
  }
}
