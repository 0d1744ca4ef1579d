package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesSpecTest {

    private static final SeriesSpec COAST = new SeriesSpec("coast", "Coast", List.of("armed-clash"), List.of(),
            List.of(), List.of("Latakia", "Tartus"));

    private static Observation clash(String admin1) {
        return new Observation("e-1", LocalDate.of(2025, 11, 26), "armed-clash", null, List.of("Gunmen"), admin1,
                null, null, List.of());
    }

    @Test
    void anEventWithoutAGovernorateIsOutsideAGovernorateFilterAndDoesNotStopTheCount() {
        assertThat(COAST.matches(clash("Latakia"))).isTrue();
        assertThat(COAST.matches(clash("Idlib"))).isFalse();
        assertThat(COAST.matches(clash(null))).isFalse();
    }
}
