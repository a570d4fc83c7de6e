package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Counterparty;

/**
 * The exact words of each break the verifier finds, on a SQLite record of six entries tampered with
 * plain SQL: the entry it names, its kind and its detail, which names the values that disagree.
 * {@link TamperingTest} runs the seven tamperings of the design on both databases; this test pins
 * what an auditor reads.
 */
class VerifierTest {
  private static final KeyPair UNIT_KEY = Fixtures.ed25519();

  @TempDir Path dir;
  private ComplianceRecord record;
  private Tamperer database;

  /** Decisions 1, 2 and 4; outcomes 3 (about 1), 5 (about 2) and 6 (about 4). */
  @BeforeEach
  void sixEntries() throws SQLException {
    RecordDatabase db = RecordDatabase.sqlite(dir);
    record = db.open(new TestClock("2026-02-10T15:00:00Z"));
    database = db.tamperer();
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    policy.decide(Fixtures.detainer("lockup-1"));
    policy.decide(Fixtures.detainer("lockup-2"));
    record.recordOutcome(
        Outcome.transferred(1, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF"));
    policy.decide(Fixtures.detainer("lockup-3"));
    record.recordOutcome(Outcome.of(2, OutcomeType.RELEASED));
    record.recordOutcome(Outcome.of(4, OutcomeType.DECLINED));
    assertThat(database.count()).isEqualTo(6);
  }

  @AfterEach
  void close() throws SQLException {
    record.close();
    database.close();
  }

  private static void assertBreak(
      Verification verification, long seq, BreakKind kind, String detail) {
    assertThat(verification.verified()).isFalse();
    assertThat(verification.firstBreak()).contains(RecordBreak.of(seq, kind, detail));
  }

  // The chain of entries.

  @Test
  void verify_untouched_verifiedWithHeadAndCountsInWords() {
    record.checkpoint(UNIT_KEY);

    Verification verification = record.verify(UNIT_KEY.getPublic());

    assertThat(verification.verified()).isTrue();
    assertThat(verification.toString())
        .isEqualTo(
            "verified: 6 entries, head 6 "
                + verification.headHash()
                + ", 1 checkpoints in the chain, 1 signatures verified");
  }

  @Test
  void verify_bodyEdited_hashMismatchNamesBothHashesAndToStringSaysBroken() throws SQLException {
    Tamperer.Row row = database.row(2);
    String edited = row.body().replace("\"DENY\"", "\"PERMIT\"");
    database.setBody(2, edited);

    Verification verification = record.verify();

    String detail = "hash is " + row.hash() + ", the body's is " + Tamperer.sha256(edited);
    assertBreak(verification, 2, BreakKind.HASH_MISMATCH, detail);
    assertThat(verification.toString()).isEqualTo("broken at entry 2: HASH_MISMATCH: " + detail);
    assertThat(verification.headSeq()).isEqualTo(1);
    assertThat(verification.headHash()).isEqualTo(database.row(1).hash());
  }

  @Test
  void verify_entryEditedAndRehashed_prevMismatchNamesTheEntryBefore() throws SQLException {
    String before = database.row(3).hash();
    database.edit(3, body -> body.put("outcome", "RELEASED").putNull("to").putNull("agency"));
    String after = database.row(3).hash();

    assertBreak(
        record.verify(),
        4,
        BreakKind.PREV_MISMATCH,
        "prev is " + before + ", the hash of entry 3 is " + after);
  }

  @Test
  void verify_rowDeleted_missingSeqNamesTheNextEntry() throws SQLException {
    database.delete(3);

    assertBreak(
        record.verify(), 3, BreakKind.MISSING_SEQ, "entry 3 is missing; the next entry is 4");
  }

  @Test
  void verify_seqRepeated_missingSeqSaysRepeated() throws SQLException {
    database.dropPrimaryKey();
    database.execute("INSERT INTO record_entry SELECT * FROM record_entry WHERE seq = 5");

    Verification verification = record.verify();

    assertBreak(verification, 5, BreakKind.MISSING_SEQ, "entry 5 is repeated");
    assertThat(verification.headSeq()).isEqualTo(4);
  }

  @Test
  void verify_columnsChanged_columnMismatchNamesEachColumnAndBody() throws SQLException {
    database.set(4, "kind", "OUTCOME");
    database.set(4, "unit", "CPD-DISTRICT-001");

    assertBreak(
        record.verify(),
        4,
        BreakKind.COLUMN_MISMATCH,
        "kind OUTCOME but the body says DECISION; unit CPD-DISTRICT-001 but the body says "
            + Fixtures.UNIT);
  }

  @Test
  void verify_outcomeRewrittenToNameAnOutcome_outcomeWithoutDecisionNamesTheSeq()
      throws SQLException {
    database.rewrite(6, body -> body.put("decisionSeq", 5));

    assertBreak(
        record.verify(),
        6,
        BreakKind.OUTCOME_WITHOUT_DECISION,
        "decisionSeq 5 is no earlier DECISION entry");
  }

  // Bodies that are no entry.

  @Test
  void verify_bodyNotCanonical_malformedBodySaysSo() throws SQLException {
    database.setBodyAndHash(2, database.body(2).replace(",\"kind\":", ", \"kind\":"));

    assertBreak(record.verify(), 2, BreakKind.MALFORMED_BODY, "the body is not in canonical form");
  }

  @Test
  void verify_bodyNotJson_malformedBodySaysSo() throws SQLException {
    database.setBodyAndHash(2, "{\"kind\":");

    assertBreak(
        record.verify(), 2, BreakKind.MALFORMED_BODY, "the body is no entry: the body is not JSON");
  }

  @Test
  void verify_fieldAddedToTheEntry_malformedBodyNamesTheField() throws SQLException {
    database.rewrite(5, body -> body.put("note", "x"));

    assertBreak(
        record.verify(),
        5,
        BreakKind.MALFORMED_BODY,
        "the body is no entry: fields [] missing, [note] unexpected");
  }

  @Test
  void verify_fieldAddedToTheDecision_malformedBodyNamesTheField() throws SQLException {
    database.rewrite(4, body -> ((ObjectNode) body.get("decision")).put("note", "x"));

    assertBreak(
        record.verify(),
        4,
        BreakKind.MALFORMED_BODY,
        "the body is no entry: fields [] missing, [note] unexpected");
  }

  @Test
  void verify_fieldAddedToThePolicy_malformedBodyNamesTheField() throws SQLException {
    database.rewrite(2, body -> ((ObjectNode) body.get("decision").get("policy")).put("note", "x"));

    assertBreak(
        record.verify(),
        2,
        BreakKind.MALFORMED_BODY,
        "the body is no entry: fields [] missing, [note] unexpected");
  }

  @Test
  void verify_fieldRemovedFromAReason_malformedBodyNamesTheField() throws SQLException {
    database.rewrite(
        2, body -> ((ObjectNode) body.get("decision").get("reasons").get(0)).remove("exception"));

    assertBreak(
        record.verify(),
        2,
        BreakKind.MALFORMED_BODY,
        "the body is no entry: fields [exception] missing, [] unexpected");
  }

  // Checkpoints.

  @Test
  void verify_checkpointOfAnotherHash_checkpointNotInChainNamesBothHashes() throws SQLException {
    record.checkpoint(UNIT_KEY);
    String zeros = "0".repeat(64);
    database.execute("UPDATE record_checkpoint SET hash = '" + zeros + "'");

    assertBreak(
        record.verify(),
        6,
        BreakKind.CHECKPOINT_NOT_IN_CHAIN,
        "a checkpoint signed hash " + zeros + ", the entry's is " + database.row(6).hash());
  }

  @Test
  void verifyWithKey_signatureNotBase64OrTooShort_checkpointSignatureDoesNotVerify()
      throws SQLException {
    record.checkpoint(UNIT_KEY);
    for (String signature : new String[] {"not base64!", "AAAA"}) {
      database.execute("UPDATE record_checkpoint SET signature = '" + signature + "'");

      assertThat(record.verify().verified()).isTrue(); // signatures are checked with a key only
      assertBreak(
          record.verify(UNIT_KEY.getPublic()),
          6,
          BreakKind.CHECKPOINT_SIGNATURE,
          "the checkpoint's signature does not verify");
    }
  }

  @Test
  void verify_signedAtNoUtcTimeInMilliseconds_checkpointSignatureNamesIt() throws SQLException {
    record.checkpoint(UNIT_KEY);
    for (String signedAt : new String[] {"yesterday", "2026-02-10T15:00:00Z"}) {
      database.execute("UPDATE record_checkpoint SET signed_at = '" + signedAt + "'");

      assertBreak(
          record.verify(),
          6,
          BreakKind.CHECKPOINT_SIGNATURE,
          "signed_at " + signedAt + " is no UTC time");
    }
  }

  @Test
  void verify_truncatedBelowACheckpoint_truncatedNamesBothSeqs() throws SQLException {
    record.checkpoint(UNIT_KEY);
    database.truncateFrom(5);

    assertBreak(
        record.verify(),
        6,
        BreakKind.TRUNCATED,
        "a checkpoint signed entry 6, the record ends at 4");
  }

  @Test
  void verifyWithKey_noCheckpointOfThatKey_checkpointSignatureNamesTheKey() {
    assertBreak(
        record.verify(UNIT_KEY.getPublic()),
        0,
        BreakKind.CHECKPOINT_SIGNATURE,
        "no checkpoint is signed by the given key " + Keys.id(UNIT_KEY.getPublic()));
  }

  // The record's identity.

  @Test
  void verify_formatChanged_identityBreak() throws SQLException {
    database.execute("UPDATE record_meta SET format = 2");

    assertBreak(
        record.verify(), 0, BreakKind.IDENTITY, "record_meta holds another identity or format");
  }

  @Test
  void verify_secondIdentityRow_identityBreakNamesTheFirstFinding() throws SQLException {
    database.execute(
        "INSERT INTO record_meta (record_id, created_at, format) SELECT record_id || 'x',"
            + " created_at, format FROM record_meta");

    assertBreak(
        record.verify(), 0, BreakKind.IDENTITY, "record_meta holds another identity or format");
  }

  @Test
  void verify_identityRowDeleted_identityBreakCountsTheRows() throws SQLException {
    database.execute("DELETE FROM record_meta");

    assertBreak(record.verify(), 0, BreakKind.IDENTITY, "record_meta holds 0 rows, not 1");
  }
}
