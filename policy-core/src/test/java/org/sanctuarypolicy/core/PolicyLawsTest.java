package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Sets;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sanctuarypolicy.api.Actor;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;


/**
 * DESIGN §8 laws 1 to 7, checked by exhaustive enumeration of the whole request space (about 17
 * million requests). One pass decides every request, checks the laws that need only its own
 * decision, and records its effect and remedies; a second pass checks the laws that compare a
 * request with the same request plus one instrument, by index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyLawsTest {
  private static final Policy POLICY = SanctuaryPolicy.chicago();
  private static final Set<Authority> MORE_PERMISSIVE =
      Set.of(
          Authority.JUDICIAL_WARRANT,
          Authority.COURT_ORDER,
          Authority.STATUTORY_REQUIREMENT,
          Authority.WRITTEN_CONSENT);
  private static final Set<Authority> NON_JUDICIAL =
      Set.of(
          Authority.IMMIGRATION_DETAINER,
          Authority.ADMINISTRATIVE_WARRANT,
          Authority.ADMINISTRATIVE_SUBPOENA);
  private static final Set<InformationCategory> STATUS =
      Set.of(InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);
  /** Remedy codes: 0 not listed, else 1 + ordinal of the listed effect. */
  private static final int NOT_LISTED = 0;

  private final byte[] effects = new byte[RequestSpace.SIZE];
  /** Two bits per remedy candidate, in the order of {@link Authority}'s remedy candidates. */
  private final byte[] remedies = new byte[RequestSpace.SIZE];
  private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
  private final Authority[] candidates =
      POLICY.catalog().remedyCandidates().toArray(new Authority[0]);

  @BeforeAll
  void decideEveryRequest() {
    IntStream.range(0, RequestSpace.CONTEXTS).parallel().forEach(this::decideContext);
  }

  private void decideContext(int context) {
    for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
      for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
        int index = RequestSpace.index(context, mask, variant);
        Request request = RequestSpace.request(context, mask, variant);
        Decision decision;
        try {
          decision = POLICY.evaluate(request);
        } catch (RuntimeException e) {
          violate("law 1: evaluate threw " + e + " for " + request);
          continue;
        }
        effects[index] = (byte) decision.effect().ordinal();
        remedies[index] = encodeRemedies(request, decision);
        checkOwnLaws(request, decision);
        if (violations.size() > 20) {
          return;
        }
      }
    }
  }

  private void violate(String message) {
    violations.add(message);
  }

  private byte encodeRemedies(Request request, Decision decision) {
    int code = 0;
    int position = 0;
    for (Remedy remedy : decision.remedies()) {
      while (position < candidates.length && candidates[position] != remedy.authority()) {
        position++;
      }
      if (position == candidates.length) {
        violate("law 7: remedy " + remedy + " out of order or not a candidate for " + request);
        return 0;
      }
      code |= (remedy.effect().ordinal() + 1) << (2 * position);
    }
    return (byte) code;
  }

  private void checkOwnLaws(Request request, Decision decision) {
    if (!decision.requestId().equals(request.requestId())) {
      violate("requestId not echoed for " + request);
    }
    // Law 2: deterministic, and independent of the order in which sets were given.
    Request reversed =
        Request.builderFrom(request)
            .authorities(request.authorities().asList().reverse())
            .information(request.information().asList().reverse())
            .build();
    if (!POLICY.evaluate(reversed).equals(decision)) {
      violate("law 2: another decision for the same request with sets reversed: " + request);
    }
    // Law 3: every DENY or ESCALATE cites a clause whose finding has that effect.
    if (decision.effect() != Effect.PERMIT
        && decision.reasons().stream().map(Reason::effect).noneMatch(decision.effect()::equals)) {
      violate("law 3: " + decision.effect() + " without a finding that gives it: " + request);
    }
    // Law 6: no PERMIT to disclose status to an immigration authority without judicial process,
    // unless the status categories are redacted.
    Set<InformationCategory> status = Sets.intersection(request.information(), STATUS);
    boolean immigrationAuthority =
        request.counterparty() == Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT
            || request.counterparty() == Counterparty.FEDERAL_IMMIGRATION_INVESTIGATIONS;
    boolean judicial =
        request.presents(Authority.JUDICIAL_WARRANT) || request.presents(Authority.COURT_ORDER);
    if (request.actor() != Actor.SISTER_AGENCY
        && immigrationAuthority
        && !status.isEmpty()
        && !judicial
        && decision.permits()) {
      boolean redacted =
          decision
              .obligation(ObligationType.REDACT)
              .map(Obligation::categories)
              .filter(categories -> categories.containsAll(status))
              .isPresent();
      if (!redacted) {
        violate("law 6: status disclosed to an immigration authority: " + request);
      }
    }
    // Law 7, first half: no remedy on a PERMIT, none already presented, none non-judicial.
    for (Remedy remedy : decision.remedies()) {
      if (decision.permits()
          || request.presents(remedy.authority())
          || NON_JUDICIAL.contains(remedy.authority())) {
        violate("law 7: remedy " + remedy + " not allowed for " + request);
      }
    }
  }

  @Test
  void everyRequest_getsADecision_deterministically_citingItsEffect_neverLeakingStatus() {
    assertThat(violations).isEmpty();
    assertThat(RequestSpace.SIZE).isEqualTo(16_805_376);
  }

  @Test
  void addingJudicialProcessStatuteOrConsent_neverMakesADecisionLessPermissive() {
    assertThat(compareWithOneMore(MORE_PERMISSIVE, true)).isEmpty();
  }

  @Test
  void addingANonJudicialInstrument_neverMakesADecisionMorePermissive() {
    assertThat(compareWithOneMore(NON_JUDICIAL, false)).isEmpty();
  }

  @Test
  void remedies_areExactlyWhatReevaluationWithTheAddedInstrumentYields() {
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    IntStream.range(0, RequestSpace.CONTEXTS)
        .parallel()
        .forEach(
            context -> {
              for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
                for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
                  int index = RequestSpace.index(context, mask, variant);
                  int expected = expectedRemedies(effects[index], context, mask, variant);
                  if (remedies[index] != (byte) expected && wrong.size() < 20) {
                    wrong.add(RequestSpace.request(context, mask, variant).toString());
                  }
                }
              }
            });
    assertThat(wrong).isEmpty();
  }

  private int expectedRemedies(byte effect, int context, int mask, int variant) {
    if (effect == Effect.PERMIT.ordinal()) {
      return NOT_LISTED;
    }
    int code = 0;
    for (int position = 0; position < candidates.length; position++) {
      int bit = RequestSpace.authorityBit(candidates[position]);
      if ((mask & bit) != 0) {
        continue;
      }
      byte remedied = effects[RequestSpace.index(context, mask | bit, variant)];
      if (remedied == Effect.PERMIT.ordinal()
          || (effect == Effect.DENY.ordinal() && remedied == Effect.ESCALATE.ordinal())) {
        code |= (remedied + 1) << (2 * position);
      }
    }
    return code;
  }

  /** Requests whose effect moves the wrong way when one of {@code added} is presented too. */
  private ConcurrentLinkedQueue<String> compareWithOneMore(Set<Authority> added, boolean neverLess) {
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    IntStream.range(0, RequestSpace.CONTEXTS)
        .parallel()
        .forEach(
            context -> {
              for (int mask = 0; mask < RequestSpace.AUTHORITY_SETS; mask++) {
                for (Authority authority : added) {
                  int bit = RequestSpace.authorityBit(authority);
                  if ((mask & bit) != 0) {
                    continue;
                  }
                  for (int variant = 0; variant < RequestSpace.VARIANTS; variant++) {
                    byte before = effects[RequestSpace.index(context, mask, variant)];
                    byte after = effects[RequestSpace.index(context, mask | bit, variant)];
                    if ((neverLess ? after < before : after > before) && wrong.size() < 20) {
                      wrong.add(
                          "+" + authority + " moved " + Effect.values()[before] + " to "
                              + Effect.values()[after] + ": "
                              + RequestSpace.request(context, mask, variant));
                    }
                  }
                }
              }
            });
    return wrong;
  }
}
