package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputsHashTest {

    private static String hash(String... items) {
        InputsHash h = new InputsHash();
        for (String item : items) {
            h.add(item);
        }
        return h.hex();
    }

    @Test
    void theSameInputsInAnyOrderHashTheSameAndAnyChangeChangesIt() {
        assertThat(hash("event a r1", "event b r2", "judgment j r1"))
                .isEqualTo(hash("judgment j r1", "event b r2", "event a r1"))
                .isNotEqualTo(hash("event a r1", "event b r3", "judgment j r1"))
                .isNotEqualTo(hash("event a r1", "event b r2"))
                .hasSize(64);
    }
}
