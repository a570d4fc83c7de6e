package org.sanctuarypolicy.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Action;
import org.sanctuarypolicy.api.ClauseCatalog;
import org.sanctuarypolicy.api.Counterparty;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/** Every public method of the JSON binding refuses a null it was not told to accept. */
class NullsTest {
  private static final Policy POLICY = SanctuaryPolicy.unlogged(SanctuaryPolicy.chicago());
  private static final Request REQUEST =
      Request.builder()
          .requestId("r-1")
          .action(Action.COMMIT_RESOURCES)
          .counterparty(Counterparty.STATE_OR_LOCAL_AGENCY)
          .build();

  private static NullPointerTester tester() {
    String line = PolicyJson.write(REQUEST);
    return new NullPointerTester()
        .setDefault(Request.class, REQUEST)
        .setDefault(Decision.class, POLICY.evaluate(REQUEST))
        .setDefault(ClauseCatalog.class, POLICY.catalog())
        .setDefault(PolicyInfo.class, POLICY.info())
        .setDefault(JsonNode.class, PolicyJson.toTree(REQUEST))
        .setDefault(ObjectNode.class, PolicyJson.toTree(REQUEST))
        .setDefault(String.class, line)
        .setDefault(
            InputStream.class, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))
        .setDefault(OutputStream.class, new ByteArrayOutputStream());
  }

  @Test
  void policyJson_refusesNulls() {
    tester().testAllPublicStaticMethods(PolicyJson.class);
  }

  @Test
  void decisionWriter_refusesNulls() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    tester().testAllPublicInstanceMethods(PolicyJson.decisionWriter(out));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
