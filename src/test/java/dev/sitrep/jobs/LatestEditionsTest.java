package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestEditionsTest {

    private static EditionVersion v(long id, String period, int version, EditionState state, String asOf) {
        return new EditionVersion(id, "syria-weekly", period, version, state, "c" + id, "i" + id, Instant.parse(asOf),
                Path.of("out", "syria-weekly", period, "v" + version));
    }

    @Test
    void aFlashPublishedAfterTheWeeklyEditionIsShownApartNotAsTheLastEdition() {
        var latest = JobListing.LatestEditions.of(List.of(
                v(1, "2025-W47", 1, EditionState.PUBLISHED, "2025-11-24T00:00:00Z"),
                v(2, "2025-W48", 1, EditionState.SUPERSEDED, "2025-12-01T00:00:00Z"),
                v(3, "2025-W48", 2, EditionState.PUBLISHED, "2025-12-01T09:00:00Z"),
                v(4, "2025-W49", 1, EditionState.DRAFT, "2025-12-08T00:00:00Z"),
                v(5, "flash-sy25-1203-b", 1, EditionState.PUBLISHED, "2025-12-03T10:00:00Z"),
                v(6, "flash-sy25-1126-a", 1, EditionState.PUBLISHED, "2025-11-26T18:00:00Z")));

        assertThat(latest.weekly()).isEqualTo("2025-W48 v2");
        assertThat(latest.flash()).as("the latest by its data's date, not by its name").isEqualTo("flash-sy25-1203-b v1");
    }

    @Test
    void aJobWithOnlyFlashesHasNoLastEdition() {
        var latest = JobListing.LatestEditions.of(List.of(
                v(1, "flash-sy25-1126-a", 1, EditionState.PUBLISHED, "2025-11-26T18:00:00Z")));

        assertThat(latest.weekly()).isNull();
        assertThat(latest.flash()).isEqualTo("flash-sy25-1126-a v1");
    }
}
