package org.sanctuarypolicy.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Outcome;
import org.sanctuarypolicy.record.OutcomeType;
import org.sanctuarypolicy.record.RecordingPolicy;

class OutcomesTest {
  private static final Instant AT = Instant.parse("2025-06-02T21:00:00Z");

  @TempDir Path dir;
  private Path file;
  private ComplianceRecord record;

  @BeforeEach
  void openRecordWithTwoDetainers() {
    file = dir.resolve("record.db");
    record = ComplianceRecord.open(file.toString());
    RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "TEST-UNIT");
    for (String id : List.of("d-1", "d-2")) {
      policy.decide(
          Request.builder()
              .requestId(id)
              .action(Action.HOLD_ON_DETAINER)
              .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
              .authorities(Authority.IMMIGRATION_DETAINER)
              .build());
    }
  }

  @AfterEach
  void closeRecord() {
    record.close();
  }

  @Test
  void record_oneOutcomeOnTwoDecisions_recordsBothAndNamesBothEntries() {
    List<String> lines =
        Outcomes.record(
            record,
            List.of(
                Outcome.of(1, OutcomeType.RELEASED).at(AT),
                Outcome.of(2, OutcomeType.RELEASED).at(AT)));

    assertThat(lines)
        .containsExactly(
            "Recorded RELEASED (released under ordinary process, held for no one) on entries 1"
                + " and 2 of the compliance record.");
    assertThat(RecordFile.outcomes(file))
        .extracting(e -> e.seq() + " " + e.decisionSeq() + " " + e.unit() + " " + e.occurredAt())
        .containsExactly(
            "3 1 TEST-UNIT 2025-06-02T21:00:00Z", "4 2 TEST-UNIT 2025-06-02T21:00:00Z");
    assertThat(record.verify().verified()).isTrue();
  }

  @Test
  void record_noOutcome_recordsNothingAndSaysNothing() {
    assertThat(Outcomes.record(record, List.of())).isEmpty();
    assertThat(RecordFile.outcomes(file)).isEmpty();
  }

  @Test
  void record_outcomesThatDiffer_throwsAndRecordsNothing() {
    List<Outcome> outcomes =
        List.of(Outcome.of(1, OutcomeType.RELEASED), Outcome.of(2, OutcomeType.DECLINED));

    assertThatThrownBy(() -> Outcomes.record(record, outcomes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowed: one outcome for several decision entries");
    assertThat(RecordFile.outcomes(file)).isEmpty();
  }

  @Test
  void record_recordClosed_saysWhatWasNotRecordedAndTheCommandThatRecordsItLater() {
    record.close();

    List<String> lines =
        Outcomes.record(
            record,
            Outcome.transferred(2, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF")
                .at(AT));

    assertThat(lines)
        .containsExactly(
            "Could not record TRANSFERRED (handed over to another agency's custody:"
                + " COOK-COUNTY-SHERIFF, a state or local agency) on entry 2: the compliance"
                + " record could not be written (the record is closed). What was done stands."
                + " Have a supervisor record it once the record is back: policy-cli record"
                + " outcome --record URL --seq 2 --outcome TRANSFERRED --to STATE_OR_LOCAL_AGENCY"
                + " --agency COOK-COUNTY-SHERIFF --at 2025-06-02T21:00:00Z.");
    assertThat(RecordFile.outcomes(file)).isEmpty();
  }
}
