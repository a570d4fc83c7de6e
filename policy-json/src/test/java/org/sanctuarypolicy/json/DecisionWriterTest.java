package org.sanctuarypolicy.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.Authority;
import org.sanctuarypolicy.api.Decision;
import org.sanctuarypolicy.api.Effect;
import org.sanctuarypolicy.api.InformationCategory;
import org.sanctuarypolicy.api.Obligation;
import org.sanctuarypolicy.api.ObligationType;
import org.sanctuarypolicy.api.Policy;
import org.sanctuarypolicy.api.PolicyInfo;
import org.sanctuarypolicy.api.Reason;
import org.sanctuarypolicy.api.Remedy;
import org.sanctuarypolicy.api.Request;
import org.sanctuarypolicy.core.SanctuaryPolicy;

/**
 * Writing with Jackson's generator: {@link DecisionWriter}'s lines, {@link
 * PolicyJson#write(Decision)} and {@link PolicyJson#write(Request)} give exactly the text of the
 * trees of {@link PolicyJson#toTree}.
 */
class DecisionWriterTest {
  /** Text with a quote, a backslash, a control character, non-ASCII and a non-BMP character. */
  private static final String AWKWARD =
      "\"Quoted\" \\ tab\t \u0001 \u00e9t\u00e9 \u2028 \ud83d\ude00";

  private static final Decision AWKWARD_DECISION =
      Decision.builder()
          .requestId("r-1")
          .effect(Effect.PERMIT)
          .governed(true)
          .addReasons(Reason.of("EO-2.1", Optional.empty(), Effect.PERMIT, AWKWARD))
          .addReasons(Reason.of("EO-1", Optional.of("EO-1(c)\u00a7"), Effect.PERMIT, "Lobby."))
          .addObligations(
              Obligation.redact(
                  ImmutableSet.of(
                      InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH)))
          .policy(PolicyInfo.of("p\u00e9", "1 \ud83d\ude00", "sha256:" + "ab".repeat(32)))
          .build();

