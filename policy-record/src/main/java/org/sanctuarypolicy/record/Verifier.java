package org.sanctuarypolicy.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole record in one pass over its entries in {@code seq} order: every hash, every link,
 * every column against its body, every outcome's decision, and every checkpoint.
 */
final class Verifier {
  private static final int FETCH_SIZE = 1_000;

  private final String recordId;
  private final @Nullable PublicKey key;
  private final ListMultimap<Long, Checkpoint> checkpoints = ArrayListMultimap.create();
  private final BitSet decisions = new BitSet();
  private final ImmutableVerification.Builder result = Verification.builder();
  private long expected = 1;
  private long repeated = -1;
  private String prevHash = Canonical.ZERO_HASH;
  private int inChain;
  private int signed;
  private @Nullable Checkpoint latest;
  private @Nullable RecordBreak firstBreak;

  private Verifier(String recordId, @Nullable PublicKey key) {
    this.recordId = recordId;
    this.key = key;
  }

  /**
   * Verifies the record in {@code store}, handing each entry that verifies to {@code sink} in
   * {@code seq} order (the entries after the first break are not handed over).
   */
  static Verification verify(Store store, @Nullable PublicKey key, Consumer<Entry> sink) {
    Verifier verifier = new Verifier(store.recordId(), key);
    try (Connection connection = store.connect()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.setFetchSize(FETCH_SIZE);
        verifier.identity(statement);
        verifier.readCheckpoints(statement);
        verifier.findRepeated(statement);
        try (ResultSet rows = statement.executeQuery(Store.SELECT_ENTRIES)) {
          while (verifier.firstBreak == null && rows.next()) {
            Entry entry = verifier.entry(rows);
            if (entry != null) {
              sink.accept(entry);
            }
          }
        }
      } finally {
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new RecordException("the record cannot be read: " + e.getMessage(), e);
    }
    return verifier.finish();
  }

  private void identity(Statement statement) throws SQLException {
    int rows = 0;
    try (ResultSet row = statement.executeQuery("SELECT record_id, format FROM record_meta")) {
      while (row.next()) {
        rows++;
        if (!recordId.equals(row.getString(1)) || row.getInt(2) != 1) {
          fail(0, BreakKind.IDENTITY, "record_meta holds another identity or format");
        }
      }
    }
    if (rows != 1) {
      fail(0, BreakKind.IDENTITY, "record_meta holds " + rows + " rows, not 1");
    }
  }

