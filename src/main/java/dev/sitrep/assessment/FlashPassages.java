package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.Trends;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The computed statements of a flash assessment: where the event sits in its pattern, and a withdrawal. */
final class FlashPassages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FlashPassages() {
    }

    /**
     * "The 11th military-movement event involving Russian Armed Forces since 1 Sep 2025; baseline 0.8 a
     * week; 2 in its week (normal, p 0.412)." The surge test is the trend stage's, on the related events.
     */
    static Passage pattern(FlashSubject s, Trends trends, EventEntry e) {
        CountRow week = trends.total();
        String signal = switch (week.signal()) {
            case SURGE -> "a surge";
            case DROP -> "a drop";
            case NORMAL -> "within the normal range";
        };
        String p = week.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", week.pValue());
        String body = s.ordinal() == 0
                ? String.format(Locale.ROOT, "No event related to this one (%s) is logged since %s.", s.relatedBy(),
                DAY.format(s.since()))
                : String.format(Locale.ROOT, "This is the %s %s since %s; baseline %.1f a week over the %d "
                        + "weeks before its week, which has %d (%s, p %s, %s).", ordinalWord(s.ordinal()),
                s.relatedBy(), DAY.format(s.since()), week.baselineMean(), trends.baselineUsed(), week.current(),
                signal, p, week.test().method());
        return new Passage(FlashComposer.PATTERN, "Pattern", body, null, null, true);
    }

    static Passage withdrawal(EventEntry e) {
        return new Passage("flash-withdrawn", "Withdrawn", "**This event was withdrawn** from the log in revision "
                + e.revision() + ": the report it rests on is no longer held to be reliable, so this assessment "
                + "of it no longer stands. What follows is kept for the record.", null, null, true);
    }

    /** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
    static String ordinalWord(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
