package org.sanctuarypolicy.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate big.jsonl | head}: when the reader of standard output goes away, the tool stops
 * quietly with 141, as a Unix tool stopped by SIGPIPE does, in a separate JVM with a real pipe.
 */
class ClosedPipeTest {
  @TempDir Path dir;

  @Test
  void evaluate_readerClosesThePipe_stopsQuietlyWith141() throws Exception {
    StringBuilder requests = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      requests
          .append("{\"requestId\":\"r-")
          .append(i)
          .append("\",\"action\":\"INQUIRE_STATUS\",\"counterparty\":\"COURT\"}\n");
    }
    Path input = Files.writeString(dir.resolve("big.jsonl"), requests, UTF_8);
    Path errors = dir.resolve("stderr.txt");
    Process process =
        CliRun.inChildJvm("evaluate", input.toString()).redirectError(errors.toFile()).start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      assertThat(out.readLine()).startsWith("{\"requestId\":\"r-0\"");
    }

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(ClosedPipe.EXIT_CLOSED_PIPE);
    assertThat(Files.readString(errors, UTF_8)).isEmpty();
  }
}
