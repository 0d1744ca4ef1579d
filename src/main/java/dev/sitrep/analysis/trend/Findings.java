package dev.sitrep.analysis.trend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hipparchus.util.FastMath;

/**
 * Ranks what stands out this period, events and deaths alike, by {@code unusual × size}: unusual is
 * {@code −log10 p}, capped at {@value #MAX_UNUSUAL} so that a vanishing p-value cannot outrank a large
 * change; size is {@code ln(1 + |this week − baseline mean|)}, in the metric's own units. Both matter:
 * "648 deaths in Rif Dimashq against 84 a week" is both improbable and large, and outranks "3 events of a
 * sub-type against 1", which may be as improbable but is small. Deaths outnumber events, so at equal
 * surprise a death toll ranks first, as a reader would want.
 */
final class Findings {

    static final int KEPT = 20;
    static final double MAX_UNUSUAL = 4;
    private static final List<Dimension> DEATH_DIMENSIONS = List.of(Dimension.TYPE, Dimension.SUB_TYPE,
            Dimension.ACTOR, Dimension.DYAD, Dimension.ADMIN1, Dimension.PLACE);

    /** At equal scores where comes first, then who, then what: a reader places a story before naming it. */
    private static final List<Dimension> TIE_ORDER = List.of(Dimension.ADMIN1, Dimension.PLACE, Dimension.DYAD,
            Dimension.ACTOR, Dimension.TYPE, Dimension.SUB_TYPE);

    private Findings() {
    }

    static List<Finding> of(TrendCounts c, CountRow total, Map<Dimension, List<CountRow>> rows) {
        List<Finding> found = new ArrayList<>();
        events(null, total).ifPresent(found::add);
        deaths(null, "deaths", c.fatalities()).ifPresent(found::add);
        rows.forEach((d, list) -> list.forEach(r -> events(d, r).ifPresent(found::add)));
        for (Dimension d : DEATH_DIMENSIONS) {
            c.deathsOf(d).forEach((key, weekly) -> deaths(d, key, weekly).ifPresent(found::add));
        }
        found.sort(Comparator.comparingDouble(Finding::score).reversed()
                .thenComparing(Finding::metric, Comparator.reverseOrder())
                .thenComparing(f -> f.dimension() == null ? -1 : TIE_ORDER.indexOf(f.dimension()))
                .thenComparing(Finding::key));
        return Collections.unmodifiableList(found.subList(0, Math.min(KEPT, found.size())));
    }

    private static java.util.Optional<Finding> events(Dimension d, CountRow r) {
        if (r.signal() == Signal.NORMAL) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Finding(Finding.Metric.EVENTS, d, r.key(), r.current(), r.baselineMean(),
                r.baselineMean(), r.signal(), r.pValue(), r.test().z(), r.test().method(),
                score(r.pValue(), r.current(), r.baselineMean()), r.weekly()));
    }

    private static java.util.Optional<Finding> deaths(Dimension d, String key, List<Integer> weekly) {
        int[] window = weekly.stream().mapToInt(Integer::intValue).toArray();
        if (window.length < 2) {
            return java.util.Optional.empty();
        }
        int[] baseline = Arrays.copyOf(window, window.length - 1);
        int current = window[window.length - 1];
        DeathTest test = DeathTest.of(baseline, current);
        if (test.signal() == Signal.NORMAL) {
            return java.util.Optional.empty();
        }
        double mean = Arrays.stream(baseline).average().orElse(0);
        return java.util.Optional.of(new Finding(Finding.Metric.DEATHS, d, key, current, mean, test.typical(),
                test.signal(), test.pValue(), test.z(), DeathTest.METHOD, score(test.pValue(), current, mean), weekly));
    }

    static double score(double pValue, int current, double baselineMean) {
        double unusual = FastMath.min(MAX_UNUSUAL, -FastMath.log10(FastMath.max(pValue, 1e-300)));
        return unusual * FastMath.log1p(FastMath.abs(current - baselineMean));
    }
}