  private static byte[] lines(List<Decision> decisions) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DecisionWriter writer = PolicyJson.decisionWriter(out)) {
      for (Decision decision : decisions) {
        writer.write(decision);
      }
    }
    return out.toByteArray();
  }

  private static byte[] expectedLines(List<Decision> decisions) {
    StringBuilder text = new StringBuilder();
    for (Decision decision : decisions) {
      text.append(Wire.write(PolicyJson.toTree(decision))).append('\n');
    }
    return text.toString().getBytes(UTF_8);
  }

  @Test
  void write_everyDecisionOfASweep_linesAreTheTreesText() throws IOException {
    Policy policy = SanctuaryPolicy.chicago();
    List<Decision> decisions = new ArrayList<>();
    for (Request request : PolicyJsonDecisionTest.sweep()) {
      Decision decision = policy.evaluate(request);
      decisions.add(decision);
      assertThat(PolicyJson.write(decision)).isEqualTo(Wire.write(PolicyJson.toTree(decision)));
    }
    assertThat(lines(decisions)).isEqualTo(expectedLines(decisions));
  }

  @Test
  void write_awkwardText_sameBytesAsTheTextInUtf8() throws IOException {
    String text = PolicyJson.write(AWKWARD_DECISION);

    assertThat(text).isEqualTo(Wire.write(PolicyJson.toTree(AWKWARD_DECISION)));
    assertThat(text)
        .contains("\\\"Quoted\\\" \\\\ tab\\t \\u0001 \u00e9t\u00e9 \u2028 \ud83d\ude00");
    assertThat(lines(List.of(AWKWARD_DECISION, AWKWARD_DECISION)))
        .isEqualTo((text + "\n" + text + "\n").getBytes(UTF_8));
    assertThat(PolicyJson.parseDecision(text)).isEqualTo(AWKWARD_DECISION);
  }

  @Test
  void write_manyDistinctTexts_sameBytesAsTheTrees() throws IOException {
    List<Decision> decisions = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      decisions.add(
          permit(
              Reason.of("EO-" + i % 300, Optional.empty(), Effect.PERMIT, "Text " + i),
              Reason.of("EO-1", Optional.of("EO-1(c)"), Effect.PERMIT, "Lobby.")));
    }
    assertThat(lines(decisions)).isEqualTo(expectedLines(decisions));
  }

  @Test
  void write_loneSurrogate_escapedAndParsesBack() throws IOException {
    Decision decision = permit(Reason.of("EO-1", Optional.empty(), Effect.PERMIT, "a \ud83d b"));

    String line = new String(lines(List.of(decision)), UTF_8);

    assertThat(line).contains("\"text\":\"a \\uD83D b\"").endsWith("}\n");
    assertThat(PolicyJson.parseDecision(line.trim())).isEqualTo(decision);
  }

  @Test
  void write_noDecision_writesNothing() throws IOException {
    assertThat(lines(List.of())).isEmpty();
  }

  @Test
  void write_everyRequestOfASweep_sameAsTheTree() {
    for (Request request : PolicyJsonDecisionTest.sweep()) {
      assertThat(PolicyJson.write(request)).isEqualTo(Wire.write(PolicyJson.toTree(request)));
    }
  }

  @Test
  void flush_buffered_passesTheLinesOnAndFlushesTheStream() throws IOException {
    RecordingStream out = new RecordingStream();
    DecisionWriter writer = PolicyJson.decisionWriter(out);
    writer.write(AWKWARD_DECISION);
    assertThat(out.bytes.size()).isZero();

    writer.flush();

    assertThat(out.bytes.toByteArray()).isEqualTo(expectedLines(List.of(AWKWARD_DECISION)));
    assertThat(out.flushes).isEqualTo(1);
  }

  @Test
  void close_openStream_flushesAndLeavesItOpen() throws IOException {
    RecordingStream out = new RecordingStream();
    DecisionWriter writer = PolicyJson.decisionWriter(out);
    writer.write(AWKWARD_DECISION);

    writer.close();

    assertThat(out.bytes.toByteArray()).isEqualTo(expectedLines(List.of(AWKWARD_DECISION)));
    assertThat(out.closed).isFalse();
  }

  @Test
  void flush_failingStream_throwsIoException() throws IOException {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("broken pipe");
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException("broken pipe");
          }
        };
    DecisionWriter writer = PolicyJson.decisionWriter(broken);
    writer.write(AWKWARD_DECISION);

    assertThatThrownBy(writer::flush).isInstanceOf(IOException.class).hasMessage("broken pipe");
  }

  @Test
  void decisionWriter_twoWriters_independent() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    try (DecisionWriter a = PolicyJson.decisionWriter(first);
        DecisionWriter b = PolicyJson.decisionWriter(second)) {
      a.write(AWKWARD_DECISION);
      b.write(remedied());
      a.write(remedied());
    }
    assertThat(first.toByteArray())
        .isEqualTo(expectedLines(List.of(AWKWARD_DECISION, remedied())));
    assertThat(second.toByteArray()).isEqualTo(expectedLines(List.of(remedied())));
  }

  private static Decision permit(Reason... reasons) {
    Decision.Builder builder =
        Decision.builder().requestId("r-3").effect(Effect.PERMIT).governed(true);
    for (Reason reason : reasons) {
      builder.addReasons(reason);
    }
    return builder.policy(PolicyInfo.of("p", "1", "sha256:" + "ef".repeat(32))).build();
  }

  private static Decision remedied() {
    return Decision.builder()
        .requestId("r-2")
        .effect(Effect.DENY)
        .governed(true)
        .addReasons(Reason.of("EO-1", Optional.empty(), Effect.DENY, "No."))
        .addObligations(Obligation.of(ObligationType.DOCUMENT_AND_REPORT))
        .addRemedies(Remedy.of(Authority.JUDICIAL_WARRANT, Effect.PERMIT))
        .policy(PolicyInfo.of("p", "1", "sha256:" + "cd".repeat(32)))
        .build();
  }

  /** Records what is written, flushed and closed. */
  private static final class RecordingStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int flushes;
    boolean closed;

    @Override
    public void write(int b) {
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
