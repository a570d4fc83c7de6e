package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * A commit whose answer is lost: the database may or may not have committed when the connection
 * fails during {@code commit()}. The record itself decides: the callers get their seqs only when
 * the batch's last entry is on the record with the hash computed for it.
 */
class LostCommitTest {
  @TempDir Path dir;

  private final AtomicBoolean loseNextCommit = new AtomicBoolean();
  private final AtomicBoolean refuseNextConnection = new AtomicBoolean();

  @Test
  void decide_commitDoneButItsAnswerLost_answersWithTheSeqOnTheRecord() {
    try (ComplianceRecord record = ComplianceRecord.open(losingCommits(true))) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-LOCK-1");
      policy.decide(detainer("before"));
      loseNextCommit.set(true);

      Recorded recorded = policy.decide(detainer("lost-answer"));

      assertThat(loseNextCommit).isFalse();
      assertThat(recorded.seq()).hasValue(2);
      Verification verification = record.verify();
      assertThat(verification.verified()).isTrue();
      assertThat(verification.entries()).isEqualTo(2);
    }
  }

  @Test
  void decide_commitFailedAndNothingCommitted_throwsAndTheNextAppendTakesTheSeq() {
    try (ComplianceRecord record = ComplianceRecord.open(losingCommits(false))) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-LOCK-1");
      policy.decide(detainer("before"));
      loseNextCommit.set(true);

      assertThatThrownBy(() -> policy.decide(detainer("not-committed")))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("connection lost during commit");

      assertThat(record.verify().entries()).isEqualTo(1);
      assertThat(policy.decide(detainer("after")).seq()).hasValue(2);
      assertThat(record.verify().verified()).isTrue();
    }
  }

  @Test
  void decide_commitAnswerLostAndTheRecordCannotBeReadBack_throws() {
    try (ComplianceRecord record = ComplianceRecord.open(losingCommits(true))) {
      RecordingPolicy policy = RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "CPD-LOCK-1");
      policy.decide(detainer("before"));
      loseNextCommit.set(true);
      refuseNextConnection.set(true);

      assertThatThrownBy(() -> policy.decide(detainer("lost-answer")))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("connection lost during commit");

      assertThat(refuseNextConnection).isFalse();
      // The entry was committed: the record holds more than its caller was told, never less.
      assertThat(record.verify().entries()).isEqualTo(2);
      assertThat(policy.decide(detainer("after")).seq()).hasValue(3);
    }
  }

  /**
   * A SQLite data source whose connections, once {@link #loseNextCommit} is set, fail the next
   * commit: after committing when {@code committed}, or instead of committing (rolling back); and
   * that, once {@link #refuseNextConnection} is set, refuses the next connection.
   */
  private DataSource losingCommits(boolean committed) {
    DataSource sqlite = Store.sqlite("jdbc:sqlite:" + dir.resolve("record.db"));
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (source, method, args) -> {
              if (method.getName().equals("getConnection")
                  && refuseNextConnection.getAndSet(false)) {
                throw new SQLException("the database cannot be reached");
              }
              Object result = invoke(sqlite, method, args);
              return method.getName().equals("getConnection")
                  ? losing((Connection) result, committed)
                  : result;
            });
  }

  private Connection losing(Connection connection, boolean committed) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("commit") && loseNextCommit.getAndSet(false)) {
                if (committed) {
                  connection.commit();
                } else {
                  connection.rollback();
                }
                throw new SQLException("connection lost during commit");
              }
              return invoke(connection, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
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
