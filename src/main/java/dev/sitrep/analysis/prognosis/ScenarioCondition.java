package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * When a scenario holds, stated over the tracked series in the job's own words, e.g.
 * {@code russian-military-movements weekly-max > 8 or attacks-on-russian-forces total >= 1}.
 * A clause is {@code <series> <total|weekly-max|weekly-min> <op> <whole number>}; {@code and} binds
 * tighter than {@code or}. The word {@code otherwise} is the remainder, so that scenarios read in order
 * (first match wins) are mutually exclusive and their probabilities add up to one.
 */
public final class ScenarioCondition {

    public static final String OTHERWISE = "otherwise";

    /** Any of these groups; a group holds when all its clauses hold. Empty: otherwise. */
    private final List<List<Clause>> anyOf;
    private final String text;

    private ScenarioCondition(List<List<Clause>> anyOf, String text) {
        this.anyOf = anyOf;
        this.text = text;
    }

    /** The grain of the counts a condition is stated over: weeks (scenarios) or months (outcomes, signposts). */
    public enum Grain {
        WEEKS, MONTHS
    }

    enum Measure {
        TOTAL("total", null), WEEKLY_MAX("weekly-max", Grain.WEEKS), WEEKLY_MIN("weekly-min", Grain.WEEKS),
        MONTHLY_MAX("monthly-max", Grain.MONTHS), MONTHLY_MIN("monthly-min", Grain.MONTHS),
        FINAL_MONTH("final-month", Grain.MONTHS);

        final String word;
        /** Null: either grain. */
        private final Grain grain;

        Measure(String word, Grain grain) {
            this.word = word;
            this.grain = grain;
        }

        boolean fits(Grain g) {
            return grain == null || grain == g;
        }

        static List<String> wordsFor(Grain g) {
            return java.util.Arrays.stream(values()).filter(m -> m.fits(g)).map(m -> m.word).toList();
        }

        /** "total, weekly-max or weekly-min" */
        static String listed(Grain g) {
            List<String> w = wordsFor(g);
            return String.join(", ", w.subList(0, w.size() - 1)) + " or " + w.get(w.size() - 1);
        }

        int of(int[] counts) {
            int total = 0;
            int max = Integer.MIN_VALUE;
            int min = Integer.MAX_VALUE;
            for (int c : counts) {
                total += c;
                max = Math.max(max, c);
                min = Math.min(min, c);
            }
            return switch (this) {
                case TOTAL -> total;
                case WEEKLY_MAX, MONTHLY_MAX -> max;
                case WEEKLY_MIN, MONTHLY_MIN -> min;
                case FINAL_MONTH -> counts[counts.length - 1];
            };
        }
    }

    record Clause(String series, Measure measure, String op, int value) {
        boolean holds(int[] weekly) {
            int x = measure.of(weekly);
            return switch (op) {
                case ">" -> x > value;
                case ">=" -> x >= value;
                case "<" -> x < value;
                case "<=" -> x <= value;
                default -> x == value;
            };
        }
    }

    /**
     * Reads a condition; {@code knownSeries} are the ids it may name.
     *
     * @throws IllegalArgumentException with what is wrong and an example of what is right
     */
    public static ScenarioCondition parse(String text, Set<String> knownSeries) {
        return parse(text, knownSeries, Grain.WEEKS);
    }

    /**
     * Reads a condition over counts of this grain: over months, the measures are total, monthly-max,
     * monthly-min and final-month (the horizon's last month, where an outcome "stands").
     */
    public static ScenarioCondition parse(String text, Set<String> knownSeries, Grain grain) {
        String t = text.strip();
        if (t.equalsIgnoreCase(OTHERWISE)) {
            return new ScenarioCondition(List.of(), OTHERWISE);
        }
        List<List<Clause>> groups = new ArrayList<>();
        for (String group : t.split("\\s+or\\s+", -1)) {
            List<Clause> clauses = new ArrayList<>();
            for (String clause : group.split("\\s+and\\s+", -1)) {
                clauses.add(clause(clause.strip(), knownSeries, grain));
            }
            groups.add(List.copyOf(clauses));
        }
        return new ScenarioCondition(List.copyOf(groups), t);
    }

    private static Clause clause(String c, Set<String> knownSeries, Grain grain) {
        String[] w = c.split("\\s+");
        if (w.length != 4) {
            throw new IllegalArgumentException("'" + c + "' is not a clause: write <series> <"
                    + String.join("|", Measure.wordsFor(grain)) + "> <op> <number>, e.g. 'convoys "
                    + (grain == Grain.WEEKS ? "weekly-max > 8" : "monthly-max > 30")
                    + "', joined by 'and' / 'or'");
        }
        if (!knownSeries.contains(w[0])) {
            throw new IllegalArgumentException("'" + w[0] + "' is not a tracked series (tracked: "
                    + new java.util.TreeSet<>(knownSeries) + ")");
        }
        Measure measure = null;
        for (Measure m : Measure.values()) {
            if (m.word.equals(w[1].toLowerCase(Locale.ROOT)) && m.fits(grain)) {
                measure = m;
            }
        }
        if (measure == null) {
            throw new IllegalArgumentException("'" + w[1] + "' in '" + c + "': use " + Measure.listed(grain)
                    + (grain == Grain.WEEKS ? "" : " (a condition over months)"));
        }
        if (!List.of(">", ">=", "<", "<=", "=").contains(w[2])) {
            throw new IllegalArgumentException("'" + w[2] + "' in '" + c + "': use >, >=, <, <= or =");
        }
        try {
            int value = Integer.parseInt(w[3]);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return new Clause(w[0], measure, w[2], value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + w[3] + "' in '" + c + "' is not a whole number >= 0");
        }
    }

    public boolean isOtherwise() {
        return anyOf.isEmpty();
    }

    /** The series it names, in order of first mention. */
    public Set<String> series() {
        Set<String> ids = new LinkedHashSet<>();
        anyOf.forEach(g -> g.forEach(c -> ids.add(c.series())));
        return ids;
    }

    /** Whether it holds for these weekly counts of each named series over the horizon. */
    public boolean holds(Map<String, int[]> weeklyBySeries) {
        if (isOtherwise()) {
            return true;
        }
        for (List<Clause> group : anyOf) {
            if (group.stream().allMatch(c -> c.holds(weeklyBySeries.get(c.series())))) {
                return true;
            }
        }
        return false;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScenarioCondition other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
