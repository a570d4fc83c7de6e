package org.sanctuarypolicy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanctuarypolicy.examples.cli.RecordFiles.UNIT;
import static org.sanctuarypolicy.examples.cli.SampleRequests.GARAGE;
import static org.sanctuarypolicy.examples.cli.SampleRequests.HOLD;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.Keys;

/** {@code record outcome|verify|keygen|checkpoint} on real SQLite records. */
class RecordCommandTest {
  private static final String OUTCOMES =
      "DECLINED, REFERRED, ACTED_WITHIN_AUTHORITY, BAIL_POSTED, RELEASED, TRANSFERRED";
  private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

  // ---- record outcome -------------------------------------------------------------------------

  @Test
  void outcome_transferredWithAgencyAndTime_printsTheOutcomeSeqAndRecordsIt(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE);

    CliRun result =
        CliRun.run(
            "record",
            "outcome",
            "--record",
            file.toString(),
            "--seq",
            "1",
            "--outcome",
            "TRANSFERRED",
            "--to",
            "STATE_OR_LOCAL_AGENCY",
            "--agency",
            "COOK-COUNTY-SHERIFF",
            "--at",
            "2026-03-02T18:40:00Z");

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isEqualTo(Main.EXIT_OK);
    assertThat(result.out()).isEqualTo("3\n");
    JsonNode entry = RecordFiles.bodies(file).get(2);
    assertThat(entry.get("kind").asText()).isEqualTo("OUTCOME");
    assertThat(entry.get("decisionSeq").asLong()).isEqualTo(1);
    assertThat(entry.get("outcome").asText()).isEqualTo("TRANSFERRED");
    assertThat(entry.get("to").asText()).isEqualTo("STATE_OR_LOCAL_AGENCY");
    assertThat(entry.get("agency").asText()).isEqualTo("COOK-COUNTY-SHERIFF");
    assertThat(entry.get("occurredAt").asText()).isEqualTo("2026-03-02T18:40:00.000Z");
    assertThat(entry.get("requestId").asText()).isEqualTo("hold-1");
  }

  @Test
  void outcome_releasedWithoutTimeOrAtWithAnOffset_recordsBoth(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD);

    CliRun released =
        CliRun.run("record", "outcome", "--outcome=RELEASED", "--seq=1", "--record=" + file);
    CliRun bail =
        CliRun.run(
            "record",
            "outcome",
            "--record",
            file.toString(),
            "--seq",
            "1",
            "--outcome",
            "BAIL_POSTED",
            "--at",
            "2026-03-02T12:40:00-06:00");

    assertThat(released.out()).isEqualTo("2\n");
    assertThat(bail.out()).isEqualTo("3\n");
    List<JsonNode> bodies = RecordFiles.bodies(file);
    assertThat(bodies.get(1).get("to").isNull()).isTrue();
    assertThat(bodies.get(1).get("occurredAt").asText())
        .isEqualTo(bodies.get(1).get("recordedAt").asText());
    assertThat(bodies.get(2).get("occurredAt").asText()).isEqualTo("2026-03-02T18:40:00.000Z");
  }

  private static void assertOutcomeRefused(Path file, String expected, String... options)
      throws Exception {
    long before = RecordFiles.count(file);
    String[] args = new String[options.length + 4];
    args[0] = "record";
    args[1] = "outcome";
    args[2] = "--record";
    args[3] = file.toString();
    System.arraycopy(options, 0, args, 4, options.length);

    CliRun result = CliRun.run(args);

    assertThat(result.code()).as(String.join(" ", options)).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .as(String.join(" ", options))
        .contains("policy-cli record outcome: " + expected);
    assertThat(RecordFiles.count(file)).isEqualTo(before);
  }

  @Test
  void outcome_badInput_exitsTwoNamingTheOptionAndWritesNothing(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD);
    CliRun.run(
        "record", "outcome", "--record", file.toString(), "--seq", "1", "--outcome", "RELEASED");

    assertOutcomeRefused(
        file,
        "--seq: \"2\" is not allowed; allowed: the seq of a DECISION entry of this record;"
            + " nothing was written",
        "--seq",
        "2",
        "--outcome",
        "DECLINED");
    assertOutcomeRefused(
        file, "--seq: \"99\" is not allowed", "--seq", "99", "--outcome", "DECLINED");
    assertOutcomeRefused(
        file,
        "--seq: \"0\" is not allowed; allowed: the seq of a DECISION entry, a whole number from 1",
        "--seq",
        "0",
        "--outcome",
        "DECLINED");
    assertOutcomeRefused(
        file, "--seq: \"one\" is not allowed", "--seq", "one", "--outcome", "DECLINED");
    assertOutcomeRefused(
        file,
        "--outcome: \"FREED\" is not allowed; allowed: " + OUTCOMES,
        "--seq",
        "1",
        "--outcome",
        "FREED");
    assertOutcomeRefused(
        file,
        "--outcome: \"released\" is not allowed; allowed: " + OUTCOMES,
        "--seq",
        "1",
        "--outcome",
        "released");
    assertOutcomeRefused(
        file,
        "--to: \"STATE_OR_LOCAL_AGENCY\" is not allowed with --outcome RELEASED; allowed:"
            + " nothing unless the outcome is TRANSFERRED",
        "--seq",
        "1",
        "--outcome",
        "RELEASED",
        "--to",
        "STATE_OR_LOCAL_AGENCY");
    assertOutcomeRefused(
        file,
        "--agency: \"COOK-COUNTY-SHERIFF\" is not allowed with --outcome DECLINED",
        "--seq",
        "1",
        "--outcome",
        "DECLINED",
        "--agency",
        "COOK-COUNTY-SHERIFF");
    assertOutcomeRefused(
        file,
        "--to is required with --outcome TRANSFERRED",
        "--seq",
        "1",
        "--outcome",
        "TRANSFERRED");
    assertOutcomeRefused(
        file,
        "--agency is required with --outcome TRANSFERRED",
        "--seq",
        "1",
        "--outcome",
        "TRANSFERRED",
        "--to",
        "STATE_OR_LOCAL_AGENCY");
    assertOutcomeRefused(
        file,
        "--to: \"ICE\" is not allowed; allowed: ",
        "--seq",
        "1",
        "--outcome",
        "TRANSFERRED",
        "--to",
        "ICE",
        "--agency",
        "ICE-ERO");
    assertOutcomeRefused(
        file,
        "--agency: \"Cook County\" is not allowed; allowed: 1 to 64 characters of A-Z, 0-9"
            + " and -",
        "--seq",
        "1",
        "--outcome",
        "TRANSFERRED",
        "--to",
        "STATE_OR_LOCAL_AGENCY",
        "--agency",
        "Cook County");
    assertOutcomeRefused(
        file,
        "--at: \"2026-03-02 18:40\" is not allowed; allowed: an ISO-8601 instant such as"
            + " 2026-03-02T18:40:00Z",
        "--seq",
        "1",
        "--outcome",
        "RELEASED",
        "--at",
        "2026-03-02 18:40");
    assertOutcomeRefused(
        file,
        "--at: \"2026-02-30T10:00:00Z\" is not allowed",
        "--seq",
        "1",
        "--outcome",
        "RELEASED",
        "--at",
        "2026-02-30T10:00:00Z");
    assertOutcomeRefused(file, "--outcome NAME is required", "--seq", "1");
    assertOutcomeRefused(
        file, "unknown option: --when", "--seq", "1", "--outcome", "RELEASED", "--when", "now");
    assertOutcomeRefused(
        file, "--seq is given twice", "--seq", "1", "--seq", "1", "--outcome", "RELEASED");
    assertThat(RecordFiles.count(file)).isEqualTo(2);
  }

  @Test
  void outcome_recordThatIsMissingOrNoRecord_exitsTwoAndCreatesNothing(@TempDir Path dir)
      throws Exception {
    Path missing = dir.resolve("missing.db");
    Path text = dir.resolve("notes.txt");
    Files.writeString(text, "hello\n");
    Path empty = Files.createFile(dir.resolve("empty.db"));

    CliRun noFile =
        CliRun.run(
            "record",
            "outcome",
            "--record",
            missing.toString(),
            "--seq",
            "1",
            "--outcome",
            "RELEASED");
    CliRun notDatabase = CliRun.run("record", "verify", "--record", text.toString());
    CliRun emptyFile = CliRun.run("record", "verify", "--record", "jdbc:sqlite:" + empty);
    CliRun noRecordUrl = CliRun.run("record", "verify");
    CliRun mysql = CliRun.run("record", "verify", "--record", "jdbc:mysql://x");

    assertThat(noFile.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(noFile.err()).contains("--record: \"" + missing + "\" does not exist; allowed:");
    assertThat(missing).doesNotExist();
    assertThat(notDatabase.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(notDatabase.err())
        .contains(
            "--record: \""
                + text
                + "\" is not a SQLite database; allowed: "
                + ComplianceRecord.ALLOWED_URLS);
    assertThat(emptyFile.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(emptyFile.err()).contains("is empty and holds no record");
    assertThat(empty).isEmptyFile();
    assertThat(noRecordUrl.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(noRecordUrl.err())
        .contains("policy-cli record verify: --record URL is required")
        .contains("usage: java -jar policy-cli.jar record verify --record URL [--key PUBLIC.pem]");
    assertThat(mysql.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(mysql.err())
        .contains(
            "--record: \"jdbc:mysql://x\" is not allowed; allowed: "
                + ComplianceRecord.ALLOWED_URLS);
  }

  @Test
  void outcome_sqliteFileOfAnotherApplication_refusedAndLeftAsItWas(@TempDir Path dir)
      throws Exception {
    Path other = dir.resolve("other.db");
    RecordFiles.execute(other, "CREATE TABLE payroll (id INTEGER)");

    CliRun result =
        CliRun.run(
            "record",
            "outcome",
            "--record",
            other.toString(),
            "--seq",
            "1",
            "--outcome",
            "RELEASED");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.err()).contains("is a SQLite database that holds no compliance record");
    CliRun evaluate = CliRun.run("evaluate", "--record", other.toString(), "--unit", UNIT);
    assertThat(evaluate.code()).isEqualTo(Main.EXIT_INVALID);
    RecordFiles.execute(other, "CREATE TABLE record_entry (x INTEGER)"); // fails if one existed
  }

  @Test
  void outcome_urlWithPassword_refusedSayingToUsePgpassword() {
    CliRun result =
        CliRun.run(
            "record",
            "outcome",
            "--record",
            "jdbc:postgresql://clerk:hunter2@db.example/record",
            "--seq",
            "1",
            "--outcome",
            "RELEASED");

    assertThat(result.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(result.err()).contains("PGPASSWORD").doesNotContain("hunter2");
  }

  @Test
  void recordUrl_postgresql_takesPasswordAndUserFromTheEnvironment() throws Exception {
    Map<String, String> environment = Map.of("PGPASSWORD", "s3cret", "PGUSER", "recorder");

    Properties plain = RecordUrl.check("jdbc:postgresql://db.example/record", false, environment);
    Properties named =
        RecordUrl.check("jdbc:postgresql://db.example/record?user=auditor", false, environment);

    assertThat(plain.getProperty("password")).isEqualTo("s3cret");
    assertThat(plain.getProperty("user")).isEqualTo("recorder");
    assertThat(named.getProperty("password")).isEqualTo("s3cret");
    assertThat(named.getProperty("user")).isNull();
  }

  // ---- record verify ----------------------------------------------------------------------------

  @Test
  void verify_intactThenTamperedBody_exitsZeroThenOneNamingTheBreak(@TempDir Path dir)
      throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE, HOLD);

    CliRun intact = CliRun.run("record", "verify", "--record", file.toString());
    RecordFiles.execute(
        file,
        "UPDATE record_entry SET body = replace(body, '"
            + UNIT
            + "', 'CPD-LOCKUP-019')"
            + " WHERE seq = 2");
    CliRun tampered = CliRun.run("record", "verify", "--record", file.toString());

    assertThat(intact.code()).isEqualTo(Main.EXIT_OK);
    assertThat(intact.out())
        .matches(
            "verified: record [0-9a-f-]{36}: 3 entries, head seq 3 hash [0-9a-f]{64}, 0"
                + " checkpoints in the chain, 0 signatures verified\n");
    assertThat(tampered.code()).isEqualTo(Main.EXIT_BROKEN);
    assertThat(tampered.out()).startsWith("broken: record ").contains(": seq 2: HASH_MISMATCH: ");
  }

  // ---- record keygen, checkpoint, verify --key ------------------------------------------------

  @Test
  void keygenCheckpointVerify_withTheUnitsKey_signsAndVerifies(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD, GARAGE);
    Path keys = dir.resolve("keys");

    CliRun keygen = CliRun.run("record", "keygen", "--out", keys.toString());
    CliRun checkpoint =
        CliRun.run(
            "record",
            "checkpoint",
            "--record",
            file.toString(),
            "--key",
            keys.resolve("private.pem").toString());
    CliRun verify =
        CliRun.run(
            "record",
            "verify",
            "--record",
            file.toString(),
            "--key",
            keys.resolve("public.pem").toString());

    assertThat(keygen.code()).isEqualTo(Main.EXIT_OK);
    String keyId = keygen.out().strip();
    assertThat(keyId).matches(HEX64);
    assertThat(keyId).isEqualTo(Keys.id(Keys.readPublic(keys.resolve("public.pem"))));
    assertThat(checkpoint.code()).isEqualTo(Main.EXIT_OK);
    assertThat(checkpoint.out()).matches("seq 2 hash [0-9a-f]{64} key " + keyId + "\n");
    assertThat(verify.code()).isEqualTo(Main.EXIT_OK);
    assertThat(verify.out()).contains("1 checkpoints in the chain, 1 signatures verified");
  }

  @Test
  void verify_keyThatSignedNoCheckpoint_exitsOne(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD);
    CliRun.run("record", "keygen", "--out", dir.resolve("signer").toString());
    CliRun.run("record", "keygen", "--out", dir.resolve("stranger").toString());
    CliRun.run(
        "record",
        "checkpoint",
        "--record",
        file.toString(),
        "--key",
        dir.resolve("signer/private.pem").toString());

    CliRun result =
        CliRun.run(
            "record",
            "verify",
            "--record",
            file.toString(),
            "--key",
            dir.resolve("stranger/public.pem").toString());

    assertThat(result.code()).isEqualTo(Main.EXIT_BROKEN);
    assertThat(result.out()).startsWith("broken: record ").contains("CHECKPOINT_SIGNATURE");
  }

  @Test
  void keygen_keysAlreadyThere_exitsTwoAndKeepsThem(@TempDir Path dir) throws Exception {
    CliRun first = CliRun.run("record", "keygen", "--out", dir.toString());
    String privateKey = Files.readString(dir.resolve("private.pem"));

    CliRun second = CliRun.run("record", "keygen", "--out", dir.toString());

    assertThat(first.code()).isEqualTo(Main.EXIT_OK);
    assertThat(second.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(second.out()).isEmpty();
    assertThat(second.err())
        .contains("policy-cli record keygen: --out: \"" + dir + "\" already holds ")
        .contains("nothing was written");
    assertThat(Files.readString(dir.resolve("private.pem"))).isEqualTo(privateKey);
  }

  @Test
  void checkpointAndVerify_unreadableKeyOrEmptyRecord_exitTwo(@TempDir Path dir) throws Exception {
    Path file = RecordFiles.withDecisions(dir.resolve("record.db"), HOLD);
    Path emptyRecord = RecordFiles.withDecisions(dir.resolve("empty.db"));
    Path junk = Files.writeString(dir.resolve("junk.pem"), "not a key\n");
    CliRun.run("record", "keygen", "--out", dir.resolve("keys").toString());

    CliRun junkPrivate =
        CliRun.run("record", "checkpoint", "--record", file.toString(), "--key", junk.toString());
    CliRun publicAsPrivate =
        CliRun.run(
            "record",
            "checkpoint",
            "--record",
            file.toString(),
            "--key",
            dir.resolve("keys/public.pem").toString());
    CliRun junkPublic =
        CliRun.run("record", "verify", "--record", file.toString(), "--key", junk.toString());
    CliRun empty =
        CliRun.run(
            "record",
            "checkpoint",
            "--record",
            emptyRecord.toString(),
            "--key",
            dir.resolve("keys/private.pem").toString());

    assertThat(junkPrivate.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(junkPrivate.err())
        .contains(
            "--key: \""
                + junk
                + "\" is not allowed; allowed: a"
                + " readable PEM file holding an Ed25519 private key");
    assertThat(publicAsPrivate.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(junkPublic.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(junkPublic.err()).contains("--key: ").contains("public key");
    assertThat(empty.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(empty.err())
        .contains(
            "--record: \"empty\" is not allowed; allowed: a record with" + " at least one entry");
    assertThat(RecordFiles.count(file)).isEqualTo(1);
  }

  @Test
  void record_unknownOrMissingSubcommand_listsThemAndExitsTwo() {
    CliRun unknown = CliRun.run("record", "sign");
    CliRun missing = CliRun.run("record");

    assertThat(unknown.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(unknown.err())
        .contains("unknown subcommand: sign; allowed: outcome, verify, keygen, checkpoint")
        .contains(
            "usage: java -jar policy-cli.jar record checkpoint --record URL --key"
                + " PRIVATE.pem");
    assertThat(missing.code()).isEqualTo(Main.EXIT_INVALID);
    assertThat(missing.err()).contains("no subcommand given");
  }
}
