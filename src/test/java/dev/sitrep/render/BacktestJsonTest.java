package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.prognosis.Backtest;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class BacktestJsonTest {

    @Test
    void theJsonGivesEachSpansRatiosAndCoveragePerHorizonAndModel() {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(3));
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            counts.add((int) random.nextPoisson(6));
        }
        BacktestSettings settings = new BacktestSettings(List.of(1, 4), null, BacktestSettings.allModels(), 4,
                IsoWeek.parse("2021-W20"));
        String json = BacktestReport.json(Backtest.run(List.of(new CountSeries("s", IsoWeek.parse("2020-W01"),
                counts)), settings));

        assertThat(json).contains("\"spans\": [")
                .contains("{\"name\": \"development\", \"from\": \"2020-W09\", \"to\": \"2021-W19\", \"models\": [")
                .contains("{\"name\": \"test\", \"from\": \"2021-W20\", \"to\": \"2021-W27\", \"models\": [")
                .containsPattern("\\{\"horizon\": 4, \"model\": \"auto\", \"maeOverNaive\": [0-9.]+, \"crpsOverNaive\": "
                        + "[0-9.]+, \"maeOverMean12\": [0-9.]+, \"crpsOverMean12\": [0-9.]+, \"coverage50\": [0-9.]+, "
                        + "\"coverage80\": [0-9.]+, \"coverage95\": [0-9.]+\\}");
    }
}
