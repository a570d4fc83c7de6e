package org.sanctuarypolicy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

/**
 * The pieces of the record benchmarks that could make them time the wrong thing: requests that
 * would not be appended, a fill that loses entries, bare inserts that write nothing, a server that
 * does not start or stop.
 */
class RecordWorkloadTest {
  @Test
  void next_anyWorkload_isReportableWithAnIdNoOtherWorkloadGives() {
    RecordWorkload first = new RecordWorkload();
    RecordWorkload second = new RecordWorkload();
    Request a = first.next();
    Request b = first.next();
    Request c = second.next();

    assertThat(RecordingPolicy.isReportable(a, RecordWorkload.POLICY.evaluate(a))).isTrue();
    assertThat(a.requestId()).isNotIn(b.requestId(), c.requestId());
    assertThat(b.requestId()).isNotEqualTo(c.requestId());
    assertThatCode(RecordWorkload::checkReportable).doesNotThrowAnyException();
  }

  @Test
  void fill_sqliteRecord_appendsEveryEntryOnAnUnbrokenChain(@TempDir Path dir) throws Exception {
    try (ComplianceRecord record = ComplianceRecord.open(dir.resolve("r.db").toString())) {
      RecordWorkload.fill(
          RecordingPolicy.of(RecordWorkload.POLICY, record, RecordWorkload.UNIT), 300);

      assertThat(RecordWorkload.checkVerified(record, 300).headSeq()).isEqualTo(300);
      assertThatThrownBy(() -> RecordWorkload.checkVerified(record, 301))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void sqliteInsert_threeInserts_writesThreeRowsAfterTheSample() throws Exception {
    RecordAppendBenchmark.SqliteInsert file = new RecordAppendBenchmark.SqliteInsert();
    file.open();
    file.insertAndCommit();
    file.insertAndCommit();

    assertThat(file.insertAndCommit()).isEqualTo(4);
    assertThatCode(file::close).doesNotThrowAnyException();
  }

  @Test
  void postgresServer_startThenClose_answersOnlyWhileRunning() throws Exception {
    PostgresServer server = PostgresServer.start();
    try (Connection connection = DriverManager.getConnection(server.url(), server.properties());
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW fsync")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("on");
    } finally {
      server.close();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(server.url(), server.properties()))
        .isInstanceOf(SQLException.class);
  }
}
