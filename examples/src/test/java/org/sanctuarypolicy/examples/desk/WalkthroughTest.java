package org.sanctuarypolicy.examples.desk;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;
import org.sanctuarypolicy.record.ComplianceRecord;
import org.sanctuarypolicy.record.RecordingPolicy;

class WalkthroughTest {
  @TempDir Path dir;

  @Test
  void recordUrl_noArgument_newSqliteFileInANewTemporaryFolder() throws Exception {
    Path url = Path.of(Walkthrough.recordUrl(new String[0], "test-desk"));

    assertThat(url.getFileName()).hasToString("record.db");
    assertThat(url.getParent().getFileName().toString()).startsWith("test-desk-");
    assertThat(url.getParent()).isEmptyDirectory();
    Files.delete(url.getParent());
  }

  @Test
  void recordUrl_oneArgument_thatArgument() throws Exception {
    assertThat(Walkthrough.recordUrl(new String[] {"jdbc:sqlite:x.db"}, "test-desk"))
        .isEqualTo("jdbc:sqlite:x.db");
  }

  @Test
  void recordUrl_twoArguments_throwsSayingWhatIsAllowed() {
    assertThatThrownBy(() -> Walkthrough.recordUrl(new String[] {"a.db", "b.db"}, "test-desk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("arguments: 2; allowed: none, or the record's URL or file path");
  }

  @Test
  void finish_recordThatVerifies_saysWhereItIsAndThatItVerifies() {
    String url = dir.resolve("record.db").toString();
    try (ComplianceRecord record = ComplianceRecord.open(url)) {
      recordOneDetainer(record);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();

      boolean verified = Walkthrough.finish(new PrintStream(bytes, true, UTF_8), url, record);

      assertThat(verified).isTrue();
      assertThat(bytes.toString(UTF_8))
          .contains("Compliance record: " + url + " (record " + record.recordId() + ").")
          .contains("It verifies: 1 entry, every hash and link checks out; the last is entry 1");
    }
  }

  @Test
  void finish_recordChangedBehindItsBack_saysItDoesNotVerify() throws Exception {
    Path file = dir.resolve("record.db");
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      recordOneDetainer(record);
      try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement update = connection.createStatement()) {
        update.executeUpdate("UPDATE record_entry SET body = replace(body, 'DENY', 'PERMIT')");
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();

      boolean verified =
          Walkthrough.finish(new PrintStream(bytes, true, UTF_8), file.toString(), record);

      assertThat(verified).isFalse();
      assertThat(bytes.toString(UTF_8))
          .contains("It does NOT verify: broken at")
          .doesNotContain("It verifies");
    }
  }

  private static void recordOneDetainer(ComplianceRecord record) {
    RecordingPolicy.of(SanctuaryPolicy.chicago(), record, "TEST-UNIT")
        .decide(
            Request.builder()
                .requestId("w-1")
                .action(Action.HOLD_ON_DETAINER)
                .counterparty(Counterparty.FEDERAL_IMMIGRATION_ENFORCEMENT)
                .authorities(Authority.IMMIGRATION_DETAINER)
                .build());
  }
}
