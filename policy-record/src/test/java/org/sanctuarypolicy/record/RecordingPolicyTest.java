package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordingPolicyTest {
  @TempDir Path dir;

  @Test
  void of_unitThatIsNoCode_refusedNamingUnit() {
    try (ComplianceRecord record = RecordDatabase.sqlite(dir).open()) {
      String[] bad = {
        "cpd-lockup-018", "", "A".repeat(65), "CPD LOCKUP", " CPD", "CPD_LOCKUP", "CPD-Ä"
      };
      for (String unit : bad) {
        assertThatThrownBy(() -> RecordingPolicy.of(Fixtures.CHICAGO, record, unit))
            .as("unit %s", unit)
            .isInstanceOfSatisfying(
                RecordInputException.class,
                e -> {
                  assertThat(e.field()).isEqualTo("unit");
                  assertThat(e.value()).isEqualTo(unit.isEmpty() ? "empty" : unit);
                  assertThat(e.allowed()).contains("A-Z").contains("64");
                });
      }

      assertThat(RecordingPolicy.of(Fixtures.CHICAGO, record, "A".repeat(64)).unit()).hasSize(64);
      assertThat(RecordingPolicy.of(Fixtures.CHICAGO, record, "0").record()).isSameAs(record);
    }
  }

  @Test
  void catalogAndInfo_anyPolicy_thoseOfThePolicyItRecords() {
    try (ComplianceRecord record = RecordDatabase.sqlite(dir).open()) {
      RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);

      assertThat(policy.catalog()).isSameAs(Fixtures.CHICAGO.catalog());
      assertThat(policy.info()).isEqualTo(Fixtures.CHICAGO.info());
      assertThat(policy.recordingEveryDecision().catalog()).isSameAs(Fixtures.CHICAGO.catalog());
    }
  }
}
