package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.DeathTest;
import dev.sitrep.analysis.trend.MannKendall;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.Trends;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The period as a whole in plain words: events and deaths against the baseline, the run of recent weeks. */
final class ActivityJudgment {

    private ActivityJudgment() {
    }

    static Passage of(Trends t, List<EventEntry> periodEvents, String confidence) {
        CountRow events = t.total();
        CountRow deaths = t.fatalities();
        StringBuilder body = new StringBuilder(String.format(Locale.ROOT,
                "%s and %s were recorded in %s (%s), against %s events and %s deaths a week on average over the "
                        + "previous %d weeks%s.", Plain.plural(events.current(), "event", "events"),
                Plain.plural(deaths.current(), "death", "deaths"), t.period(), Plain.dates(t.period()),
                Plain.average(events.baselineMean()), Plain.average(deaths.baselineMean()), t.baselineUsed(),
                ComputedJudgments.deadliest(periodEvents)));
        if (t.baselineUsed() > 0) {
            body.append(String.format(Locale.ROOT, " Events were %s, deaths %s.",
                    standing(events.current(), events.baselineMean(), events.signal()),
                    standing(deaths.current(), deaths.baselineMean(), deathSignal(deaths))));
        }
        MannKendall mk = events.trend();
        if (mk.direction() != MannKendall.Direction.NONE) {
            body.append(String.format(Locale.ROOT, " Over the last %d weeks activity has been %s, by about %s "
                            + "events a week.", events.weekly().size(),
                    mk.direction() == MannKendall.Direction.INCREASING ? "rising" : "falling",
                    Plain.average(Math.abs(mk.senSlope()))));
        }
        if (t.undatedDeaths() > 0) {
            body.append(String.format(Locale.ROOT, " A further %s are in records dated only to a month or more, "
                    + "which no single week can hold; weekly figures leave them out.",
                    Plain.plural(t.undatedDeaths(), "death", "deaths")));
        }
        if (t.shortBaseline()) {
            body.append(String.format(Locale.ROOT, " The baseline is short: the log covers only %d of the %d "
                    + "weeks it should span.", t.baselineUsed(), t.baselineWeeks()));
        }
        return new Passage("computed-activity", "The week as a whole", body.toString(), confidence, null,
                true);
    }

    /** "up 39 %, within the range of an ordinary week", "3.1 times the average, above the usual range". */
    private static String standing(int current, double mean, Signal signal) {
        String change = mean == 0 ? (current == 0 ? "none, as usual" : "where the baseline had none")
                : Plain.against(current, mean).replace(" on", "").replace(" the same as", " the same");
        String range = switch (signal) {
            case SURGE -> "above the range of an ordinary week";
            case DROP -> "below the range of an ordinary week";
            case NORMAL -> "within the range of an ordinary week";
        };
        return change + (change.endsWith("times") ? " the average" : "") + ", " + range;
    }

    private static Signal deathSignal(CountRow deaths) {
        int[] window = deaths.weekly().stream().mapToInt(Integer::intValue).toArray();
        return DeathTest.of(Arrays.copyOf(window, window.length - 1), window[window.length - 1]).signal();
    }
}
