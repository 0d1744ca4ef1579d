package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.sitrep.assessment.Reference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CitationMarkdownTest {

    private static final Parser FLEXMARK = Parser.builder().build();

    /** The URL of every link in the Markdown, as a CommonMark reader (flexmark) reads it back. */
    static Set<String> linkedUrls(String markdown) {
        Set<String> urls = new TreeSet<>();
        for (Node node : FLEXMARK.parse(markdown).getDescendants()) {
            if (node instanceof AutoLink link) {
                urls.add(link.getUrl().toString());
            } else if (node instanceof Link link && !link.getUrl().startsWith("#")) {
                urls.add(link.getUrl().toString());
            }
        }
        return urls;
    }

    @Test
    void everySourceUrlOfTheSampleLogReadsBackFromTheBibliographysMarkdownAsStored() throws IOException {
        List<Reference> sources = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl"))) {
            for (JsonNode s : JsonMapper.builder().build().readTree(line).path("sources")) {
                sources.add(new Reference(s.path("key").asString(), s.path("kind").asString(),
                        s.path("publisher").asString(), s.path("title").asString(), text(s, "author"), text(s, "url"),
                        date(s, "published"), date(s, "accessed")));
            }
        }
        Set<String> stored = sources.stream().map(Reference::url).filter(u -> u != null).collect(Collectors.toCollection(
                TreeSet::new));

        String markdown = new CitationProcessor("chicago-author-date", sources).entries().stream()
                .map(e -> "- " + CitationMarkdown.entry(e)).collect(Collectors.joining("\n"));

        assertThat(stored).hasSizeGreaterThan(25).anyMatch(u -> u.contains("_"));
        assertThat(linkedUrls(markdown)).isEqualTo(stored);
    }

    @Test
    void aUrlIsAnAutolinkWithOnlyWhatWouldEndItPercentEncoded() {
        assertThat(CitationMarkdown.autolink("https://en.wikipedia.org/wiki/Khmeimim_Air_Base"))
                .isEqualTo("https://en.wikipedia.org/wiki/Khmeimim_Air_Base");
        assertThat(CitationMarkdown.autolink("https://x.example/a b<c>d(e)*f\\g"))
                .isEqualTo("https://x.example/a%20b%3Cc%3Ed(e)*f\\g");
        assertThat(linkedUrls("<" + CitationMarkdown.autolink("https://x.example/a_b*c(d)") + ">"))
                .containsExactly("https://x.example/a_b*c(d)");
    }

    @Test
    void onlyWebAddressesBecomeLinksAndTheTextAroundThemIsEscaped() {
        var hostile = new Reference("evil-1", "webpage", "Evil_Press", "[pwn](javascript:alert(2)) *x*", null,
                "javascript:alert(3)", LocalDate.of(2025, 11, 26), null);

        String entry = CitationMarkdown.entry(new CitationProcessor("chicago-author-date", List.of(hostile))
                .entries().get(0));

        assertThat(entry).startsWith("<a id=\"ref-evil-1\"></a>Evil\\_Press. 2025.")
                .contains("\\[Pwn\\](javascript:Alert(2)) \\*X\\*", "javascript:alert(3)");
        assertThat(linkedUrls(entry)).isEmpty();
    }

    @Test
    void eachSourceOfACitationLinksToItsEntryAndTheTextAroundItStaysText() {
        var citation = new Citation(List.of(new Citation.Part("(", null), new Citation.Part("Reuters 2025", "reuters-1"),
                new Citation.Part("; ", null), new Citation.Part("UNN [live] 2025", "ucdp-src:ab12"),
                new Citation.Part(", p. 2)", null)));

        assertThat(CitationMarkdown.citation(citation))
                .isEqualTo("([Reuters 2025](#ref-reuters-1); [UNN \\[live\\] 2025](#ref-ucdp-src:ab12), p. 2)");
        assertThat(CitationMarkdown.citation(Citation.unlinked("(Reuters 2025)"))).isEqualTo("(Reuters 2025)");
    }

    @Test
    void aNumericCitationLinksEachNumberAndTakesItsLocatorInsideTheBrackets() {
        var ieee = new CitationProcessor("ieee", CitationProcessorTest.SOURCES);

        Citation two = ieee.citation(List.of("isw-2025-11-21", "mt-2025-11-20"));

        assertThat(two.parts()).extracting(Citation.Part::text, Citation.Part::key).containsExactly(
                org.assertj.core.api.Assertions.tuple("[1]", "isw-2025-11-21"),
                org.assertj.core.api.Assertions.tuple(", ", null),
                org.assertj.core.api.Assertions.tuple("[2]", "mt-2025-11-20"));
        assertThat(CitationMarkdown.citation(ieee.citation(List.of("reuters-2025-11-24")).withLocator("p. 4")))
                .isEqualTo("[\\[3, p. 4\\]](#ref-reuters-2025-11-24)");
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isString() ? node.path(field).asString() : null;
    }

    private static LocalDate date(JsonNode node, String field) {
        return node.path(field).isString() ? LocalDate.parse(node.path(field).asString()) : null;
    }
}
