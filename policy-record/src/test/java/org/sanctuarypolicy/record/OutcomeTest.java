package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Counterparty;

class OutcomeTest {
  private static void assertRefused(ThrowingCallable making, String field, String value) {
    assertThatThrownBy(making)
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.value()).isEqualTo(value);
              assertThat(e.getMessage()).startsWith(field + ": " + value + " is not allowed");
            });
  }

  @Test
  void of_transferredWithoutToOrAgency_refused() {
    assertRefused(() -> Outcome.of(1, OutcomeType.TRANSFERRED), "to", "missing");
    assertRefused(
        () ->
            Outcome.of(
                1,
                OutcomeType.TRANSFERRED,
                Optional.of(Counterparty.STATE_OR_LOCAL_AGENCY),
                Optional.empty(),
                Optional.empty()),
        "agency",
        "missing");
    assertRefused(
        () ->
            Outcome.of(
                1,
                OutcomeType.TRANSFERRED,
                Optional.empty(),
                Optional.of("COOK-COUNTY-SHERIFF"),
                Optional.empty()),
        "to",
        "missing");
  }

  @Test
  void of_toOrAgencyWithoutTransferred_refused() {
    for (OutcomeType type : OutcomeType.values()) {
      if (type == OutcomeType.TRANSFERRED) {
        continue;
      }
      assertRefused(
          () ->
              Outcome.of(
                  1,
                  type,
                  Optional.of(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT),
                  Optional.empty(),
                  Optional.empty()),
          "to",
          "FEDERAL_IMMIGRATION_ENFORCEMENT");
      assertRefused(
          () ->
              Outcome.of(
                  1, type, Optional.empty(), Optional.of("ICE-ERO-CHICAGO"), Optional.empty()),
          "agency",
          "ICE-ERO-CHICAGO");
    }
  }

  @Test
  void transferred_agencyNotACode_refusedNamingAgency() {
    for (String agency : new String[] {"ice-ero", "ICE ERO", "", "A".repeat(65), "ICE_ERO"}) {
      assertRefused(
          () -> Outcome.transferred(1, Counterparty.STATE_OR_LOCAL_AGENCY, agency),
          "agency",
          agency.isEmpty() ? "empty" : agency);
    }
    assertThat(Outcome.transferred(1, Counterparty.COURT, "A".repeat(64)).agency())
        .contains("A".repeat(64));
  }

  @Test
  void of_seqBelowOne_refusedNamingSeq() {
    assertRefused(() -> Outcome.of(0, OutcomeType.RELEASED), "seq", "0");
    assertRefused(
        () -> Outcome.transferred(-3, Counterparty.COURT, "COOK-COUNTY-SHERIFF"), "seq", "-3");
  }

  @Test
  void at_anyOutcome_keepsEverythingElseAndSetsTheTime() {
    Instant when = Instant.parse("2026-03-02T18:40:00Z");
    Outcome transfer =
        Outcome.transferred(17, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF");

    Outcome at = transfer.at(when);

    assertThat(transfer.occurredAt()).isEmpty();
    assertThat(at.occurredAt()).contains(when);
    assertThat(at.decisionSeq()).isEqualTo(17);
    assertThat(at.type()).isEqualTo(OutcomeType.TRANSFERRED);
    assertThat(at.to()).contains(Counterparty.STATE_OR_LOCAL_AGENCY);
    assertThat(at.agency()).contains("COOK-COUNTY-SHERIFF");
    assertThat(Outcome.of(17, OutcomeType.RELEASED).at(when).to()).isEmpty();
  }
}
