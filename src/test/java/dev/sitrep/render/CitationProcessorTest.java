package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.assessment.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CitationProcessorTest {

    static final Reference REUTERS = new Reference("reuters-2025-11-24", "article-newspaper", "Reuters",
            "Air strikes hit Idlib countryside", null, "https://www.reuters.com/world/middle-east/idlib",
            LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 25));
    static final Reference MOSCOW_TIMES = new Reference("mt-2025-11-20", "webpage", "The Moscow Times",
            "Russia reinforces Hmeimim", null, "https://www.themoscowtimes.com/hmeimim",
            LocalDate.of(2025, 11, 20), LocalDate.of(2025, 11, 25));
    static final Reference ISW = new Reference("isw-2025-11-21", "report", "Institute for the Study of War",
            "Syria \"update\" — Ḥmeimim\nand Ţarţūs", "Jane Doe", "https://www.understandingwar.org/syria",
            LocalDate.of(2025, 11, 21), null);

    static final List<Reference> SOURCES = List.of(REUTERS, MOSCOW_TIMES, ISW);

    @Test
    void chicagoAuthorDateCitesPublisherAndYearWhenThereIsNoAuthor() {
        var citations = new CitationProcessor("chicago-author-date", SOURCES);

        assertThat(citations.cite(List.of("reuters-2025-11-24", "mt-2025-11-20")))
                .isEqualTo("(Reuters 2025; The Moscow Times 2025)");
        assertThat(citations.cite(List.of("isw-2025-11-21"))).as("a person by family name").isEqualTo("(Doe 2025)");
        assertThat(citations.bibliography()).hasSize(3)
                .anySatisfy(entry -> assertThat(entry).startsWith("Reuters. 2025.")
                        .contains("Air Strikes Hit Idlib Countryside").contains("https://www.reuters.com/world/middle-east/idlib"));
    }

    @Test
    void ieeeNumbersSourcesByKeyWhateverTheOrderOfCitation() {
        var citations = new CitationProcessor("ieee", SOURCES);

        assertThat(citations.cite(List.of("reuters-2025-11-24"))).isEqualTo("[3]");
        assertThat(citations.cite(List.of("isw-2025-11-21", "mt-2025-11-20"))).isEqualTo("[1], [2]");
        assertThat(citations.bibliography()).hasSize(3)
                .first().asString().startsWith("[1] J. Doe, ").contains("Institute for the Study of War");
    }

    @Test
    void apaCitesAuthorCommaYear() {
        var citations = new CitationProcessor("apa", SOURCES);

        assertThat(citations.cite(List.of("reuters-2025-11-24"))).isEqualTo("(Reuters, 2025)");
        assertThat(citations.bibliography())
                .contains("Reuters. (2025, November 24). Air strikes hit Idlib countryside. Reuters. "
                        + "https://www.reuters.com/world/middle-east/idlib");
    }

    @Test
    void harvardCiteThemRightIsSelectable() {
        var citations = new CitationProcessor("harvard-cite-them-right", SOURCES);

        assertThat(citations.cite(List.of("mt-2025-11-20"))).isEqualTo("(The Moscow Times, 2025)");
    }

    @Test
    void twoStoriesFromOnePublisherInOneYearGetYearSuffixesInBibliographyOrder() {
        var earlier = new Reference("reuters-2025-11-20", "article-newspaper", "Reuters", "Clashes near Deir ez-Zor",
                null, "https://www.reuters.com/world/middle-east/deir", LocalDate.of(2025, 11, 20), null);
        List<Reference> sources = List.of(REUTERS, earlier, MOSCOW_TIMES);

        var chicago = new CitationProcessor("chicago-author-date", sources);
        assertThat(chicago.cite(List.of("reuters-2025-11-20"))).isEqualTo("(Reuters 2025a)");
        assertThat(chicago.cite(List.of("reuters-2025-11-24", "mt-2025-11-20")))
                .isEqualTo("(Reuters 2025b; The Moscow Times 2025)");
        assertThat(chicago.bibliography()).filteredOn(e -> e.startsWith("Reuters"))
                .extracting(e -> e.substring(0, 16)).containsExactly("Reuters. 2025a. ", "Reuters. 2025b. ");
        assertThat(chicago.cslJson()).doesNotContain("year-suffix");

        var ieee = new CitationProcessor("ieee", sources);
        assertThat(ieee.cite(List.of("reuters-2025-11-20", "reuters-2025-11-24"))).isEqualTo("[2], [3]");
    }

    @Test
    void yearSuffixesRunFromAToZThenAa() {
        assertThat(List.of(0, 1, 25, 26, 27, 51, 52)).extracting(CitationProcessor::suffix)
                .containsExactly("a", "b", "z", "aa", "ab", "az", "ba");
    }

    @Test
    void theSameSourceTwiceIsOneBibliographyEntry() {
        var citations = new CitationProcessor("chicago-author-date", List.of(REUTERS, MOSCOW_TIMES, REUTERS));

        assertThat(citations.bibliography()).hasSize(2);
    }

    @Test
    void twoDifferentSourcesUnderOneKeyAreRejected() {
        var other = new Reference(REUTERS.key(), "webpage", "AFP", "Other", null, null, null, null);

        assertThatThrownBy(() -> new CitationProcessor("apa", List.of(REUTERS, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(REUTERS.key());
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKey() {
        var citations = new CitationProcessor("apa", SOURCES);

        assertThatThrownBy(() -> citations.cite(List.of("reuters-2025-11-24", "no-such-source")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-source");
    }

    @Test
    void anUnknownStyleIsAnErrorNamingTheStyleAndTheSelectableOnes() {
        assertThatThrownBy(() -> new CitationProcessor("chicago-author-dates", SOURCES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chicago-author-dates")
                .hasMessageContaining("apa, chicago-author-date, harvard-cite-them-right, ieee");
    }

    @Test
    void cslJsonIsByteIdenticalWhateverTheOrderOfTheSources() {
        List<Reference> shuffled = new ArrayList<>(SOURCES);
        Collections.shuffle(shuffled, new Random(7));
        Collections.reverse(shuffled);

        String json = new CitationProcessor("apa", SOURCES).cslJson();

        assertThat(new CitationProcessor("ieee", shuffled).cslJson()).isEqualTo(json);
        assertThat(json).startsWith("[\n  {\n    \"id\": \"isw-2025-11-21\",\n    \"type\": \"report\",")
                .contains("\"container-title\": \"Reuters\"")
                .contains("\"publisher\": \"Institute for the Study of War\"")
                .contains("\"author\": [\n      {\n        \"literal\": \"Reuters\"\n      }\n    ]")
                .contains("\"issued\": {\n      \"date-parts\": [[2025, 11, 24]]\n    }")
                .contains("\"URL\": \"https://www.reuters.com/world/middle-east/idlib\"")
                .contains("\"title\": \"Syria \\\"update\\\" — Ḥmeimim\\nand Ţarţūs\"")
                .endsWith("]\n");
        assertThat(json.indexOf("isw-2025-11-21")).isLessThan(json.indexOf("mt-2025-11-20"));
        assertThat(json.indexOf("mt-2025-11-20")).isLessThan(json.indexOf("reuters-2025-11-24"));
    }

    @Test
    void anOutletsNameStaysAsWrittenWhileTitlesAreTitleCased() {
        var tass = new Reference("tass-1", "article-newspaper", "TASS", "Bogdanov describes talks with al-Sharaa",
                null, null, LocalDate.of(2025, 1, 29), null);
        var sohr = new Reference("sohr-1", "article-newspaper", "SOHR", "Sohr counts the dead", null, null,
                LocalDate.of(2018, 3, 10), null);
        var monitor = new Reference("monitor-1", "webpage", "al-Monitor", "Convoys", null, null,
                LocalDate.of(2025, 11, 2), null);

        var chicago = new CitationProcessor("chicago-author-date", List.of(tass, sohr, monitor));

        assertThat(chicago.bibliography()).containsExactly(
                "al-Monitor. 2025. “Convoys.” al-Monitor, November 2.",
                "SOHR. 2018. “Sohr Counts the Dead.” SOHR, March 10.",
                "TASS. 2025. “Bogdanov Describes Talks with Al-Sharaa.” TASS, January 29.");
        assertThat(chicago.cite(List.of("sohr-1", "tass-1"))).isEqualTo("(SOHR 2018; TASS 2025)");
    }

    @Test
    void aJournalArticleIsAnArticleJournalWithVolumeIssueAndPagesIssuedInTheYearItGives() throws Exception {
        var article = new Reference("ucdp-ged-sundberg-melander-2013", "article-journal", "Journal of Peace Research",
                "Introducing the UCDP Georeferenced Event Dataset", null, null, LocalDate.of(2013, 1, 1), null,
                "50", "4", "523-532", "year");

        var citations = new CitationProcessor("chicago-author-date", List.of(article));

        var item = tools.jackson.databind.json.JsonMapper.builder().build().readTree(citations.cslJson()).get(0);
        assertThat(item.path("type").asString()).isEqualTo("article-journal");
        assertThat(item.path("container-title").asString()).isEqualTo("Journal of Peace Research");
        assertThat(item.path("volume").asString()).isEqualTo("50");
        assertThat(item.path("issue").asString()).isEqualTo("4");
        assertThat(item.path("page").asString()).isEqualTo("523-532");
        assertThat(item.path("issued").path("date-parts").toString()).isEqualTo("[[2013]]");
        assertThat(item.has("accessed")).as("no accessed date is invented").isFalse();
        assertThat(item.has("publisher")).isFalse();
        assertThat(citations.bibliography()).singleElement().asString()
                .contains("Journal of Peace Research 50 (4): 523", "2013.").doesNotContain("January", "Accessed");
    }

    @Test
    void aReportIsPublishedByItsPublisherAndAnUnknownKindIsAWebPage() throws Exception {
        var codebook = new Reference("ucdp-ged-codebook", "report",
                "Department of Peace and Conflict Research, Uppsala University", "UCDP GED Codebook version 19.1",
                null, null, LocalDate.of(2019, 1, 1), null, null, null, null, "year");
        var odd = new Reference("odd", "no-such-type", "Somebody", "Something", null, null, null, null);

        var json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(new CitationProcessor("chicago-author-date", List.of(codebook, odd)).cslJson());

        // Sorted by id: "odd" first.
        assertThat(json.get(1).path("type").asString()).isEqualTo("report");
        assertThat(json.get(1).path("publisher").asString())
                .isEqualTo("Department of Peace and Conflict Research, Uppsala University");
        assertThat(json.get(1).path("issued").path("date-parts").toString()).isEqualTo("[[2019]]");
        assertThat(json.get(0).path("type").asString()).isEqualTo("webpage");
    }

    @Test
    void aRepeatedCitationRendersAsAFirstCitationEvenInANoteStyle() {
        // Chicago notes shorten a subsequent citation of a source; an edition's citations must not
        // depend on what was cited before them, so every one renders in full. (citeproc-java 3.5 does
        // not track positions yet; this holds the property should a later version start to.)
        var citations = new CitationProcessor("chicago-notes-bibliography", SOURCES);
        String first = citations.cite(List.of(REUTERS.key()));
        citations.cite(List.of(REUTERS.key(), ISW.key()));
        citations.cite(List.of(MOSCOW_TIMES.key()));

        assertThat(citations.cite(List.of(ISW.key(), REUTERS.key())))
                .isEqualTo(new CitationProcessor("chicago-notes-bibliography", SOURCES)
                        .cite(List.of(ISW.key(), REUTERS.key())));
        assertThat(citations.cite(List.of(REUTERS.key()))).isEqualTo(first);
    }
}
