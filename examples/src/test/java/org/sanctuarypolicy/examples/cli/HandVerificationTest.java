package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.io.ByteStreams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's check of docs/RECORD.md, run for real: a record made with the command-line tool is
 * verified by {@code scripts/verify-record.sh} with sqlite3, sha256sum and openssl alone, and the
 * same script catches a tampered body, a deleted row and a forged checkpoint signature.
 */
class HandVerificationTest {
  private static final Path SCRIPT = Path.of("..", "scripts", "verify-record.sh");

  @TempDir Path dir;
  private Path record;
  private Path keys;

  @BeforeEach
  void makeRecord() throws IOException {
    record = dir.resolve("record.db");
    keys = dir.resolve("keys");
    StringBuilder requests = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      requests
          .append("{\"requestId\":\"lockup-")
          .append(i)
          .append("\",\"action\":\"HOLD_ON_DETAINER\",")
          .append("\"counterparty\":\"FEDERAL_IMMIGRATION_ENFORCEMENT\",")
          .append("\"authorities\":[\"IMMIGRATION_DETAINER\"]}\n");
    }
    CliRun evaluate =
        CliRun.run(
            new ByteArrayInputStream(requests.toString().getBytes(UTF_8)),
            "evaluate",
            "--record",
            record.toString(),
            "--unit",
            "CPD-LOCKUP-018");
    assertThat(evaluate.code()).as(evaluate.err()).isZero();
    assertThat(
            CliRun.run(
                    "record", "outcome", "--record", record.toString(), "--seq", "3",
                    "--outcome", "TRANSFERRED", "--to", "STATE_OR_LOCAL_AGENCY", "--agency",
                    "COOK-COUNTY-SHERIFF")
                .code())
        .isZero();
    assertThat(CliRun.run("record", "keygen", "--out", keys.toString()).code()).isZero();
    assertThat(
            CliRun.run(
                    "record", "checkpoint", "--record", record.toString(), "--key",
                    keys.resolve("private.pem").toString())
                .code())
        .isZero();
  }

  @Test
  void verifyRecordScript_recordMadeByTheTool_verifiesEveryEntryAndTheSignature()
      throws Exception {
    Script run = script(record, keys.resolve("public.pem"));

    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out()).contains("41 entries").contains("1 signatures verified");
  }

  @Test
  void verifyRecordScript_editedBody_namesTheEntry() throws Exception {
    sql("UPDATE record_entry SET body = replace(body, '\"DENY\"', '\"PERMIT\"') WHERE seq = 17");

    Script run = script(record, keys.resolve("public.pem"));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("broken at entry 17: hash is");
  }

  @Test
  void verifyRecordScript_deletedRow_namesTheMissingEntry() throws Exception {
    sql("DELETE FROM record_entry WHERE seq = 9");

    Script run = script(record, keys.resolve("public.pem"));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("broken at entry 9: missing; the next entry is 10");
  }

  @Test
  void verifyRecordScript_forgedSignature_failsOnlyWithTheKey() throws Exception {
    sql("UPDATE record_checkpoint SET signature = 'AAAA' || substr(signature, 5)");

    Script withKey = script(record, keys.resolve("public.pem"));
    Script withoutKey = script(record, null);

    assertThat(withKey.code()).isEqualTo(1);
    assertThat(withKey.out()).startsWith("broken at entry 41: the checkpoint's signature fails");
    assertThat(withoutKey.code()).isZero();
  }

  private void sql(String statement) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + record);
        Statement update = connection.createStatement()) {
      assertThat(update.executeUpdate(statement)).isPositive();
    }
  }

  private record Script(int code, String out) {}

  private static Script script(Path record, Path key) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), record.toString()));
    if (key != null) {
      command.add(key.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(ByteStreams.toByteArray(process.getInputStream()), UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the script finished").isTrue();
    assertThat(Files.isRegularFile(SCRIPT)).isTrue();
    return new Script(process.exitValue(), out);
  }
}
