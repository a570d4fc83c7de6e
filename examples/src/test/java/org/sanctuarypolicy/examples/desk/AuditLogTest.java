package org.sanctuarypolicy.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

class AuditLogTest {
  @Test
  void record_disclosure_keepsCategoriesEffectAndFindingsToTheSecond() {
    AuditLog log =
        new AuditLog(Clock.fixed(Instant.parse("2025-06-02T15:00:00.123Z"), ZoneOffset.UTC));
    Request request =
        Request.builder()
            .requestId("a-1")
            .action(Action.DISCLOSE_INFORMATION)
            .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
            .authorities(Authority.COURT_ORDER)
            .information(InformationCategory.RELEASE_INFORMATION)
            .build();
    Decision decision = SanctuaryPolicy.chicago().evaluate(request);

    AuditLog.Entry entry = log.record(request, decision);

    assertThat(log.entries()).containsExactly(entry);
    assertThat(entry.line())
        .isEqualTo(
            "2025-06-02T15:00:00Z request=a-1 action=DISCLOSE_INFORMATION"
                + " counterparty=FEDERAL_IMMIGRATION_ENFORCEMENT purpose=UNKNOWN"
                + " authorities=[COURT_ORDER] categories=[RELEASE_INFORMATION] effect=PERMIT"
                + " clauses=[EO-1(a)]");
    assertThat(entry.effect()).isEqualTo(Effect.PERMIT);
  }
}
