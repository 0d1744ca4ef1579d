package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The computed statements of a flash assessment: where the event sits in its pattern, the episode it belongs
 * to, and a withdrawal.
 */
final class FlashPassages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH);
    /** A full stop (after its citation, if any) followed by a space and a capital: the end of a sentence. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.](?=\\s+[A-Z])");
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile("\\[([^\\]]*@[^\\]]*)\\]");

    private FlashPassages() {
    }

    /**
     * The event in its pattern, in words and with both sides of the comparison: "This is the 4th convoy between
     * Hmeimim and Tartous in 30 days and the 11th since 1 Sep 2025: 3 in November so far against 1 in October."
     * Then its week against the weeks before it, as the trend stage judged it (the test is in the weekly annex).
     */
    static Passage pattern(FlashSubject s, Trends trends, EventEntry e, List<EventEntry> related) {
        if (s.ordinal() == 0) {
            return new Passage(FlashComposer.PATTERN, "Pattern", String.format(Locale.ROOT, "No event related to "
                    + "this one (%s) is logged since %s.", s.relatedBy(), DAY.format(s.since())), null, null, true);
        }
        LocalDate from = e.occurred().minusDays(29);
        List<EventEntry> upTo = related.subList(0, s.ordinal());
        long in30 = upTo.stream().filter(r -> !r.occurred().isBefore(from)).count();
        YearMonth month = YearMonth.from(e.occurred());
        long thisMonth = related.stream().filter(r -> YearMonth.from(r.occurred()).equals(month)).count();
        long lastMonth = related.stream().filter(r -> YearMonth.from(r.occurred()).equals(month.minusMonths(1))).count();
        CountRow week = trends.total();
        String body = String.format(Locale.ROOT, "This is the %s %s in 30 days and the %s since %s: %d in %s%s "
                        + "against %d in %s. Its week had %d, against %s a week over the %d weeks before it: %s%s.",
                ordinalWord((int) in30), s.relatedBy(), ordinalWord(s.ordinal()), DAY.format(s.since()), thisMonth,
                // The related events end with the event's week: a month that runs on past it is counted so far.
                MONTH.format(month), month.atEndOfMonth().isAfter(IsoWeek.containing(e.occurred()).sunday())
                        ? " so far" : "",
                lastMonth, MONTH.format(month.minusMonths(1)), week.current(), Plain.average(week.baselineMean()),
                trends.baselineUsed(), week.signal().label(), ComputedJudgments.cite(upTo));
        return new Passage(FlashComposer.PATTERN, "Pattern", body, null, null, true);
    }

    /**
     * An analyst's judgment as a flash shows it: its first sentence, with the citations of the whole passage
     * when that sentence has none of its own; the full text stands in the weekly edition.
     */
    static Passage summary(Passage p) {
        String body = p.body().strip();
        java.util.regex.Matcher end = SENTENCE_END.matcher(body);
        String first = end.find() ? body.substring(0, end.start() + 1) : body;
        if (!first.contains("[@") && body.contains("[@")) {
            java.util.regex.Matcher cites = CITATION.matcher(body);
            StringBuilder keys = new StringBuilder();
            while (cites.find()) {
                keys.append(keys.length() == 0 ? "" : "; ").append(cites.group(1));
            }
            first = first.substring(0, first.length() - 1) + " [" + keys + "].";
        }
        String more = first.length() < body.length() ? " *(Summary; the full judgment is in the weekly edition.)*" : "";
        return new Passage(p.id(), p.title(), first + more, p.confidence(), p.likelihood(), false, p.status());
    }

    /**
     * The episode of heightened violence the event's governorate is in, as the weekly edition tells it (who
     * against whom, where, which week, deaths so far), citing the deadliest of the governorate's events that week.
     */
    static Passage episode(Episode episode, List<EventEntry> cited) {
        return new Passage(FlashComposer.EPISODE, "Part of heightened violence in " + episode.area() + ", "
                + Plain.ordinal(episode.week()) + " week", EpisodeText.describe(episode, true,
                ComputedJudgments.deadliest(cited)), null, null, true);
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
