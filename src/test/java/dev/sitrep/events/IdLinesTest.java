package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdLinesTest {

    @Test
    void remembersTheFirstLineOfEveryIdThroughManyGrowths() {
        IdLines ids = new IdLines();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.firstLine("event-" + i, i + 2)).isZero();
        }
        assertThat(ids.firstLine("event-0", 500_000)).isEqualTo(2);
        assertThat(ids.firstLine("event-99999", 500_001)).isEqualTo(100_001);
        assertThat(ids.firstLine("event-100000", 500_002)).isZero();
    }
}
