package org.sanctuarypolicy.examples.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sample vendor's certification programs exit as {@code certify} does: 0 certified, 1 not. */
class GatewayExitStatusTest {
  private static int run(Class<?> program) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), program.getName())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(program.getSimpleName()).isTrue();
    return process.exitValue();
  }

  @Test
  void legacyRelease_notCertified_exitsOne() throws Exception {
    assertThat(run(LegacyRecordsGateway.class)).isEqualTo(1);
  }

  @Test
  void currentRelease_certified_exitsZero() throws Exception {
    assertThat(run(RecordsGateway.class)).isZero();
  }
}
