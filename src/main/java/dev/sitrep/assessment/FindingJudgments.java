package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.Dimension;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.Finding;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.TrendAccumulator;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.Likelihood;
import dev.sitrep.core.MarkdownText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The period's top findings and ongoing episodes as key judgments in plain words: the figure, the
 * comparison, what it means, and for an episode how often earlier ones went on, citing the deadliest
 * events behind each. A finding that mostly retells a story already told (most of its events or deaths
 * are those of an earlier judgment) is left to the tables, so that one offensive is not five judgments.
 */
final class FindingJudgments {

    static final int MAX = 4;
    static final int MAX_EPISODES = 2;
    /** A finding whose events or deaths are mostly those of an earlier judgment tells the same story. */
    static final double SAME_STORY = 0.6;

    private FindingJudgments() {
    }

    static List<Passage> from(Trends t, List<EventEntry> periodEvents, String confidence) {
        List<Passage> out = new ArrayList<>();
        Set<String> told = new HashSet<>();
        Set<String> areasTold = new HashSet<>();
        for (Story story : Story.group(t.groups(), periodEvents)) {
            if (out.size() == MAX) {
                break;
            }
            Finding f = story.head();
            List<EventEntry> behind = story.events();
            if (sameStory(f, behind, told)) {
                continue;
            }
            Episode episode = f.dimension() == Dimension.ADMIN1 ? t.episodeIn(f.key()).orElse(null) : null;
            out.add(passage(story, episode, t, confidence));
            behind.forEach(e -> told.add(e.id()));
            if (episode != null) {
                areasTold.add(episode.area());
            }
        }
        t.episodes().stream().filter(e -> !areasTold.contains(e.area())).limit(MAX_EPISODES).forEach(e -> {
            List<EventEntry> behind = periodEvents.stream().filter(x -> e.area().equals(x.admin1())).toList();
            out.add(new Passage("computed-episode-" + slug(e.area()), "Heightened violence in " + e.area() + ", "
                    + Plain.ordinal(e.week()) + " week",
                    EpisodeText.describe(e, true, ComputedJudgments.deadliest(behind)), confidence,
                    likelihood(e), true));
        });
        return out;
    }

    private static Passage passage(Story story, Episode episode, Trends t, String confidence) {
        Finding f = story.head();
        List<EventEntry> behind = story.events();
        String metric = f.metric() == Finding.Metric.DEATHS ? "deaths" : "events";
        StringBuilder body = new StringBuilder(String.format(Locale.ROOT, "%s %s %s this week, %s, %s the range of "
                        + "an ordinary week%s.", Plain.count(f.current()),
                f.current() == 1 ? metric.substring(0, metric.length() - 1) : metric, subject(f),
                comparison(f, t.baselineUsed()), outside(f), ComputedJudgments.deadliest(behind)));
        body.append(parts(story));
        if (episode != null) {
            body.append(' ').append(EpisodeText.describe(episode, false, ""));
        }
        String title = (f.signal() == Signal.SURGE ? "Surge in " : "Drop in ") + metric + " " + subject(f, f.key());
        return new Passage("computed-finding-" + metric + "-" + slug(f.key()), title, body.toString(), confidence,
                episode == null ? null : likelihood(episode), true);
    }

    /** "in Rif Dimashq Governorate", "in fighting between A and B", "involving A", "of type state-based". */
    private static String subject(Finding f) {
        return subject(f, MarkdownText.escape(f.key()));
    }

    private static String subject(Finding f, String key) {
        String in = f.metric() == Finding.Metric.DEATHS ? "in events " : "";
        return switch (f.dimension()) {
            case ADMIN1, PLACE -> "in " + key;
            case ACTOR -> in + "involving " + key;
            case DYAD -> (f.metric() == Finding.Metric.DEATHS ? "in fighting " : "") + "between "
                    + key.replace(" – ", " and ");
            case TYPE, SUB_TYPE -> in + "of type " + key;
        };
    }

