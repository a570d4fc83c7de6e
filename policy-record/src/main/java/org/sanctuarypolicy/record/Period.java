package org.sanctuarypolicy.record;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The period a report covers: a calendar quarter ({@code 2026-Q1}), a calendar year ({@code 2026})
 * or an inclusive range of dates ({@code 2026-01-01..2026-03-31}), as local dates in the city's
 * zone. An entry belongs to the period of its {@code recordedAt} in that zone. Immutable.
 */
public final class Period {
  /** What {@link #parse} accepts, in the words of its errors. */
  static final String ALLOWED =
      "a quarter (2026-Q1), a year (2026) or dates (2026-01-01..2026-03-31)";

  private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-[Qq]([1-4])");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern DATES =
      Pattern.compile("([0-9]{4}-[0-9]{2}-[0-9]{2})\\.\\.([0-9]{4}-[0-9]{2}-[0-9]{2})");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private final LocalDate first;
  private final LocalDate last;
  private final String text;

  private Period(LocalDate first, LocalDate last, String text) {
    this.first = first;
    this.last = last;
    this.text = text;
  }

  /**
   * Reads a period: {@code 2026-Q1} (a calendar quarter), {@code 2026} (a calendar year) or {@code
   * 2026-01-01..2026-03-31} (inclusive dates, the first not after the last). Spaces around the text
   * are ignored and {@code q} may be lower case.
   *
   * @param text the period as the command line gives it
   * @return the period
   * @throws RecordInputException naming {@code period} when {@code text} is none of those
   */
  public static Period parse(String text) {
    String trimmed = text.strip();
    Period period = parseTrimmed(trimmed);
    if (period == null) {
      throw RecordInputException.of("period", trimmed.isEmpty() ? "empty" : text, ALLOWED);
    }
    return period;
  }

  private static @Nullable Period parseTrimmed(String text) {
    Matcher quarter = QUARTER.matcher(text);
    if (quarter.matches()) {
      int year = Integer.parseInt(quarter.group(1));
      int number = Integer.parseInt(quarter.group(2));
      LocalDate first = LocalDate.of(year, Month.of(3 * number - 2), 1);
      LocalDate last = first.plusMonths(3).minusDays(1);
      return new Period(first, last, year(year) + "-Q" + number);
    }
    if (YEAR.matcher(text).matches()) {
      int year = Integer.parseInt(text);
      return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year(year));
    }
    Matcher dates = DATES.matcher(text);
    if (dates.matches()) {
      try {
        LocalDate first = LocalDate.parse(dates.group(1), DATE);
        LocalDate last = LocalDate.parse(dates.group(2), DATE);
        if (first.isAfter(last)) {
          return null;
        }
        return new Period(first, last, DATE.format(first) + ".." + DATE.format(last));
      } catch (DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  private static String year(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }

  /**
   * The first day of the period.
   *
   * @return the local date
   */
  public LocalDate first() {
    return first;
  }

  /**
   * The last day of the period, included.
   *
   * @return the local date
   */
  public LocalDate last() {
    return last;
  }

  /**
   * The period as text, in the form it was given: {@code 2026-Q1}, {@code 2026} or {@code
   * 2026-01-01..2026-03-31}.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /** Whether the period is one whole calendar year, whatever form it was given in. */
  boolean isCalendarYear() {
    return first.getDayOfYear() == 1
        && last.getYear() == first.getYear()
        && last.getMonth() == Month.DECEMBER
        && last.getDayOfMonth() == 31;
  }

  /** Whether {@code instant}, as a local date in {@code zone}, falls within the period. */
  boolean contains(Instant instant, ZoneId zone) {
    LocalDate date = LocalDate.ofInstant(instant, zone);
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * Whether {@code other} is a period of the same days written in the same form.
   *
   * @param other the other object
   * @return true when equal
   */
  @Override
  public boolean equals(@Nullable Object other) {
    // The normalised text determines the days.
    return other instanceof Period && ((Period) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The period as text.
   *
   * @return the same as {@link #text()}
   */
  @Override
  public String toString() {
    return text;
  }
}
