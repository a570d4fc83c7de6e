package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

class RecordSmokeTest {
  @Test
  void smoke(@TempDir Path dir) throws Exception {
    try (ComplianceRecord record = ComplianceRecord.open(dir.resolve("r.db").toString())) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-LOCKUP-018");
      Recorded r =
          policy.decide(
              Request.builder()
                  .requestId("lockup-1")
                  .action(Action.HOLD_ON_DETAINER)
                  .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                  .authorities(Authority.IMMIGRATION_DETAINER)
                  .build());
      assertThat(r.seq()).hasValue(1);
      assertThat(record.recordOutcome(Outcome.of(1, OutcomeType.RELEASED))).isEqualTo(2);
      var keys = Keys.generate(dir.resolve("keys"));
      record.checkpoint(Keys.readPair(dir.resolve("keys/private.pem")));
      Verification v = record.verify(keys.getPublic());
      assertThat(v.verified()).as(v.toString()).isTrue();
      assertThat(v.headSeq()).isEqualTo(2);
    }
  }
}
