package dev.sitrep.assessment;

import dev.sitrep.core.IsoWeek;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Figures as a subscriber reads them: "1,140", "7.7 times", "up 39 %", "third week", "19–25 February 2018". */
final class Plain {

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Plain() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A weekly average: whole numbers from 10 up, one decimal below ("0.5", "8.4", "84"). */
    static String average(double x) {
        return x >= 10 ? count(Math.round(x)) : String.format(Locale.ROOT, "%.1f", x);
    }

    /** "7.7 times", "12 times", "up 39 %", "down 48 %", "about the same as". */
    static String against(int current, double mean) {
        double ratio = current / mean;
        if (ratio >= 2) {
            return (ratio < 10 ? String.format(Locale.ROOT, "%.1f", ratio) : count(Math.round(ratio))) + " times";
        }
        long pct = Math.round(100 * (ratio - 1));
        if (pct == 0) {
            return "about the same as";
        }
        return (pct > 0 ? "up " : "down ") + Math.abs(pct) + " % on";
    }

    /** "third week", "14th week". */
    static String ordinal(int n) {
        if (n >= 1 && n <= ORDINALS.size()) {
            return ORDINALS.get(n - 1);
        }
        return FlashPassages.ordinalWord(n);
    }

    /** "19–25 February 2018", "29 January – 4 February 2018". */
    static String dates(IsoWeek week) {
        if (week.monday().getMonth() == week.sunday().getMonth()) {
            return week.monday().getDayOfMonth() + "–" + LONG.format(week.sunday());
        }
        return (week.monday().getYear() == week.sunday().getYear() ? DAY_MONTH.format(week.monday())
                : LONG.format(week.monday())) + " – " + LONG.format(week.sunday());
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String plural(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }
}
