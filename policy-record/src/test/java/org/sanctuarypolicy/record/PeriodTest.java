package org.sanctuarypolicy.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  @ParameterizedTest
  @CsvSource({
    "2026-Q1, 2026-01-01, 2026-03-31, 2026-Q1",
    "2026-Q2, 2026-04-01, 2026-06-30, 2026-Q2",
    "2026-Q3, 2026-07-01, 2026-09-30, 2026-Q3",
    "2026-Q4, 2026-10-01, 2026-12-31, 2026-Q4",
    "2024-q1, 2024-01-01, 2024-03-31, 2024-Q1",
    "2026, 2026-01-01, 2026-12-31, 2026",
    "2026-01-01..2026-03-31, 2026-01-01, 2026-03-31, 2026-01-01..2026-03-31",
    "2024-02-01..2024-02-29, 2024-02-01, 2024-02-29, 2024-02-01..2024-02-29",
    "2026-03-05..2026-03-05, 2026-03-05, 2026-03-05, 2026-03-05..2026-03-05",
    "2025-12-15..2026-01-15, 2025-12-15, 2026-01-15, 2025-12-15..2026-01-15",
  })
  void parse_validForm_firstLastAndNormalisedText(
      String text, String first, String last, String normalised) {
    Period period = Period.parse(text);

    assertThat(period.first()).isEqualTo(LocalDate.parse(first));
    assertThat(period.last()).isEqualTo(LocalDate.parse(last));
    assertThat(period.text()).isEqualTo(normalised);
    assertThat(period).hasToString(normalised).isEqualTo(Period.parse(normalised));
  }

  @Test
  void parse_surroundingSpaces_ignored() {
    assertThat(Period.parse("  2026-Q2\n").text()).isEqualTo("2026-Q2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-Q0",
        "2026-Q5",
        "2026Q1",
        "2026-Q01",
        "Q1-2026",
        "26",
        "20261",
        "2026-1",
        "2026-01",
        "2026-01-01",
        "2026-01-01..",
        "..2026-01-01",
        "2026-01-01...2026-01-31",
        "2026-01-01 .. 2026-01-31",
        "2026-01-01..2026-1-31",
        "2026-02-30..2026-03-01",
        "2025-02-29..2025-03-01",
        "2026-01-01..2026-13-01",
        "2026-03-31..2026-01-01",
        "2026/01/01..2026/03/31",
        "\uff12\uff10\uff12\uff16",
        "+2026",
        "-2026",
        "2026-H1",
        "last quarter",
      })
  void parse_malformed_namesPeriodValueAndAllowed(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("period");
              assertThat(e.value()).isEqualTo(text);
              assertThat(e.allowed())
                  .isEqualTo(
                      "a quarter (2026-Q1), a year (2026) or dates (2026-01-01..2026-03-31)");
              assertThat(e.getMessage()).startsWith("period: " + text + " is not allowed");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void parse_empty_namesEmpty(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOfSatisfying(
            RecordInputException.class,
            e -> {
              assertThat(e.field()).isEqualTo("period");
              assertThat(e.value()).isEqualTo("empty");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "2026, true",
    "2026-01-01..2026-12-31, true",
    "2026-Q1, false",
    "2026-01-01..2026-12-30, false",
    "2026-01-02..2026-12-31, false",
    "2025-01-01..2026-12-31, false",
  })
  void isCalendarYear_period_trueOnlyForOneWholeYear(String text, boolean expected) {
    assertThat(Period.parse(text).isCalendarYear()).isEqualTo(expected);
  }

  @Test
  void contains_instant_readAsALocalDateInTheZone() {
    Period q1 = Period.parse("2026-Q1");
    Instant lastEvening = Instant.parse("2026-04-01T04:30:00Z"); // 2026-03-31 23:30 CDT
    Instant firstMidnight = Instant.parse("2026-01-01T06:00:00Z"); // 2026-01-01 00:00 CST

    assertThat(q1.contains(lastEvening, CHICAGO)).isTrue();
    assertThat(q1.contains(lastEvening, ZoneOffset.UTC)).isFalse();
    assertThat(q1.contains(firstMidnight, CHICAGO)).isTrue();
    assertThat(q1.contains(firstMidnight.minusMillis(1), CHICAGO)).isFalse();
    assertThat(q1.contains(lastEvening.plusSeconds(1800), CHICAGO)).isFalse();
  }

  @Test
  void equals_sameDaysInTheSameForm_equalWithEqualHashCodes() {
    Period q1 = Period.parse("2026-Q1");

    assertThat(q1).isEqualTo(Period.parse(" 2026-q1 ")).hasSameHashCodeAs(Period.parse("2026-q1"));
    assertThat(q1)
        .isNotEqualTo(Period.parse("2026-Q2"))
        .isNotEqualTo(Period.parse("2026-01-01..2026-03-31")) // same days, another form
        .isNotEqualTo("2026-Q1")
        .isNotEqualTo(null);
  }
}
