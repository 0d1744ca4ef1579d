package dev.sitrep.analysis;

import dev.sitrep.core.IsoWeek;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * From when the log can be counted on. Weeks before it are unknown, not zero: a baseline or a history
 * that reaches back past it is cut short, and the edition says so, rather than reading the missing
 * weeks as quiet ones. The job may state it ({@code scope.from}); otherwise the first event logged.
 */
public final class Coverage {

    private final LocalDate declared;
    private LocalDate firstSeen;

    public Coverage(LocalDate declared) {
        this.declared = declared;
    }

    public void see(LocalDate occurred) {
        if (firstSeen == null || occurred.isBefore(firstSeen)) {
            firstSeen = occurred;
        }
    }

    /** The first day counted, or null when there is nothing to count. */
    public LocalDate from() {
        return declared != null ? declared : firstSeen;
    }

    /** The first whole ISO week counted, or null. */
    public IsoWeek firstWeek() {
        LocalDate from = from();
        if (from == null) {
            return null;
        }
        IsoWeek week = IsoWeek.containing(from);
        return from.getDayOfWeek() == DayOfWeek.MONDAY ? week : week.plusWeeks(1);
    }

    /** The first whole calendar month counted, or null. */
    public YearMonth firstMonth() {
        LocalDate from = from();
        if (from == null) {
            return null;
        }
        YearMonth month = YearMonth.from(from);
        return from.getDayOfMonth() == 1 ? month : month.plusMonths(1);
    }

    /** How many of the {@code window} weeks ending with {@code last} are counted (0 to window). */
    public int weeksCovered(IsoWeek last, int window) {
        IsoWeek first = firstWeek();
        if (first == null || first.compareTo(last) > 0) {
            return 0;
        }
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        return (int) Math.min(window, weeks);
    }

    /** How many of the {@code window} months ending with {@code last} are counted (0 to window). */
    public int monthsCovered(YearMonth last, int window) {
        YearMonth first = firstMonth();
        if (first == null || first.isAfter(last)) {
            return 0;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
        return (int) Math.min(window, months);
    }
}
