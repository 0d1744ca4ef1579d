package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class ForecastPointTest {

    @Test
    void theStatedForecastOfASkewedCountIsItsMedianBelowTheMean() {
        // Mean 3 with variance 12: most weeks see fewer than 3, a few see many more.
        ForecastPoint p = ForecastPoint.of("2025-W49", CountDistribution.of(3, 12));

        assertThat(p.mean()).isEqualTo(3.0);
        assertThat(p.median()).isEqualTo(CountDistribution.of(3, 12).quantile(0.5)).isLessThan(3);
        assertThat(p.central()).isEqualTo(p.median().doubleValue());
        assertThat(p.median()).isBetween(p.lo50(), p.hi50());
    }

    @Test
    void aRecalibratedMedianMovesWithTheLevelsItIsReadAt() {
        CountDistribution model = CountDistribution.of(20, 60);
        // Past targets fell above the model's median more often than not: its levels are read higher.
        LevelWarp higher = new LevelWarp(new double[] {0.25, 0.5, 0.75}, new double[] {0.4, 0.7, 0.9});

        assertThat(new CalibratedCount(model, higher).median()).isEqualTo(model.quantile(0.7))
                .isGreaterThan(model.quantile(0.5));
    }

    @Test
    void theMedianReadInTheIntervalsPassIsTheMedianQuantileOfEveryShapeAndWarp() {
        LevelWarp[] warps = {LevelWarp.IDENTITY,
                new LevelWarp(new double[] {0.25, 0.75}, new double[] {0.4, 0.9}),
                new LevelWarp(new double[] {0.25, 0.75}, new double[] {0.05, 0.6})};
        for (double mean : new double[] {0, 0.3, 1, 2.5, 7, 40, 300, 5000}) {
            for (double dispersion : new double[] {1, 1.7, 6, 40}) {
                for (LevelWarp warp : warps) {
                    CalibratedCount d = new CalibratedCount(CountDistribution.of(mean, mean * dispersion), warp);
                    int[] both = d.intervalsAndMedian(0.95, 0.80, 0.50);
                    assertThat(both[6]).as("mean %s dispersion %s warp %s", mean, dispersion, warp)
                            .isEqualTo(d.median());
                    assertThat(java.util.Arrays.copyOf(both, 6)).isEqualTo(d.intervals(0.95, 0.80, 0.50));
                }
            }
        }
    }

    @Test
    void aForecastStoredBeforeMediansWereStatedIsScoredOnTheMeanItStated() throws Exception {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String stored = "{\"target\":\"2025-W49\",\"mean\":1.8,\"lo50\":1,\"hi50\":3,\"lo80\":0,\"hi80\":4,"
                + "\"lo95\":0,\"hi95\":6}";

        ForecastPoint p = json.readValue(stored, ForecastPoint.class);

        assertThat(p.median()).isNull();
        assertThat(p.central()).isEqualTo(1.8);
        ForecastPoint now = json.readValue(json.writeValueAsString(ForecastPoint.of("2025-W49",
                CountDistribution.of(3, 12))), ForecastPoint.class);
        assertThat(now.median()).isEqualTo(ForecastPoint.of("2025-W49", CountDistribution.of(3, 12)).median());
    }
}
