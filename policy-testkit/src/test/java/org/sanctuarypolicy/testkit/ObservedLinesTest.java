package org.sanctuarypolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuarypolicy.api.InformationCategory;

/** Certifying the observed JSON lines of a product that is not written in Java. */
class ObservedLinesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  /** One correct line per scenario, as a conforming product would write them. */
  private static List<String> correctLines() {
    List<String> lines = new ArrayList<>();
    for (Scenario scenario : ConformanceCatalog.load()) {
      StringBuilder line =
          new StringBuilder("{\"id\":\"")
              .append(scenario.id())
              .append("\",\"effect\":\"")
              .append(scenario.expected().effect())
              .append('"');
      if (!scenario.expectedRedactions().isEmpty()) {
        line.append(",\"redacted\":[")
            .append(
                scenario.expectedRedactions().stream()
                    .map(c -> "\"" + c + "\"")
                    .collect(Collectors.joining(",")))
            .append(']');
      }
      lines.add(line.append('}').toString());
    }
    return lines;
  }

  private static InputStream stream(List<String> lines) {
    return new ByteArrayInputStream(
        (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fromObserved_everyScenarioRight_isCertified() {
    CertificationReport report = Certification.fromObserved(stream(correctLines()), CLOCK);
    assertThat(report.verdict()).isEqualTo(Verdict.CERTIFIED);
    assertThat(report.date()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
  }

  @Test
  void fromObserved_anyOrderBlankLinesAndByteOrderMark_areAccepted() {
    List<String> lines = correctLines();
    Collections.reverse(lines);
    lines.add(3, "   ");
    lines.set(0, "\uFEFF" + lines.get(0));
    assertThat(Certification.fromObserved(stream(lines), CLOCK).certified()).isTrue();
  }

  @Test
  void fromObserved_missingScenario_failsIt() {
    List<String> lines = correctLines();
    lines.remove(4);
    CertificationReport report = Certification.fromObserved(stream(lines), CLOCK);
    assertThat(report.verdict()).isEqualTo(Verdict.NOT_CERTIFIED);
    assertThat(report.failures()).hasSize(1);
    assertThat(report.failures().get(0).scenario().id()).isEqualTo("C-005");
    assertThat(report.failures().get(0).problem())
        .contains("no observation: the scenario is missing from the observed lines");
  }

  /** An empty file is a wrong file, or a product that printed nothing: invalid input, no report. */
  @Test
  void fromObserved_emptyOrBlankInput_isInvalidInput() {
    for (String input : List.of("", "\n  \n")) {
      assertThatThrownBy(
              () ->
                  Certification.fromObserved(
                      new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), CLOCK))
          .isInstanceOf(ObservedLinesException.class)
          .satisfies(
              e ->
                  assertThat(((ObservedLinesException) e).problems())
                      .containsExactly(
                          "the input holds no observed line; allowed: one line per conformance"
                              + " scenario, such as {\"id\":\"C-001\",\"effect\":\"DENY\"}"));
    }
  }

  @Test
  void fromObserved_wrongEffectAndWrongRedaction_failThoseScenarios() {
    List<String> lines = correctLines();
    lines.set(0, "{\"id\":\"C-001\",\"effect\":\"PERMIT\"}");
    lines.set(9, "{\"id\":\"C-010\",\"effect\":\"PERMIT\",\"redacted\":[]}");
    CertificationReport report = Certification.fromObserved(stream(lines), CLOCK);
    assertThat(report.failures().stream().map(r -> r.scenario().id()))
        .containsExactly("C-001", "C-010");
    assertThat(report.failures().get(1).problem())
        .contains("the redacted categories differ: expected [IMMIGRATION_STATUS], observed []");
  }

  @Test
  void fromObserved_redactionWhereNoneIsExpected_isAccepted() {
    List<String> lines = correctLines();
    lines.set(0, "{\"id\":\"C-001\",\"effect\":\"DENY\",\"redacted\":[\"IMMIGRATION_STATUS\"]}");
    assertThat(Certification.fromObserved(stream(lines), CLOCK).certified()).isTrue();
  }

  @Test
  void fromObserved_invalidLines_areAllReportedWithTheirLineNumbers() {
    List<String> lines = correctLines();
    lines.set(0, "{\"id\":\"C-001\",\"effect\":\"DENY\",\"note\":\"x\"}");
    lines.set(1, "{\"id\":\"C-999\",\"effect\":\"DENY\"}");
    lines.set(2, "{\"id\":\"C-001\",\"effect\":\"DENY\"}");
    lines.set(3, "{\"id\":\"C-004\",\"effect\":\"ALLOW\"}");
    lines.set(4, "{\"id\":\"C-005\",\"effect\":\"ESCALATE\",\"redacted\":[\"STATUS\"]}");
    lines.set(
        5, "{\"id\":\"C-006\",\"effect\":\"ESCALATE\",\"redacted\":[\"IDENTITY\",\"IDENTITY\"]}");
    lines.set(6, "{\"id\":\"C-007\",\"effect\":\"PERMIT\"");
    lines.set(7, "[\"C-008\",\"ESCALATE\"]");
    lines.set(8, "{\"id\":9,\"effect\":\"DENY\"}");
    lines.set(9, "{\"effect\":\"PERMIT\"}");
    lines.set(10, "{\"id\":\"C-011\",\"effect\":\"PERMIT\",\"id\":\"C-011\"}");
    lines.set(11, "{\"id\":\"C-012\",\"effect\":\"PERMIT\",\"redacted\":\"PLACE_OF_BIRTH\"}");
    lines.set(12, "{\"id\":\"C-013\",\"effect\":\"DENY\"} {}");
    lines.set(13, "{\"id\":\"C-014\",\"effect\":NaN}");

    assertThatThrownBy(() -> Certification.fromObserved(stream(lines), CLOCK))
        .isInstanceOfSatisfying(
            ObservedLinesException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(14)
                    .satisfiesExactly(
                        p ->
                            assertThat(p)
                                .isEqualTo(
                                    "line 1: unknown field \"note\"; allowed: id, effect,"
                                        + " redacted"),
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "line 2: id: \"C-999\" is not a scenario of the catalog;"
                                        + " allowed: C-001 to C-"),
                        p ->
                            assertThat(p)
                                .isEqualTo("line 3: id: \"C-001\" was already observed on line 1"),
                        p ->
                            assertThat(p)
                                .isEqualTo(
                                    "line 4: effect: \"ALLOW\" is not allowed; allowed: DENY,"
                                        + " ESCALATE, PERMIT"),
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "line 5: redacted: \"STATUS\" is not allowed; allowed:"
                                        + " IMMIGRATION_STATUS, PLACE_OF_BIRTH,"),
                        p -> assertThat(p).isEqualTo("line 6: redacted: IDENTITY is given twice"),
                        p ->
                            assertThat(p)
                                .startsWith("line 7: malformed JSON: Unexpected end-of-input")
                                .doesNotContain("Source"),
                        p -> assertThat(p).startsWith("line 8: not a JSON object"),
                        p -> assertThat(p).startsWith("line 9: id: 9 is not a string"),
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "line 10: id: missing; allowed: a scenario id of the catalog,"
                                        + " C-001 to C-"),
                        p ->
                            assertThat(p)
                                .isEqualTo(
                                    "line 11: id: a second value is not allowed; allowed: each"
                                        + " field at most once"),
                        p ->
                            assertThat(p)
                                .startsWith(
                                    "line 12: redacted: \"PLACE_OF_BIRTH\" is not an array"),
                        p ->
                            assertThat(p)
                                .isEqualTo(
                                    "line 13: more than one JSON value on the line; allowed: one"
                                        + " object per line"),
                        p ->
                            assertThat(p)
                                .isEqualTo("line 14: malformed JSON: Non-standard token 'NaN'")))
        .hasMessageStartingWith(
            "the observed lines are invalid: 14 problems\n  line 1: unknown field");
  }

  /** A bad byte is a problem of its own line, with its number; the other lines are still read. */
  @Test
  void fromObserved_notUtf8_isReportedOnItsLineWithTheOtherProblems() {
    List<String> lines = correctLines();
    lines.set(1, "{\"id\":\"C-0\u00e9\"}");
    lines.set(60, "{\"id\":\"C-061\",\"effect\":\"MAYBE\"}");
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> Certification.fromObserved(new ByteArrayInputStream(bytes), CLOCK))
        .isInstanceOfSatisfying(
            ObservedLinesException.class,
            e ->
                assertThat(e.problems())
                    .hasSize(2)
                    .first()
                    .isEqualTo(
                        "line 2: the bytes are not valid UTF-8; allowed: JSON text in UTF-8"))
        .satisfies(e -> assertThat(e.getMessage()).contains("line 61: "));
  }

  @Test
  void fromObserved_manyProblems_keepsTheFirstHundredAndCountsTheRest() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      lines.add("{\"id\":\"X-" + i + "\",\"effect\":\"DENY\"}");
    }
    assertThatThrownBy(() -> Certification.fromObserved(stream(lines), CLOCK))
        .isInstanceOfSatisfying(
            ObservedLinesException.class, e -> assertThat(e.problems()).hasSize(100))
        .hasMessageStartingWith("the observed lines are invalid: 150 problems")
        .hasMessageEndingWith("and 50 more");
  }

  @Test
  void fromObserved_redactedCategories_areReadInAnyOrder() {
    List<String> lines = correctLines();
    lines.set(
        10,
        "{\"id\":\"C-011\",\"effect\":\"PERMIT\","
            + "\"redacted\":[\"PLACE_OF_BIRTH\",\"IMMIGRATION_STATUS\"]}");
    CertificationReport report = Certification.fromObserved(stream(lines), CLOCK);
    assertThat(report.certified()).isTrue();
    assertThat(report.results().get(10).observed().orElseThrow().redacted())
        .containsExactly(
            InformationCategory.IMMIGRATION_STATUS, InformationCategory.PLACE_OF_BIRTH);
  }
}
