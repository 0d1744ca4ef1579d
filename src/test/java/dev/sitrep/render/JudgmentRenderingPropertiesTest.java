package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sitrep.core.JudgmentMarkdown;
import dev.sitrep.core.SafeLinks;
import dev.sitrep.testing.RandomInputs;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Random, hostile analyst prose (and event summaries) rendered into a whole edition: the Markdown, and the
 * HTML the PDF is laid out from, never fail, never carry anything active, never a bidi control, and never
 * change the structure after the text: the next key judgment and the next passage are still their own blocks.
 */
class JudgmentRenderingPropertiesTest {

    private static final long SEED = 21_2025L;
    private static final Set<String> BIDI = Set.of("\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
            "\u2067", "\u2068", "\u2069");
    /** What the edition's own Markdown and its HTML are made of; anything else came from user text. */
    private static final Set<String> TAGS = Set.of("#root", "html", "head", "meta", "title", "style", "body", "bookmarks",
            "bookmark", "div", "nav", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "a", "strong", "em", "code",
            "pre", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "hr", "br", "sup");
    /** Markdown read as a careless viewer would: raw HTML passed through, as GitHub's or pandoc's unsanitised. */
    private static final MutableDataSet PERMISSIVE = new MutableDataSet().set(Parser.EXTENSIONS,
            JudgmentMarkdown.EDITION_EXTENSIONS);
    private static final java.util.regex.Pattern OWN_CHART =
            java.util.regex.Pattern.compile("(chart|map)-[a-z0-9-]+\\.svg");
    private static final String BASELINE = markdownAround("Plain prose.", "Convoy.");

    private static String markdownAround(String text, String summary) {
        return new EditionRenderer().markdown(JudgmentEditions.around(text, summary), JudgmentEditions.request())
                .markdown();
    }

    /** Lines that open a Markdown block: each could end a numbered item or a passage early. */
    private static final List<String> BLOCK_STARTS = List.of("", "", "# ", "## ", "> ", "- ", "* ", "1. ", "2) ",
            "```", "~~~", "    ", "\t", "| a | b |\n|---|---|\n| ", "---", "***", "===", "[TOC]", "[r]: https://x.example",
            "[^1]: ", "<div>", "<!-- ", "&#60;script>", "[x]: javascript:alert(1)");

    /** Random lines of hostile text, some opening a block, separated by line breaks or blank lines. */
    private static String prose(RandomInputs r) {
        StringBuilder text = new StringBuilder(r.text(6));
        for (int lines = r.between(0, 5); lines > 0; lines--) {
            text.append(r.chance(0.5) ? "\n\n" : "\n").append(r.pick(BLOCK_STARTS)).append(r.text(6));
        }
        return text.toString();
    }

    private static List<String> headings(Document doc) {
        return doc.select("h1, h2, h3, h4, h5, h6").eachText();
    }

    @Test
    void randomProseNeverBreaksTheEditionNorCarriesAnythingActiveOrHidden() {
        Document baseline = Jsoup.parse(HtmlDocument.fromMarkdown(BASELINE, "", "t", "h"));
        RandomInputs.forAll(SEED, 40, JudgmentRenderingPropertiesTest::prose, RandomInputs::shrinkText, text -> {
            String md = markdownAround(text, "Convoy.");
            assertThat(BIDI).noneMatch(md::contains);

            Document permissive = Jsoup.parse(HtmlRenderer.builder(PERMISSIVE).build()
                    .render(Parser.builder(PERMISSIVE).build().parse(md)));
            assertInert(permissive);

            Document pdfHtml = Jsoup.parse(HtmlDocument.fromMarkdown(md, "", "t", "h"));
            assertInert(pdfHtml);
            assertThat(pdfHtml.getAllElements()).extracting(Element::tagName).allMatch(TAGS::contains);
            assertThat(BIDI).noneMatch(pdfHtml.outerHtml()::contains);

            assertThat(headings(pdfHtml)).isEqualTo(headings(baseline));
            Element keyJudgments = pdfHtml.selectFirst("h2:containsOwn(Key judgments) ~ ol");
            assertThat(keyJudgments.child(1).text())
                    .isEqualTo("Second. " + JudgmentEditions.SECOND + " (Confidence: high.)");
            assertThat(keyJudgments.children()).hasSize(baseline.selectFirst("h2:containsOwn(Key judgments) ~ ol")
                    .childrenSize());
            assertThat(pdfHtml.selectFirst("h3:containsOwn(Ctx two)").nextElementSibling().text())
                    .isEqualTo(JudgmentEditions.AFTER_CONTEXT + " (Confidence: moderate.)");
        });
    }

    @Test
    void randomEventSummariesNeverCarryAnythingActiveOrHiddenIntoTheEdition() {
        RandomInputs.forAll(SEED + 1, 25, r -> r.text(12), RandomInputs::shrinkText, summary -> {
            String md = markdownAround("Plain prose.", summary.isBlank() ? "x" : summary);
            assertThat(BIDI).noneMatch(md::contains);
            Document permissive = Jsoup.parse(HtmlRenderer.builder(PERMISSIVE).build()
                    .render(Parser.builder(PERMISSIVE).build().parse(md)));
            assertInert(permissive);
            Document pdfHtml = Jsoup.parse(HtmlDocument.fromMarkdown(md, "", "t", "h"));
            assertInert(pdfHtml);
            assertThat(headings(pdfHtml)).isEqualTo(headings(Jsoup.parse(HtmlDocument.fromMarkdown(BASELINE, "",
                    "t", "h"))));
        });
    }

    private static void assertInert(Document doc) {
        assertThat(doc.select("script, iframe, object, embed, svg, form, input, style:not(head > style), "
                + "link, meta:not(head > meta), base")).isEmpty();
        // The only images are the edition's own charts, files beside it.
        assertThat(doc.select("img")).extracting(i -> i.attr("src")).allMatch(OWN_CHART.asMatchPredicate());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute of <%s>", e.tagName()).doesNotStartWithIgnoringCase("on");
                if (List.of("href", "src", "action", "formaction", "xlink:href").contains(a.getKey())) {
                    assertThat(SafeLinks.allowed(a.getValue())).as("%s=\"%s\"", a.getKey(), a.getValue()).isTrue();
                }
            }
        }
    }
}
