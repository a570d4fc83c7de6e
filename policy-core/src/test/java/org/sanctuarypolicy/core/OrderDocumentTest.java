package org.sanctuarypolicy.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/ORDER.md is the catalog exactly as {@code explain} prints it. */
class OrderDocumentTest {
  @Test
  void orderDocument_isExactlyWhatExplainPrints() throws IOException {
    Path document = Path.of("..", "docs", "ORDER.md");
    String explained = SanctuaryPolicy.explain(SanctuaryPolicy.chicago());
    assertThat(Files.readString(document, StandardCharsets.UTF_8))
        .as(
            "docs/ORDER.md is stale: regenerate it with"
                + " java -jar examples/target/policy-cli.jar explain > docs/ORDER.md")
        .isEqualTo(explained);
  }
}
