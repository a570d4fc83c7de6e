package org.sanctuarypolicy.record;

import com.google.common.util.concurrent.Uninterruptibles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Nexus;
import org.sanctuarypolicy.api.Request;

/**
 * Appends entries with group commit. Callers hand their entry to one writer thread and wait; the
 * writer takes every entry waiting, appends them in one transaction under the record's write lock,
 * commits, and only then answers each caller with its {@code seq}. An entry is never acknowledged
 * before its commit; when the transaction fails, every caller in it gets a {@link RecordException}
 * and nothing of the batch is on the record.
 */
final class Appender implements AutoCloseable {
  /** At most this many entries in one transaction. */
  static final int MAX_BATCH = 512;

  private final Store store;
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private boolean closed; // guarded by queue
  private @Nullable Connection connection;

  Appender(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.writer = new Thread(this::run, "compliance-record-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** An entry waiting to be appended, and the caller's answer. */
  private sealed interface Pending permits DecisionAppend, OutcomeAppend, Stop {
    CompletableFuture<Long> result();
  }

  private record DecisionAppend(
      String unit, Request request, Nexus nexus, Decision decision, CompletableFuture<Long> result)
      implements Pending {}

  private record OutcomeAppend(Outcome outcome, CompletableFuture<Long> result)
      implements Pending {}

  private record Stop(CompletableFuture<Long> result) implements Pending {}

  long appendDecision(String unit, Request request, Nexus nexus, Decision decision) {
    return await(new DecisionAppend(unit, request, nexus, decision, new CompletableFuture<>()));
  }

  long appendOutcome(Outcome outcome) {
    return await(new OutcomeAppend(outcome, new CompletableFuture<>()));
  }

  private long await(Pending pending) {
    synchronized (queue) {
      if (closed) {
        throw new RecordException("the record is closed");
      }
      queue.add(pending);
    }
    try {
      // join waits without being interrupted, as the writer answers every caller.
      return pending.result().join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new RecordException("the entry could not be appended", cause);
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      batch.clear();
      batch.add(Uninterruptibles.takeUninterruptibly(queue));
      queue.drainTo(batch, MAX_BATCH - 1);
      int stop = indexOfStop(batch);
      List<Pending> entries = stop < 0 ? batch : batch.subList(0, stop);
      if (!entries.isEmpty()) {
        append(entries);
      }
      if (stop >= 0) {
        closeConnection();
        for (Pending rest : batch.subList(stop, batch.size())) {
          rest.result().completeExceptionally(new RecordException("the record is closed"));
        }
        for (Pending rest : queue) {
          rest.result().completeExceptionally(new RecordException("the record is closed"));
        }
        return;
      }
    }
  }

  private static int indexOfStop(List<Pending> batch) {
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i) instanceof Stop) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Appends {@code batch} in one transaction and answers each caller. When the commit's answer is
   * lost (the connection fails during it), the record itself says whether the batch is on it: its
   * last entry is read back on a new connection, and the callers are answered with their seqs only
   * when that entry is there with the hash computed here.
   */
  private void append(List<Pending> batch) {
    long[] seqs = new long[batch.size()];
    RuntimeException[] refused = new RuntimeException[batch.size()];
    Store.@Nullable Head written = null;
    try {
      Connection c = connection();
      try {
        written = write(c, batch, seqs, refused);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        rollback(c);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      closeConnection();
      if (written == null || !isOnRecord(written)) {
        RecordException failure =
            new RecordException("the record could not be written: " + e.getMessage(), e);
        batch.forEach(pending -> pending.result().completeExceptionally(failure));
        return;
      }
    }
    for (int i = 0; i < batch.size(); i++) {
      if (refused[i] != null) {
        batch.get(i).result().completeExceptionally(refused[i]);
      } else {
        batch.get(i).result().complete(seqs[i]);
      }
    }
  }

  /**
   * Writes {@code batch} after the head of the chain under the record's write lock, filling in each
   * entry's seq or refusal, and returns the new head (uncommitted).
   */
  private Store.Head write(
      Connection c, List<Pending> batch, long[] seqs, RuntimeException[] refused)
      throws SQLException {
    Store.lockForAppend(c);
    Store.Head head = Store.head(c);
    long seq = head.seq();
    String prev = head.hash();
    Map<Long, Bodies.DecisionRef> decisionsInBatch = new HashMap<>();
    Instant now = Canonical.millis(clock.instant());
    try (PreparedStatement insert = Store.insertEntry(c)) {
      for (int i = 0; i < batch.size(); i++) {
        Pending pending = batch.get(i);
        String body;
        String kind;
        String unit;
        String requestId;
        if (pending instanceof DecisionAppend d) {
          body =
              Bodies.decision(seq + 1, prev, now, d.unit(), d.request(), d.nexus(), d.decision());
          kind = Entry.Kind.DECISION.name();
          unit = d.unit();
          requestId = d.request().requestId();
          decisionsInBatch.put(seq + 1, new Bodies.DecisionRef(unit, requestId));
        } else {
          Outcome outcome = ((OutcomeAppend) pending).outcome();
          Bodies.DecisionRef decision = decisionsInBatch.get(outcome.decisionSeq());
          if (decision == null) {
            decision = decisionRef(c, outcome.decisionSeq());
          }
          if (decision == null) {
            refused[i] =
                RecordInputException.of(
                    "seq",
                    Long.toString(outcome.decisionSeq()),
                    "the seq of a DECISION entry of this record");
            continue;
          }
          body = Bodies.outcome(seq + 1, prev, now, decision, outcome);
          kind = Entry.Kind.OUTCOME.name();
          unit = decision.unit();
          requestId = decision.requestId();
        }
        seq++;
        prev = Canonical.sha256(body);
        insert.setLong(1, seq);
        insert.setString(2, kind);
        insert.setString(3, Canonical.time(now));
        insert.setString(4, unit);
        insert.setString(5, requestId);
        insert.setString(6, body);
        insert.setString(7, prev);
        insert.addBatch();
        seqs[i] = seq;
      }
      insert.executeBatch();
    }
    return new Store.Head(seq, prev);
  }

  /** Whether the record holds the entry {@code head.seq()} with the hash {@code head.hash()}. */
  private boolean isOnRecord(Store.Head head) {
    try (Connection fresh = store.connect();
        PreparedStatement select =
            fresh.prepareStatement("SELECT hash FROM record_entry WHERE seq = ?")) {
      select.setLong(1, head.seq());
      try (ResultSet row = select.executeQuery()) {
        return row.next() && head.hash().equals(row.getString(1));
      }
    } catch (SQLException e) {
      return false;
    }
  }

  private static Bodies.@Nullable DecisionRef decisionRef(Connection c, long seq)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement("SELECT kind, unit, request_id FROM record_entry WHERE seq = ?")) {
      select.setLong(1, seq);
      try (ResultSet row = select.executeQuery()) {
        if (row.next() && Entry.Kind.DECISION.name().equals(row.getString(1))) {
          return new Bodies.DecisionRef(row.getString(2), row.getString(3));
        }
        return null;
      }
    }
  }

  private Connection connection() throws SQLException {
    Connection c = connection;
    if (c == null) {
      c = store.connect();
      c.setAutoCommit(false);
      connection = c;
    }
    return c;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      // The connection is closed next; the failure that led here is what the callers see.
    }
  }

  private void closeConnection() {
    Connection c = connection;
    connection = null;
    if (c != null) {
      try {
        c.close();
      } catch (SQLException e) {
        // Nothing was pending on it: every transaction ended before.
      }
    }
  }

  /** Stops taking entries, appends those already handed over, and waits for the writer to end. */
  @Override
  public void close() {
    synchronized (queue) {
      if (closed) {
        return;
      }
      closed = true;
      queue.add(new Stop(new CompletableFuture<>()));
    }
    Uninterruptibles.joinUninterruptibly(writer);
  }
}
