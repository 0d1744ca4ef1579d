package dev.sitrep.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventEntryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void coordinatesSurviveTheJsonThatARestartedEditionReadsItsAssessmentBackFrom() {
        EventEntry placed = new EventEntry("e-1", 2, LocalDate.of(2025, 11, 26), "day", "military-movement", "convoy",
                List.of("Russian Armed Forces"), "Latakia", "Hmeimim Air Base", "Convoy.", null, List.of("convoy"),
                List.of("src"), 35.401, 35.948);
        EventEntry unplaced = new EventEntry("e-2", 1, LocalDate.of(2025, 11, 26), "day", "armed-clash", null,
                List.of("Army"), "Homs", "Homs", "Clash.", 1, List.of(), List.of("src"));

        assertThat(JSON.readValue(JSON.writeValueAsString(placed), EventEntry.class)).isEqualTo(placed);
        assertThat(JSON.readValue(JSON.writeValueAsString(unplaced), EventEntry.class)).isEqualTo(unplaced);
        assertThat(unplaced.latitude()).isNull();
        assertThat(unplaced.longitude()).isNull();
    }
}
