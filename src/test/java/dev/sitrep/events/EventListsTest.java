package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventListsTest {

    @Test
    void actorsAndStringsSurviveTheJsonRoundTripWhateverTheyHold() {
        List<Actor> actors = List.of(new Actor("Quote \" back\\slash", "side-a"),
                new Actor("Line\nbreak\ttab \u0001 ctl", "associated"), new Actor("Ḥmeimim — Ţarţūs 🚚", "side-b"));
        List<String> tags = List.of("a\"b", "c\\d", "", "ünï");

        assertThat(EventLists.actors(EventLists.actors(actors))).isEqualTo(actors);
        assertThat(EventLists.strings(EventLists.strings(tags))).isEqualTo(tags);
        assertThat(EventLists.actors(List.of(new Actor("A", "side-a")))).isEqualTo("[{\"name\":\"A\",\"role\":\"side-a\"}]");
        assertThat(EventLists.strings(List.of())).isEqualTo("[]");
    }
}
