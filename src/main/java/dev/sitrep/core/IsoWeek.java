package dev.sitrep.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2025-W48}: Monday to Sunday, the period of a weekly edition. */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        int weeksInYear = weeksIn(year);
        if (week < 1 || week > weeksInYear) {
            throw new IllegalArgumentException(
                    "week " + week + " does not exist in " + year + " (it has " + weeksInYear + " ISO weeks)");
        }
    }

    /** Parses {@code 2025-W48}; the message says what was expected so a user can fix the argument. */
    public static IsoWeek parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO week: expected YYYY-Www, e.g. 2025-W48");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO week: " + year + " has weeks W01 to W"
                    + weeksIn(year));
        }
        return new IsoWeek(year, week);
    }

    public static IsoWeek containing(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(monday()) && !date.isAfter(sunday());
    }

    public IsoWeek minusWeeks(int weeks) {
        return containing(monday().minusWeeks(weeks));
    }

    public IsoWeek plusWeeks(int weeks) {
        return containing(monday().plusWeeks(weeks));
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
