package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoWeekTest {

    @Test
    void week48Of2025RunsFromMonday24ToSunday30November() {
        IsoWeek w48 = IsoWeek.parse("2025-W48");
        assertThat(w48.monday()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(w48.sunday()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(w48.contains(LocalDate.of(2025, 11, 26))).isTrue();
        assertThat(w48.contains(LocalDate.of(2025, 12, 1))).isFalse();
    }

    @Test
    void weeksCrossTheYearBoundaryTheIsoWay() {
        assertThat(IsoWeek.containing(LocalDate.of(2025, 12, 29))).hasToString("2026-W01");
        assertThat(IsoWeek.parse("2026-W01").minusWeeks(1)).hasToString("2025-W52");
        assertThat(IsoWeek.parse("2020-W53").plusWeeks(1)).hasToString("2021-W01");
    }

    @Test
    void aMalformedOrImpossibleWeekIsRefusedWithWhatToType() {
        assertThatThrownBy(() -> IsoWeek.parse("2025-W99")).hasMessageContaining("2025 has weeks W01 to W52");
        assertThatThrownBy(() -> IsoWeek.parse("2025-48")).hasMessageContaining("expected YYYY-Www, e.g. 2025-W48");
        assertThatThrownBy(() -> IsoWeek.parse("2025-W53")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeksOrderByTime() {
        assertThat(IsoWeek.parse("2025-W52")).isLessThan(IsoWeek.parse("2026-W01"));
    }
}
