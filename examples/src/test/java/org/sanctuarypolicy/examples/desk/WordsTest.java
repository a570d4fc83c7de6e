package org.sanctuarypolicy.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Purpose;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.OutcomeType;

class WordsTest {
  private static Decision decide(Request.Builder request) {
    return SanctuaryPolicy.chicago().evaluate(request.requestId("w-1").build());
  }

  @Test
  void explain_deny_givesAnswerReasonsRemediesAndObligationsInOrder() {
    Decision decision =
        decide(
            Request.builder()
                .action(Action.COMMIT_RESOURCES)
                .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                .purpose(Purpose.CIVIL_IMMIGRATION_ENFORCEMENT));

    assertThat(Words.explain(decision))
        .startsWith("Decision: DENY, refused.", "Why:")
        .anyMatch(line -> line.startsWith("  - EO-4.1 (refused): "))
        .contains(
            "What would change it: with a judicial warrant, it would be allowed; with a court"
                + " order, it would be allowed.")
        .last()
        .asString()
        .startsWith("The order requires: DOCUMENT_AND_REPORT (")
        .contains("DO_NOT_OBSTRUCT (decline, but never physically interfere)");
  }

  @Test
  void explain_redactingPermit_namesTheWithheldCategoriesAndNoRemedy() {
    Decision decision =
        decide(
            Request.builder()
                .action(Action.DISCLOSE_INFORMATION)
                .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                .purpose(Purpose.CITY_SERVICE)
                .information(
                    InformationCategory.IMMIGRATION_STATUS, InformationCategory.CASE_RECORDS));

    assertThat(Words.explain(decision))
        .contains("The order requires: REDACT (withhold immigration status)")
        .noneMatch(line -> line.startsWith("What would change it"));
  }

  @Test
  void explain_notGoverned_saysTheOrderDoesNotSpeak() {
    Decision decision =
        decide(
            Request.builder()
                .action(Action.COMMIT_RESOURCES)
                .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
                .purpose(Purpose.CITY_SERVICE));

    assertThat(Words.explain(decision))
        .containsExactly("Decision: PERMIT, allowed (the order does not speak to this request).");
  }

  @Test
  void whatWouldChange_noRemedy_saysNothingWould() {
    Decision decision =
        decide(
            Request.builder()
                .action(Action.ENTER_AGREEMENT)
                .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT));

    assertThat(Words.whatWouldChange(decision))
        .isEqualTo("nothing the requester could present would change it.");
  }

  @Test
  void policy_chicago_namesIdVersionAndFingerprintOnOneLine() {
    assertThat(Words.policy(SanctuaryPolicy.chicago()))
        .matches("Policy chicago-immigration-non-cooperation 1\\.1\\.0, sha256:[0-9a-f]{64}");
  }

  @Test
  void list_items_joinedWithCommasAndAFinalAnd() {
    assertThat(Words.list(List.of(), String::valueOf)).isEmpty();
    assertThat(Words.list(List.of("a"), String::valueOf)).isEqualTo("a");
    assertThat(Words.list(List.of("a", "b", "c"), String::valueOf)).isEqualTo("a, b and c");
  }

  @Test
  void outcome_everyType_hasItsOwnWords() {
    assertThat(Stream.of(OutcomeType.values()).map(Words::outcome).distinct())
        .hasSize(OutcomeType.values().length);
    assertThat(Words.outcome(OutcomeType.RELEASED))
        .isEqualTo("released under ordinary process, held for no one");
  }
}
