package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.assessment.EventEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlashViewTest {

    private static EventEntry subject(Double lat, Double lon, String locatedTo) {
        return new EventEntry("ucdp:1", 1, LocalDate.of(2018, 2, 20), "day", "state-based", null, List.of(),
                "Idlib", "Idlib governorate", "Shelling", 3, List.of(), List.of(), lat, lon, locatedTo);
    }

    @Test
    void theMapNoteSaysTheEventIsNotMarkedWhenItIsLocatedOnlyToItsGovernorateOrTheCountry() {
        assertThat(FlashView.mapNote(subject(35.93, 36.63, "governorate")))
                .isEqualTo("The event is located only to its governorate in the log, so the map does not mark it as "
                        + "a place; it shows the related events located to theirs.");
        assertThat(FlashView.mapNote(subject(35.0, 38.0, "country"))).contains("located only to the country");
    }

    @Test
    void theMapNoteIsEmptyForAnEventLocatedToItsPlaceAndSaysSoForOneWithoutCoordinates() {
        assertThat(FlashView.mapNote(subject(35.93, 36.63, "place"))).isEmpty();
        assertThat(FlashView.mapNote(subject(35.93, 36.63, null))).isEmpty();
        assertThat(FlashView.mapNote(subject(null, null, "governorate")))
                .startsWith("The event has no coordinates in the log, so the map cannot mark it");
    }
}
