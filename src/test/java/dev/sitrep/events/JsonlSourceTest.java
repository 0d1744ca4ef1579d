package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a sitrep-jsonl source may say beyond a web page: a journal's volume, issue and pages, a year alone. */
class JsonlSourceTest {

    private static final JsonlEventReader READER = new JsonlEventReader(Instant.parse("2025-11-27T00:00:00Z"));

    private static Source source(String fields) {
        return READER.read("{\"id\":\"e-1\",\"occurred\":\"2025-11-26\",\"type\":\"military-movement\","
                + "\"actors\":[{\"name\":\"A\",\"role\":\"side-a\"}],"
                + "\"country\":\"Syria\",\"summary\":\"A convoy.\",\"sources\":[{\"key\":\"s-1\",\"publisher\":\"P\","
                + "\"title\":\"T\"," + fields + "}]}").sources().get(0);
    }

    @Test
    void aJournalArticleGivesItsVolumeIssueAndPagesAndTheYearItWasPublished() {
        Source article = source("\"kind\":\"article-journal\",\"published\":\"2013\",\"volume\":\"50\",\"issue\":\"4\","
                + "\"pages\":\"523-532\"");

        assertThat(article).extracting(Source::kind, Source::published, Source::publishedPrecision, Source::volume,
                        Source::issue, Source::pages)
                .containsExactly("article-journal", LocalDate.of(2013, 1, 1), "year", "50", "4", "523-532");
    }

    @Test
    void aPublishedMonthOrDayIsKeptAsPreciseAsItIsGiven() {
        assertThat(source("\"kind\":\"report\",\"published\":\"2025-07\"")).extracting(Source::published,
                Source::publishedPrecision).containsExactly(LocalDate.of(2025, 7, 1), "month");
        assertThat(source("\"kind\":\"webpage\",\"published\":\"2025-07-09\"")).extracting(Source::published,
                Source::publishedPrecision).containsExactly(LocalDate.of(2025, 7, 9), null);
    }

    @Test
    void aPublishedDateThatIsNoDateIsRejectedNamingTheForms() {
        assertThatThrownBy(() -> source("\"kind\":\"report\",\"published\":\"2025-13\""))
                .isInstanceOf(InvalidField.class).hasMessageContaining("YYYY-MM-DD, YYYY-MM or YYYY");
    }
}
