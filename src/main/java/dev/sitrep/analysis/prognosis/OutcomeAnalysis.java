package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.About;
import dev.sitrep.core.Likelihood;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.random.Well19937c;

/**
 * Gives each outcome scenario its probability at each horizon: from the model where the scenario is stated
 * over the tracked series (seeded monthly draws of a level that wanders as it has, {@link OutcomePaths}, read
 * in order like the near-term scenarios), from the analysts' judgments about it otherwise, and for {@code otherwise} what the others
 * leave. Then reads each signpost against the months logged so far.
 */
public final class OutcomeAnalysis {

    /**
     * The model looks at most this many months ahead per month of history: 6 months from 3 logged, 24 from 12.
     * Further out its figure would rest on how little it has seen, and the cell is left to the analysts.
     */
    static final int MONTHS_AHEAD_PER_MONTH_KNOWN = 2;

    private OutcomeAnalysis() {
    }

    public static OutcomeMatrix assess(PrognosisSettings settings, SeriesCounts counts, List<StatedLikelihood> stated) {
        OutcomeSettings outcomes = settings.outcomes();
        if (outcomes.scenarios().isEmpty()) {
            return OutcomeMatrix.none();
        }
        List<String> notes = new ArrayList<>();
        Map<String, double[]> drawn = draw(settings, counts, notes);
        Map<String, List<StatedLikelihood>> judged = judgedByCell(stated);
        List<List<OutcomeCell>> cells = new ArrayList<>();
        for (OutcomeScenario s : outcomes.scenarios()) {
            List<OutcomeCell> row = new ArrayList<>();
            for (int m = 0; m < outcomes.months().size(); m++) {
                row.add(cell(s, outcomes.months().get(m), drawn.get(s.name()), m, judged, notes));
            }
            cells.add(row);
        }
        remainder(outcomes, cells);
        sums(outcomes, cells, notes);
        List<OutcomeRow> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.scenarios().size(); i++) {
            OutcomeScenario s = outcomes.scenarios().get(i);
            rows.add(new OutcomeRow(s.name(), s.title(), s.description(), s.measured() ? s.when() : null, cells.get(i),
                    s.signposts().stream().map(sp -> SignpostReadings.read(sp, settings, counts)).toList()));
            if (cells.get(i).stream().noneMatch(OutcomeCell::known)) {
                notes.add("'" + s.title() + "' has no probability yet: it is not stated over a tracked series and no"
                        + " standing judgment gives its likelihood.");
            }
        }
        return new OutcomeMatrix(outcomes.months(), rows, notes);
    }

    /** By scenario name, the probability at each horizon that the draws give it (measured scenarios only). */
    private static Map<String, double[]> draw(PrognosisSettings settings, SeriesCounts counts, List<String> notes) {
        OutcomeSettings outcomes = settings.outcomes();
        List<OutcomeScenario> measured = outcomes.scenarios().stream().filter(OutcomeScenario::measured).toList();
        if (measured.isEmpty()) {
            return Map.of();
        }
        int longest = outcomes.longest();
        Map<String, int[][]> paths = new LinkedHashMap<>();
        int shortest = Integer.MAX_VALUE;
        for (OutcomeScenario s : measured) {
            for (String id : s.condition(settings.seriesIds()).series()) {
                int[] monthly = counts.monthlyOf(id);
                if (monthly.length == 0) {
                    notes.add("The model gives no probability to the outcomes stated over '" + id
                            + "': no month of it is logged yet.");
                    return Map.of();
                }
                shortest = Math.min(shortest, monthly.length);
                paths.computeIfAbsent(id, k -> OutcomePaths.draw(monthly, longest, PrognosisAnalysis.PATHS,
                        new Well19937c(PrognosisAnalysis.SEED ^ k.hashCode())));
            }
        }
        int reach = MONTHS_AHEAD_PER_MONTH_KNOWN * shortest;
        if (longest > reach) {
            notes.add("The model gives no probability more than " + reach + " months ahead: the series it would draw"
                    + " on have only " + shortest + " month" + (shortest == 1 ? "" : "s") + " of history. Further out,"
                    + " the figures are the analysts' or none.");
        }
        List<ScenarioCondition> conditions = measured.stream().map(s -> s.condition(settings.seriesIds())).toList();
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int m = 0; m < outcomes.months().size(); m++) {
            int months = outcomes.months().get(m);
            int[] hits = months > reach ? null : hits(paths, conditions, months);
            for (int i = 0; i < measured.size(); i++) {
                out.computeIfAbsent(measured.get(i).name(), k -> new double[outcomes.months().size()])[m] =
                        hits == null ? Double.NaN : hits[i] / (double) PrognosisAnalysis.PATHS;
            }
        }
        return out;
    }

    /** In how many draws each condition is the first to hold over the first {@code months} months. */
    private static int[] hits(Map<String, int[][]> paths, List<ScenarioCondition> conditions, int months) {
        int[] hits = new int[conditions.size()];
        Map<String, int[]> draw = new LinkedHashMap<>();
        for (int p = 0; p < PrognosisAnalysis.PATHS; p++) {
            for (Map.Entry<String, int[][]> e : paths.entrySet()) {
                draw.put(e.getKey(), java.util.Arrays.copyOf(e.getValue()[p], months));
            }
            for (int i = 0; i < hits.length; i++) {
                if (conditions.get(i).holds(draw)) {
                    hits[i]++;
                    break;
                }
            }
        }
        return hits;
    }

    private static Map<String, List<StatedLikelihood>> judgedByCell(List<StatedLikelihood> stated) {
        Map<String, List<StatedLikelihood>> out = new LinkedHashMap<>();
        stated.stream().filter(s -> s.about().kind() == About.Kind.OUTCOME)
                .sorted(Comparator.comparing(StatedLikelihood::judgmentId))
                .forEach(s -> out.computeIfAbsent(s.about().target(), k -> new ArrayList<>()).add(s));
        return out;
    }

    private static OutcomeCell cell(OutcomeScenario s, int months, double[] drawn, int m,
                                    Map<String, List<StatedLikelihood>> judged, List<String> notes) {
        List<StatedLikelihood> theirs = judged.getOrDefault(About.outcome(s.name(), months).target(), List.of());
        Optional<StatedLikelihood> first = theirs.stream().findFirst();
        if (theirs.size() > 1) {
            notes.add(theirs.size() + " standing judgments give '" + s.title() + "' a likelihood at " + months
                    + " months; the first, " + first.get().judgmentId() + ", is shown: revise or retire the others ("
                    + theirs.stream().skip(1).map(StatedLikelihood::judgmentId).toList() + ").");
        }
        String id = first.map(StatedLikelihood::judgmentId).orElse(null);
        String title = first.map(StatedLikelihood::title).orElse(null);
        String likelihood = first.map(StatedLikelihood::likelihood).orElse(null);
        if (drawn != null && !Double.isNaN(drawn[m])) {
            return new OutcomeCell(months, OutcomeCell.Source.MODEL, drawn[m], drawn[m], id, title, likelihood);
        }
        if (first.isPresent() && !s.otherwise()) {
            double[] range = range(likelihood);
            return new OutcomeCell(months, OutcomeCell.Source.ANALYST, range[0], range[1], id, title, likelihood);
        }
        return new OutcomeCell(months, OutcomeCell.Source.NONE, Double.NaN, Double.NaN, id, title, likelihood);
    }

    /** A term spans its band; a probability is itself. */
    static double[] range(String storedLikelihood) {
        if (Likelihood.TERMS.contains(storedLikelihood)) {
            int band = Likelihood.band(storedLikelihood);
            return new double[] {Likelihood.lowerOf(band), Likelihood.upperOf(band)};
        }
        double p = Double.parseDouble(storedLikelihood);
        return new double[] {p, p};
    }

    /** {@code otherwise} gets what the others leave, once every other has a figure at that horizon. */
    private static void remainder(OutcomeSettings outcomes, List<List<OutcomeCell>> cells) {
        int last = outcomes.scenarios().size() - 1;
        if (last < 1 || !outcomes.scenarios().get(last).otherwise()) {
            return;
        }
        for (int m = 0; m < outcomes.months().size(); m++) {
            double low = 0;
            double high = 0;
            boolean allKnown = true;
            for (int i = 0; i < last; i++) {
                OutcomeCell c = cells.get(i).get(m);
                allKnown &= c.known();
                low += c.known() ? c.low() : 0;
                high += c.known() ? c.high() : 0;
            }
            OutcomeCell mine = cells.get(last).get(m);
            if (allKnown) {
                cells.get(last).set(m, new OutcomeCell(mine.months(), OutcomeCell.Source.REMAINDER,
                        clamp(1 - high), clamp(1 - low), mine.judgmentId(), mine.judgmentTitle(), mine.stated()));
            }
        }
    }

    /** Probabilities of scenarios that exclude each other must be able to add up to one. */
    private static void sums(OutcomeSettings outcomes, List<List<OutcomeCell>> cells, List<String> notes) {
        boolean exhaustive = outcomes.scenarios().get(outcomes.scenarios().size() - 1).otherwise();
        for (int m = 0; m < outcomes.months().size(); m++) {
            double low = 0;
            double high = 0;
            boolean allKnown = true;
            for (List<OutcomeCell> row : cells) {
                OutcomeCell c = row.get(m);
                if (c.source() == OutcomeCell.Source.REMAINDER) {
                    continue;
                }
                allKnown &= c.known();
                low += c.known() ? c.low() : 0;
                high += c.known() ? c.high() : 0;
            }
            int months = outcomes.months().get(m);
            if (low > 1 + 1e-9) {
                notes.add(String.format(java.util.Locale.ROOT, "At %d months the probabilities given add up to at "
                        + "least %s, more than one: the scenarios overlap, or a judgment needs revising.", months,
                        Likelihood.percentShown(low)));
            } else if (allKnown && !exhaustive && high < 1 - 1e-9) {
                notes.add(String.format(java.util.Locale.ROOT, "At %d months the probabilities given add up to at "
                        + "most %s: some outcome is missing from the scenarios.", months,
                        Likelihood.percentShown(high)));
            }
        }
    }

    private static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
