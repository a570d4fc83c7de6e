package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** A record opened from an application's own connection pool (HikariCP), on both databases. */
class PooledDataSourceTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(RecordDatabase.Backend.class)
  void open_hikariPool_appendsFromManyThreadsAndVerifies(RecordDatabase.Backend backend)
      throws Exception {
    RecordDatabase database = backend.newDatabase(dir);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(database.url());
    config.setDataSourceProperties(database.properties());
    config.setMaximumPoolSize(4);
    List<Long> seqs = new ArrayList<>();
    try (HikariDataSource pool = new HikariDataSource(config);
        ComplianceRecord record = ComplianceRecord.open(pool)) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-POOL-1");
      ExecutorService threads = Executors.newFixedThreadPool(8);
      try {
        List<Future<Recorded>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
          String id = "pooled-" + i;
          results.add(threads.submit(() -> policy.decide(detainer(id))));
        }
        for (Future<Recorded> result : results) {
          seqs.add(result.get().seq().orElseThrow());
        }
      } finally {
        threads.shutdown();
      }
      Verification verification = record.verify();
      assertThat(verification.verified()).as(verification.toString()).isTrue();
      assertThat(verification.entries()).isEqualTo(64);
    }
    assertThat(seqs).doesNotHaveDuplicates().allMatch(seq -> seq >= 1 && seq <= 64);
  }

  private static Request detainer(String id) {
    return Request.builder()
        .requestId(id)
        .action(Action.HOLD_ON_DETAINER)
        .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
        .authorities(Authority.IMMIGRATION_DETAINER)
        .build();
  }
}