  private void readCheckpoints(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery(Store.SELECT_CHECKPOINTS)) {
      while (row.next()) {
        long seq = row.getLong(1);
        String signedAt = row.getString(3);
        if (!Canonical.isTime(signedAt)) {
          fail(seq, BreakKind.CHECKPOINT_SIGNATURE, "signed_at " + signedAt + " is no UTC time");
          continue;
        }
        checkpoints.put(
            seq,
            Checkpoint.builder()
                .seq(seq)
                .hash(row.getString(2))
                .signedAt(Instant.parse(signedAt))
                .keyId(row.getString(4))
                .signature(row.getString(5))
                .build());
      }
    }
  }

  /**
   * Finds the first {@code seq} held by more than one row (possible only where someone dropped the
   * primary key), so that the break is named the same whichever of those rows comes first.
   */
  private void findRepeated(Statement statement) throws SQLException {
    try (ResultSet row =
        statement.executeQuery(
            "SELECT seq FROM record_entry GROUP BY seq HAVING COUNT(*) > 1 ORDER BY seq LIMIT 1")) {
      if (row.next()) {
        repeated = row.getLong(1);
      }
    }
  }

  /** The entry of {@code row}, or null when it breaks the record (the break is kept). */
  private @Nullable Entry entry(ResultSet row) throws SQLException {
    long seq = row.getLong(1);
    if (seq == repeated && seq == expected) {
      fail(seq, BreakKind.MISSING_SEQ, "entry " + seq + " is repeated");
      return null;
    }
    if (seq != expected) {
      fail(
          expected,
          BreakKind.MISSING_SEQ,
          "entry " + expected + " is missing; the next entry is " + seq);
      return null;
    }
    String body = row.getString(6);
    String hash = row.getString(7);
    String computed = Canonical.sha256(body);
    if (!computed.equals(hash)) {
      fail(seq, BreakKind.HASH_MISMATCH, "hash is " + hash + ", the body's is " + computed);
      return null;
    }
    Entry entry;
    try {
      JsonNode tree = Bodies.tree(body);
      if (!Canonical.text(tree).equals(body)) {
        fail(seq, BreakKind.MALFORMED_BODY, "the body is not in canonical form");
        return null;
      }
      entry = Bodies.parse(tree);
    } catch (IllegalArgumentException e) {
      fail(seq, BreakKind.MALFORMED_BODY, "the body is no entry: " + e.getMessage());
      return null;
    }
    String column = columnMismatch(row, entry);
    if (column != null) {
      fail(seq, BreakKind.COLUMN_MISMATCH, column);
      return null;
    }
    if (!entry.prev().equals(prevHash)) {
      fail(
          seq,
          BreakKind.PREV_MISMATCH,
          "prev is " + entry.prev() + ", the hash of entry " + (seq - 1) + " is " + prevHash);
      return null;
    }
    if (entry instanceof OutcomeEntry outcome
        && (outcome.decisionSeq() < 1
            || outcome.decisionSeq() >= seq
            || outcome.decisionSeq() > Integer.MAX_VALUE
            || !decisions.get((int) outcome.decisionSeq()))) {
      fail(
          seq,
          BreakKind.OUTCOME_WITHOUT_DECISION,
          "decisionSeq " + outcome.decisionSeq() + " is no earlier DECISION entry");
      return null;
    }
    if (entry instanceof DecisionEntry && seq <= Integer.MAX_VALUE) {
      decisions.set((int) seq);
    }
    for (Checkpoint checkpoint : checkpoints.get(seq)) {
      if (!checkpoint.hash().equals(hash)) {
        fail(
            seq,
            BreakKind.CHECKPOINT_NOT_IN_CHAIN,
            "a checkpoint signed hash " + checkpoint.hash() + ", the entry's is " + hash);
        return null;
      }
      inChain++;
      latest = checkpoint;
      if (key != null && checkpoint.keyId().equals(Keys.id(key))) {
        if (!signatureVerifies(checkpoint, key)) {
          fail(seq, BreakKind.CHECKPOINT_SIGNATURE, "the checkpoint's signature does not verify");
          return null;
        }
        signed++;
      }
    }
    prevHash = hash;
    expected = seq + 1;
    return entry;
  }

  private boolean signatureVerifies(Checkpoint checkpoint, PublicKey key) {
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(checkpoint.signature());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String text =
        Checkpoint.signedText(recordId, checkpoint.seq(), checkpoint.hash(), checkpoint.signedAt());
    return Keys.verifies(key, text.getBytes(StandardCharsets.UTF_8), signature);
  }

  private static @Nullable String columnMismatch(ResultSet row, Entry entry) throws SQLException {
    List<String> wrong = new ArrayList<>();
    if (row.getLong(1) != entry.seq()) {
      wrong.add("seq " + row.getLong(1) + " but the body says " + entry.seq());
    }
    if (!entry.kind().name().equals(row.getString(2))) {
      wrong.add("kind " + row.getString(2) + " but the body says " + entry.kind());
    }
    String recordedAt = Canonical.time(entry.recordedAt());
    if (!recordedAt.equals(row.getString(3))) {
      wrong.add("recorded_at " + row.getString(3) + " but the body says " + recordedAt);
    }
    if (!entry.unit().equals(row.getString(4))) {
      wrong.add("unit " + row.getString(4) + " but the body says " + entry.unit());
    }
    if (!entry.requestId().equals(row.getString(5))) {
      wrong.add("request_id " + row.getString(5) + " but the body says " + entry.requestId());
    }
    return wrong.isEmpty() ? null : String.join("; ", wrong);
  }

  /** Keeps the first break found; the verification stops reading entries there. */
  private void fail(long seq, BreakKind kind, String detail) {
    if (firstBreak == null) {
      firstBreak = RecordBreak.of(seq, kind, detail);
    }
  }

  private Verification finish() {
    long head = expected - 1;
    if (firstBreak == null) {
      for (Checkpoint checkpoint : checkpoints.values()) {
        if (checkpoint.seq() > head) {
          fail(
              checkpoint.seq(),
              BreakKind.TRUNCATED,
              "a checkpoint signed entry " + checkpoint.seq() + ", the record ends at " + head);
          break;
        }
      }
    }
    if (firstBreak == null && key != null && signed == 0) {
      fail(
          0,
          BreakKind.CHECKPOINT_SIGNATURE,
          "no checkpoint is signed by the given key " + Keys.id(key));
    }
    return result
        .recordId(recordId)
        .entries(head)
        .headSeq(head)
        .headHash(prevHash)
        .checkpointsInChain(inChain)
        .checkpointsSigned(signed)
        .latestCheckpoint(Optional.ofNullable(latest))
        .firstBreak(Optional.ofNullable(firstBreak))
        .build();
  }
}