    private static String comparison(Finding f, int weeks) {
        String over = String.format(Locale.ROOT, " a week on average over the previous %d weeks", weeks);
        if (f.baselineMean() == 0) {
            return "where the previous " + weeks + " weeks saw none";
        }
        String typical = f.metric() != Finding.Metric.DEATHS || Math.abs(f.typical() - f.baselineMean()) < 1 ? ""
                : f.typical() < 0.5 ? " (most weeks saw none)"
                : String.format(Locale.ROOT, " (a typical week: %s)", Plain.average(f.typical()));
        return Plain.against(f.current(), f.baselineMean()) + " the " + Plain.average(f.baselineMean()) + over
                + typical;
    }

    /** " They include Eastern Ghouta (176 deaths), Kafr Batna suburb (95) ...": the parts that stood out too. */
    private static String parts(Story story) {
        List<Finding> parts = story.parts().stream().limit(3).toList();
        if (parts.isEmpty()) {
            return "";
        }
        String unit = story.head().metric() == Finding.Metric.DEATHS ? "deaths" : "events";
        List<String> named = new ArrayList<>();
        List<EventEntry> cited = new ArrayList<>();
        for (Finding p : parts) {
            named.add(String.format(Locale.ROOT, "%s (%s%s)", MarkdownText.escape(partName(story.head(), p)),
                    Plain.count(p.current()), named.isEmpty() ? " " + unit : ""));
            List<EventEntry> behind = story.events().stream().filter(e -> matches(p.dimension(), p.key(), e)).toList();
            cited.addAll(ComputedJudgments.deadliestOf(behind, 1));
        }
        String lead = story.head().dimension() == Dimension.ADMIN1 ? "The deadliest places were"
                : story.head().dimension() == Dimension.ACTOR ? "They include fighting with" : "They include";
        if (unit.equals("events")) {
            lead = lead.replace("deadliest places", "busiest places");
        }
        return " " + lead + " " + Plain.list(named) + ComputedJudgments.deadliest(cited) + ".";
    }

    /** A part as read inside its head: a town without its governorate, a dyad by its other side. */
    private static String partName(Finding head, Finding part) {
        return switch (part.dimension()) {
            case PLACE -> part.key().substring(0, part.key().length() - head.key().length() - 2);
            case DYAD -> java.util.Arrays.stream(part.key().split(" – ")).filter(a -> !a.equals(head.key()))
                    .findFirst().orElse(part.key());
            case SUB_TYPE -> part.key().substring(head.key().length() + 3);
            default -> part.key();
        };
    }

    /** How far from ordinary, in words; the test and its p-value are in the annex. */
    static String outside(Finding f) {
        String side = f.signal() == Signal.SURGE ? "above" : "below";
        String how = f.pValue() < 0.001 ? "far " : f.pValue() < 0.01 ? "well " : "";
        return how + side;
    }

    static String likelihood(Episode e) {
        Double p = e.continuation();
        return p == null ? null : String.format(Locale.ROOT, "%.2f", p);
    }

    private static boolean sameStory(Finding f, List<EventEntry> behind, Set<String> told) {
        boolean deaths = f.metric() == Finding.Metric.DEATHS;
        double all = behind.stream().mapToDouble(e -> deaths ? deaths(e) : 1).sum();
        double retold = behind.stream().filter(e -> told.contains(e.id())).mapToDouble(e -> deaths ? deaths(e) : 1).sum();
        return all > 0 && retold / all >= SAME_STORY;
    }

    private static int deaths(EventEntry e) {
        return e.fatalities() == null ? 0 : e.fatalities();
    }

    /** Whether the event counts towards a finding's key (as the trend stage keyed it). */
    static boolean matches(Dimension d, String key, EventEntry e) {
        if (d == null) {
            return true;
        }
        return switch (d) {
            case TYPE -> key.equals(e.type());
            case SUB_TYPE -> e.subType() != null && key.equals(e.type() + " / " + e.subType());
            case ACTOR -> e.actors().contains(key);
            case DYAD -> TrendAccumulator.dyads(e.actors().stream().distinct().sorted().toList()).contains(key);
            case ADMIN1 -> key.equals(e.admin1());
            case PLACE -> e.place() != null && key.equals(e.admin1() == null ? e.place() : e.place() + ", " + e.admin1());
        };
    }

    static String slug(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String term(double p) {
        return Likelihood.TERMS.get(Likelihood.bandOf(p));
    }
}
