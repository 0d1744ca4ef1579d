package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.core.MarkdownText;
import java.util.Locale;

/** An episode in plain words, named from the data: who against whom, where, how long, how many. */
final class EpisodeText {

    private EpisodeText() {
    }

    /**
     * The episode's sentences. {@code standalone}: the judgment is the episode's own; otherwise it follows a
     * finding about the same governorate. {@code citation} closes the first sentence.
     */
    static String describe(Episode e, boolean standalone, String citation) {
        String area = MarkdownText.escape(e.area());
        String who = e.sides() == null ? "" : ", mostly " + MarkdownText.escape(e.sides());
        String where = e.places().isEmpty() ? ""
                : " around " + Plain.list(e.places().stream().map(MarkdownText::escape).toList());
        StringBuilder s = new StringBuilder();
        if (e.week() == 1) {
            s.append(String.format(Locale.ROOT, "%s an episode of heightened violence in %s%s%s%s.",
                    standalone ? "A week out of the ordinary may begin" : "This week begins", area, who, where,
                    citation));
        } else {
            String lead = standalone ? String.format(Locale.ROOT, "Heightened violence in %s is in its %s week", area,
                    Plain.ordinal(e.week()))
                    : String.format(Locale.ROOT, "This is the %s week of heightened violence in %s",
                    Plain.ordinal(e.week()), area);
            s.append(String.format(Locale.ROOT, "%s%s%s. It began in %s (%s): %s and %s so far, against %s deaths "
                            + "and %s events a week before; %s%s.", lead, who, where, e.start(), Plain.dates(e.start()),
                    Plain.plural(e.deaths(), "death", "deaths"), Plain.plural(e.events(), "event", "events"),
                    Plain.average(e.deathsBefore()), Plain.average(e.eventsBefore()), e.phase().label(), citation));
        }
        Double p = e.continuation();
        if (p != null) {
            s.append(String.format(Locale.ROOT, " Of the %d earlier episodes in this log that lasted %s, %d went on "
                            + "for another week, so it is %s that this one continues next week.", e.earlierReached(),
                    e.week() == 1 ? "a week" : e.week() + " weeks", e.earlierContinued(), FindingJudgments.term(p)));
        }
        return s.toString();
    }
}
