package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/** Tracked series and seeded Poisson counts for the prognosis tests. */
final class TestSeries {

    private TestSeries() {
    }

    /** A series with no filters, titled by its id. */
    static SeriesSpec series(String id) {
        return new SeriesSpec(id, id, List.of(), List.of(), List.of(), List.of());
    }

    /** {@code n} Poisson counts of {@code rate} from a fixed seed (all zero for rate 0). */
    static List<Integer> poisson(double rate, int n, long seed) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            counts.add(rate == 0 ? 0 : (int) random.nextPoisson(rate));
        }
        return counts;
    }
}
