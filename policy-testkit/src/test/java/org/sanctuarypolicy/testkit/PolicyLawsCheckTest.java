package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** The reusable law checks find what they should, on deliberately broken policies. */
class PolicyLawsCheckTest {
  private static final Policy CHICAGO = SanctuaryPolicy.chicago();

  /** Every 2,003rd request of the space: about 8,400 requests of every kind. */
  private static final List<Request> SAMPLE =
      LongStream.iterate(0, i -> i < RequestSpace.all().size(), i -> i + 2_003)
          .mapToObj(RequestSpace.all()::request)
          .collect(Collectors.toList());

  @Test
  void check_chicago_holdsOnASample() {
    LawReport report = PolicyLaws.check(CHICAGO, SanctuaryPolicy.reference(), SAMPLE);
    assertThat(report.holds()).as(report.toString()).isTrue();
    assertThat(report.requestsChecked()).isEqualTo(SAMPLE.size());
    report.assertHolds();
  }

  @Test
  void check_throwingPolicy_violatesLaw1() {
    Policy throwing =
        broken(
            (request, decision) -> {
              if (request.action() == Action.HOLD_ON_DETAINER) {
                throw new IllegalStateException("boom");
              }
              return decision;
            });
    LawReport report = PolicyLaws.check(throwing, SAMPLE);
    assertThat(report.holds(Law.EVERY_REQUEST_DECIDED)).isFalse();
    assertThat(report.violations(Law.EVERY_REQUEST_DECIDED))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("evaluate threw").contains("HOLD_ON_DETAINER"));
    assertThatThrownBy(report::assertHolds)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("law 1");
  }

  @Test
  void check_flipFloppingPolicy_violatesLaw2() {
    AtomicLong calls = new AtomicLong();
    Policy flipFlop =
        broken(
            (request, decision) ->
                calls.incrementAndGet() % 2 == 0
                    ? decision.withRequestId(request.requestId() + "x")
                    : decision);
    LawReport report = PolicyLaws.check(flipFlop, SAMPLE.subList(0, 50));
    assertThat(report.violationCount(Law.DETERMINISTIC)).isPositive();
  }

  @Test
  void check_denyWithoutADenyingFinding_violatesLaw3() {
    Policy uncited =
        broken(
            (request, decision) ->
                decision.governed() && decision.permits()
                    ? rebuild(decision, Effect.DENY)
                    : decision);
    LawReport report = PolicyLaws.check(uncited, SAMPLE);
    assertThat(report.violations(Law.DENY_AND_ESCALATE_CITED))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).startsWith("DENY without a finding that gives it"));
  }

  /**
   * Law 4 (a consent that makes things worse) and law 5 (a subpoena that authorizes): a policy that
   * forces an effect whenever the instrument is presented breaks that instrument's law only.
   */
  @ParameterizedTest
  @CsvSource({
    "WRITTEN_CONSENT, DENY, MORE_AUTHORITY_NEVER_LESS_PERMISSIVE,"
        + " NON_JUDICIAL_NEVER_MORE_PERMISSIVE",
    "ADMINISTRATIVE_SUBPOENA, PERMIT, NON_JUDICIAL_NEVER_MORE_PERMISSIVE,"
        + " MORE_AUTHORITY_NEVER_LESS_PERMISSIVE"
  })
  void check_instrumentForcingAnEffect_violatesItsLawOnly(
      Authority instrument, Effect forced, Law violated, Law other) {
    Policy forcing =
        broken(
            (request, decision) ->
                request.presents(instrument) ? rebuild(decision, forced) : decision);
    LawReport report = PolicyLaws.check(forcing, SAMPLE);
    assertThat(report.violations(violated))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).startsWith("adding " + instrument + " moves"));
    assertThat(report.holds(other)).isTrue();
  }

  @Test
  void check_statusSharedWithIceUnredacted_violatesLaw6() {
    Policy leaky =
        broken(
            (request, decision) ->
                request.counterparty() == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
                        && request.action() == Action.DISCLOSE_INFORMATION
                    ? rebuild(decision, Effect.PERMIT)
                    : decision);
    LawReport report = PolicyLaws.check(leaky, SAMPLE);
    assertThat(report.violations(Law.NO_STATUS_TO_IMMIGRATION_AUTHORITIES))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).contains("FEDERAL_IMMIGRATION_ENFORCEMENT"));
  }

  @Test
  void check_remediesDropped_violatesLaw7() {
    Policy unhelpful = broken((request, decision) -> rebuild(decision, decision.effect(), false));
    LawReport report = PolicyLaws.check(unhelpful, SAMPLE);
    assertThat(report.violations(Law.REMEDIES_MATCH_REEVALUATION))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).startsWith("remedies [], re-evaluation gives [Remedy{"));
    assertThat(report.holds(Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE)).isTrue();
  }

  @Test
  void check_anotherDecisionThanTheReference_violatesLaw8Only() {
    Policy other =
        broken(
            (request, decision) ->
                rebuild(decision, decision.effect(), true, ObligationType.EMERGENCY_ONLY));
    LawReport withReference = PolicyLaws.check(other, SanctuaryPolicy.reference(), SAMPLE);
    assertThat(withReference.violationCount(Law.AGREES_WITH_REFERENCE)).isEqualTo(SAMPLE.size());
    assertThat(withReference.violations(Law.AGREES_WITH_REFERENCE))
        .hasSize(PolicyLaws.EXAMPLES_PER_LAW);
    assertThat(withReference.laws()).contains(Law.AGREES_WITH_REFERENCE);
    LawReport alone = PolicyLaws.check(other, SAMPLE);
    assertThat(alone.holds()).isTrue();
    assertThatThrownBy(() -> alone.violations(Law.AGREES_WITH_REFERENCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was not checked");
  }

  /**
   * The exhaustive pass compares a request with the same request plus one instrument by index, and
   * remedies by a code: over the first context of the space (a city department, ICE, civil
   * enforcement: 66,688 requests) it finds exactly as many violations of each law as the
   * request-by-request check, which re-evaluates. Without this, the whole-space run of {@link
   * PolicyLawsTest} only ever shows the index comparisons finding nothing.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPolicies")
  void checkExhaustively_oneContext_findsWhatTheRequestByRequestCheckFinds(
      String name, Policy policy, Law violated) {
    LawReport byIndex = PolicyLaws.checkExhaustively(policy, SanctuaryPolicy.reference(), 1);
    List<Request> context =
        LongStream.range(0, byIndex.requestsChecked())
            .mapToObj(RequestSpace.all()::request)
            .collect(Collectors.toList());
    LawReport byRequest = PolicyLaws.check(policy, SanctuaryPolicy.reference(), context);

    assertThat(byIndex.requestsChecked()).isEqualTo(128L * 521);
    assertThat(byIndex.violationCount(violated)).isPositive();
    for (Law law : Law.values()) {
      assertThat(byIndex.violationCount(law))
          .as(law.name())
          .isEqualTo(byRequest.violationCount(law));
    }
  }

  static Stream<Arguments> brokenPolicies() {
    return Stream.of(
        Arguments.of(
            "consent forces DENY",
            broken(
                (request, decision) ->
                    request.presents(Authority.WRITTEN_CONSENT)
                        ? rebuild(decision, Effect.DENY)
                        : decision),
            Law.MORE_AUTHORITY_NEVER_LESS_PERMISSIVE),
        Arguments.of(
            "subpoena forces PERMIT",
            broken(
                (request, decision) ->
                    request.presents(Authority.ADMINISTRATIVE_SUBPOENA)
                        ? rebuild(decision, Effect.PERMIT)
                        : decision),
            Law.NON_JUDICIAL_NEVER_MORE_PERMISSIVE),
        Arguments.of(
            "remedies dropped",
            broken((request, decision) -> rebuild(decision, decision.effect(), false)),
            Law.REMEDIES_MATCH_REEVALUATION),
        Arguments.of(
            "another obligation",
            broken(
                (request, decision) ->
                    rebuild(decision, decision.effect(), true, ObligationType.EMERGENCY_ONLY)),
            Law.AGREES_WITH_REFERENCE));
  }

  /** Chicago's decisions, changed by {@code change}. */
  private static Policy broken(BiFunction<Request, Decision, Decision> change) {
    return new Policy() {
      @Override
      public Decision evaluate(Request request) {
        return change.apply(request, CHICAGO.evaluate(request));
      }

      @Override
      public Nexus nexus(Request request) {
        return CHICAGO.nexus(request);
      }

      @Override
      public ClauseCatalog catalog() {
        return CHICAGO.catalog();
      }

      @Override
      public PolicyInfo info() {
        return CHICAGO.info();
      }
    };
  }

  private static Decision rebuild(Decision decision, Effect effect) {
    return rebuild(decision, effect, effect != Effect.PERMIT);
  }

  /** The decision with another effect and, optionally, its remedies and obligations replaced. */
  private static Decision rebuild(
      Decision decision, Effect effect, boolean remedies, ObligationType... obligations) {
    Decision.Builder builder = Decision.builder();
    builder
        .requestId(decision.requestId())
        .effect(effect)
        .governed(decision.governed())
        .addAllReasons(decision.reasons())
        .policy(decision.policy());
    if (obligations.length == 0) {
      builder.addAllObligations(decision.obligations());
    } else {
      for (ObligationType type : obligations) {
        builder.addObligations(Obligation.of(type));
      }
    }
    if (remedies && effect != Effect.PERMIT) {
      builder.addAllRemedies(decision.remedies());
    }
    return builder.build();
  }
}
