package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a record: which URLs are records, and what is not one. */
class ComplianceRecordTest {
  @TempDir Path dir;

  @Test
  void open_urlOfNoRecord_refusedNamingRecord() {
    String[] urls = {"jdbc:mysql:x", "jdbc:sqlite:", "", "  ", "jdbc:oracle:thin:@x", "jdbc:"};
    for (String url : urls) {
      assertThatThrownBy(() -> ComplianceRecord.open(url))
          .as("url '%s'", url)
          .isInstanceOfSatisfying(
              RecordInputException.class,
              e -> {
                assertThat(e.field()).isEqualTo("record");
                assertThat(e.allowed()).isEqualTo(ComplianceRecord.ALLOWED_URLS);
              });
    }
    assertThatThrownBy(() -> ComplianceRecord.open(""))
        .isInstanceOfSatisfying(
            RecordInputException.class, e -> assertThat(e.value()).isEqualTo("empty"));
  }

  @Test
  void open_fileThatIsNoSqliteDatabase_recordException() throws Exception {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "These are a clerk's notes, not a database.\n".repeat(100));

    assertThatThrownBy(() -> ComplianceRecord.open(file.toString()))
        .isExactlyInstanceOf(RecordException.class);
    assertThatThrownBy(() -> ComplianceRecord.open("jdbc:sqlite:" + file))
        .isExactlyInstanceOf(RecordException.class);
    assertThat(Files.readString(file)).startsWith("These are a clerk's notes");
  }

  @Test
  void open_postgresServerNotThere_recordException() {
    assertThatThrownBy(() -> ComplianceRecord.open("jdbc:postgresql://127.0.0.1:1/record"))
        .isExactlyInstanceOf(RecordException.class)
        .hasMessageContaining("cannot be reached");
  }

  @Test
  void open_barePath_isTheSqliteRecordAtThatFile() {
    Path file = dir.resolve("record.db");
    String recordId;
    try (ComplianceRecord record = ComplianceRecord.open(file.toString())) {
      recordId = record.recordId();
      RecordingPolicy.of(Fixtures.CHICAGO, record, Fixtures.UNIT)
          .decide(Fixtures.detainer("lockup-1"));
    }

    try (ComplianceRecord record = ComplianceRecord.open("jdbc:sqlite:" + file)) {
      assertThat(record.recordId()).isEqualTo(recordId);
      assertThat(record.verify().headSeq()).isEqualTo(1);
    }
    assertThat(file).isRegularFile();
  }
}
