package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.record.RecordDatabase.Backend;

/**
 * The tamperings an auditor must be able to detect, each done with plain SQL, an independent RFC
 * 8785 canonicalizer and SHA-256 (as anyone with write access to the database can), on SQLite and
 * on PostgreSQL. Each is found and named: the kind of break and the entry where it is.
 *
 * <p>Every test starts from the same six entries of unit {@code CPD-LOCKUP-018}: 1, 2 and 4 are
 * DECISION entries for detainers; 3 says 1 was TRANSFERRED to the sheriff, 5 that 2 was RELEASED, 6
 * that 4 was DECLINED.
 */
class TamperingTest {
  private static final KeyPair UNIT_KEY = Fixtures.ed25519();
  private static final KeyPair OTHER_KEY = Fixtures.ed25519();

  @TempDir Path dir;
  private ComplianceRecord record;
  private Tamperer database;

  @AfterEach
  void close() throws SQLException {
    if (record != null) {
      record.close();
    }
    if (database != null) {
      database.close();
    }
  }

  private void sixEntries(Backend backend) throws SQLException {
    RecordDatabase db = backend.newDatabase(dir);
    record = db.open();
    database = db.tamperer();
    RecordingPolicy policy = RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT);
    assertThat(policy.decide(Fixtures.detainer("lockup-1")).seq()).hasValue(1);
    assertThat(policy.decide(Fixtures.detainer("lockup-2")).seq()).hasValue(2);
    assertThat(
            record.recordOutcome(
                Outcome.transferred(1, Counterparty.STATE_OR_LOCAL_AGENCY, "COOK-COUNTY-SHERIFF")))
        .isEqualTo(3);
    assertThat(policy.decide(Fixtures.detainer("lockup-3")).seq()).hasValue(4);
    assertThat(record.recordOutcome(Outcome.of(2, OutcomeType.RELEASED))).isEqualTo(5);
    assertThat(record.recordOutcome(Outcome.of(4, OutcomeType.DECLINED))).isEqualTo(6);
    assertThat(record.verify().verified()).isTrue();
  }

  private static void assertBreak(Verification verification, long seq, BreakKind kind) {
    assertThat(verification.verified()).isFalse();
    assertThat(verification.firstBreak().map(b -> b.kind() + " at " + b.seq()))
        .as(verification.toString())
        .contains(kind + " at " + seq);
  }

  // ---- The seven tamperings.

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_bodyEdited_hashMismatchAtThatEntry(Backend backend) throws SQLException {
    sixEntries(backend);
    String body = database.body(3);
    assertThat(body).contains("\"outcome\":\"TRANSFERRED\"");

    database.setBody(3, body.replace("\"outcome\":\"TRANSFERRED\"", "\"outcome\":\"RELEASED\""));

    assertBreak(record.verify(), 3, BreakKind.HASH_MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_entryEditedAndRehashed_prevMismatchAtTheNextEntry(Backend backend)
      throws SQLException {
    sixEntries(backend);

    database.edit(
        3,
        body -> {
          body.put("outcome", "RELEASED");
          body.putNull("to");
          body.putNull("agency");
        });

    assertThat(database.row(3).hash()).isEqualTo(Tamperer.sha256(database.body(3)));
    assertBreak(record.verify(), 4, BreakKind.PREV_MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_rowDeleted_missingSeqAtThatEntry(Backend backend) throws SQLException {
    sixEntries(backend);

    database.delete(3);

    assertBreak(record.verify(), 3, BreakKind.MISSING_SEQ);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_twoRowsSwapped_columnMismatchAtTheFirstSwappedEntry(Backend backend)
      throws SQLException {
    sixEntries(backend);

    database.swap(2, 5);

    // Row 2 now holds the body of entry 5: its seq column disagrees with the body before anything
    // else is compared.
    assertBreak(record.verify(), 2, BreakKind.COLUMN_MISMATCH);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_oneColumnChanged_columnMismatchAtThatEntry(Backend backend) throws SQLException {
    sixEntries(backend);
    Tamperer.Row row = database.row(4);
    String[][] changes = {
      {"kind", "OUTCOME", row.kind()},
      {"recorded_at", "2020-01-01T00:00:00.000Z", row.recordedAt()},
      {"unit", "CPD-DISTRICT-001", row.unit()},
      {"request_id", "lockup-99", row.requestId()}
    };
    for (String[] change : changes) {
      database.set(4, change[0], change[1]);

      assertBreak(record.verify(), 4, BreakKind.COLUMN_MISMATCH);
      assertThat(record.verify().firstBreak().orElseThrow().detail()).contains(change[0]);

      database.set(4, change[0], change[2]);
      assertThat(record.verify().verified()).as(change[0] + " restored").isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_truncatedBelowACheckpoint_truncatedAtTheCheckpoint(Backend backend)
      throws SQLException {
    sixEntries(backend);
    assertThat(record.checkpoint(UNIT_KEY).seq()).isEqualTo(6);

    database.truncateFrom(4);

    Verification verification = record.verify();
    assertBreak(verification, 6, BreakKind.TRUNCATED);
    assertThat(verification.headSeq()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_truncatedWithoutCheckpoint_cannotTellAndVerifies(Backend backend)
      throws SQLException {
    sixEntries(backend);

    database.truncateFrom(4);

    // What only a checkpoint can show: a shorter chain is still a chain.
    Verification verification = record.verify();
    assertThat(verification.verified()).isTrue();
    assertThat(verification.headSeq()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_wholeChainRewrittenConsistently_verifiesWithoutCheckpointButNotWithOne(
      Backend backend) throws SQLException {
    sixEntries(backend);
    Checkpoint checkpoint = record.checkpoint(UNIT_KEY);

    database.rewrite(
        3,
        body -> {
          body.put("outcome", "RELEASED");
          body.putNull("to");
          body.putNull("agency");
        });

    assertThat(database.row(6).hash()).isNotEqualTo(checkpoint.hash());
    assertBreak(record.verify(), 6, BreakKind.CHECKPOINT_NOT_IN_CHAIN);
    assertBreak(record.verify(UNIT_KEY.getPublic()), 6, BreakKind.CHECKPOINT_NOT_IN_CHAIN);

    database.execute("DELETE FROM record_checkpoint");

    Verification withoutCheckpoint = record.verify();
    assertThat(withoutCheckpoint.verified()).as(withoutCheckpoint.toString()).isTrue();
    assertThat(withoutCheckpoint.headSeq()).isEqualTo(6);
    assertThat(withoutCheckpoint.headHash()).isNotEqualTo(checkpoint.hash());
  }

  // ---- Checkpoints, outcomes and keys.

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verifyWithKey_checkpointSignatureForged_checkpointSignatureAtItsEntry(Backend backend)
      throws SQLException {
    sixEntries(backend);
    Checkpoint checkpoint = record.checkpoint(UNIT_KEY);
    // Rewrite history, then move the checkpoint to the new head, keeping the unit's key id: the
    // signature no longer covers what the checkpoint says.
    database.rewrite(3, body -> body.put("agency", "ICE-ERO-CHICAGO"));
    database.execute(
        "UPDATE record_checkpoint SET hash = '" + database.row(6).hash() + "' WHERE seq = 6");

    assertThat(record.verify().verified()).isTrue();
    assertBreak(record.verify(UNIT_KEY.getPublic()), 6, BreakKind.CHECKPOINT_SIGNATURE);

    // Nor does a signature made with another key under the unit's key id.
    String forged =
        Base64.getEncoder()
            .encodeToString(
                Keys.sign(
                    OTHER_KEY.getPrivate(),
                    Checkpoint.signedText(
                            record.recordId(), 6, database.row(6).hash(), checkpoint.signedAt())
                        .getBytes(StandardCharsets.UTF_8)));
    database.execute("UPDATE record_checkpoint SET signature = '" + forged + "'");

    assertBreak(record.verify(UNIT_KEY.getPublic()), 6, BreakKind.CHECKPOINT_SIGNATURE);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_outcomeRewrittenToNameNoDecision_outcomeWithoutDecisionAtIt(Backend backend)
      throws SQLException {
    sixEntries(backend);
    // 5 is an OUTCOME, 6 the entry itself, 7 and 99 no entry yet, 0 and -1 never one.
    for (long target : new long[] {5, 6, 7, 99, 0, -1}) {
      database.rewrite(6, body -> body.put("decisionSeq", target));

      assertThat(database.body(6)).contains("\"decisionSeq\":" + target + ",");
      assertBreak(record.verify(), 6, BreakKind.OUTCOME_WITHOUT_DECISION);
    }
    database.rewrite(6, body -> body.put("decisionSeq", 4));
    assertThat(record.verify().verified()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verifyWithKey_noCheckpointOfThatKey_checkpointSignatureAtZero(Backend backend)
      throws SQLException {
    sixEntries(backend);

    assertBreak(record.verify(UNIT_KEY.getPublic()), 0, BreakKind.CHECKPOINT_SIGNATURE);

    record.checkpoint(OTHER_KEY);

    assertThat(record.verify().verified()).isTrue();
    assertThat(record.verify(OTHER_KEY.getPublic()).checkpointsSigned()).isEqualTo(1);
    assertBreak(record.verify(UNIT_KEY.getPublic()), 0, BreakKind.CHECKPOINT_SIGNATURE);
  }

  // ---- Further tamperings.

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_bodyRehashedButNotCanonical_malformedBody(Backend backend) throws SQLException {
    sixEntries(backend);

    database.setBodyAndHash(2, database.body(2).replace(",\"kind\":", ", \"kind\":"));

    assertBreak(record.verify(), 2, BreakKind.MALFORMED_BODY);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_bodyRewrittenWithAnUnreadableField_malformedBodyNotAnException(Backend backend)
      throws SQLException {
    sixEntries(backend);
    List<Tamperer.Row> original = database.rows();

    database.rewrite(2, body -> ((ObjectNode) body.get("decision")).putArray("obligations").add(1));
    assertBreak(record.verify(), 2, BreakKind.MALFORMED_BODY);
    database.restore(original);

    database.rewrite(2, body -> body.remove("request"));
    assertBreak(record.verify(), 2, BreakKind.MALFORMED_BODY);
    database.restore(original);

    // 2^64 + 2 is no seq, though its low 64 bits are 2. The record's own canonical form (Jackson)
    // writes it exactly, so the body stays canonical.
    String wrapped = BigInteger.ONE.shiftLeft(64).add(BigInteger.TWO).toString();
    database.setBodyAndHash(2, database.body(2).replace("\"seq\":2,", "\"seq\":" + wrapped + ","));
    assertThat(database.body(2)).contains(wrapped);
    assertBreak(record.verify(), 2, BreakKind.MALFORMED_BODY);
    database.restore(original);

    assertThat(record.verify().verified()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void verify_recordIdentityReplaced_identityBreak(Backend backend) throws SQLException {
    sixEntries(backend);

    database.execute("UPDATE record_meta SET record_id = '00000000-0000-0000-0000-000000000000'");

    assertBreak(record.verify(), 0, BreakKind.IDENTITY);
  }
}
