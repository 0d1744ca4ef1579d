package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlDocumentTest {

    static final String CSS = "body { font-family: 'DejaVu Sans'; } td > p { margin: 0; } /* a & b */";

    static Document render(String markdown) {
        String xhtml = HtmlDocument.fromMarkdown(markdown, CSS, "Syria <weekly>", "Syria weekly · 2025-W48 & v1");
        // As XML: the output must be well-formed XHTML, which is what openhtmltopdf needs.
        return Jsoup.parse(xhtml, "", Parser.xmlParser());
    }

    @Test
    void rawHtmlInTheMarkdownComesOutAsText() {
        Document doc = render("Before\n\n<script>alert(1)</script>\n\nInline <img src=x onerror=alert(2)> too.\n");

        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.body().text()).contains("<script>alert(1)</script>").contains("<img src=x onerror=alert(2)>");
    }

    @Test
    void scriptCapableLinksAreInert() {
        Document doc = render("[x](javascript:alert(1)) [y](JavaScript:alert(2)) [z](data:text/html;base64,PHNjcmlwdD4=)"
                + " [v](vbscript:msgbox) <javascript:alert(3)> [r][ref] [ok](https://example.org/?a=1&b=2)"
                + " [f](file:///etc/passwd) [F](FILE:///c:/boot.ini) [b](\\\\evil.example\\share)\n\n"
                + "[ref]: javascript:alert(4)\n");

        assertThat(doc.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://example.org/?a=1&b=2");
        assertThat(doc.outerHtml()).doesNotContainIgnoringCase("javascript:alert(1)\"");
        assertThat(doc.body().text()).contains("x").contains("y").contains("ok");
    }

    @Test
    void aBibliographyEntrysAnchorIsTheOneRawHtmlKeptAndItsIdMovesToTheEntry() {
        Document doc = render("See ([Reuters 2025](#ref-reuters-1)).\n\n- <a id=\"ref-reuters-1\"></a>Reuters. 2025. "
                + "<https://www.reuters.com/x>.\n- <a id=\"ref-x\" onclick=\"alert(1)\"></a>Other <a id=\"ref-y\">"
                + "held</a> <a href=\"https://evil.example\"></a>\n");

        assertThat(doc.select("li").get(0).id()).isEqualTo("ref-reuters-1");
        assertThat(doc.select("li").get(0).select("a[id]")).isEmpty();
        assertThat(doc.select("a[href=#ref-reuters-1]")).extracting(Element::text).containsExactly("(Reuters 2025).");
        assertThat(doc.select("[onclick], a[href=https://evil.example], #ref-y")).isEmpty();
        assertThat(doc.select("li").get(1).id()).isEmpty();
        assertThat(doc.select("li").get(1).text()).contains("<a id=\"ref-x\" onclick=\"alert(1)\"></a>Other",
                "<a id=\"ref-y\">held</a>");
    }

    @Test
    void theCharactersTouchingALinkGoIntoItSoThatNoLineBreaksBetweenThem() {
        Document doc = render("Convoys ([Three Corporate, n.d.](#ref-t); [UNN 2025](#ref-u)), and more. See "
                + "<https://example.org/a>.\n");

        assertThat(doc.select("a[href]")).extracting(Element::text)
                .containsExactly("(Three Corporate, n.d.;", "UNN 2025),", "https://example.org/a.");
        assertThat(doc.body().text()).contains("Convoys (Three Corporate, n.d.; UNN 2025), and more. See "
                + "https://example.org/a.");
    }

    @Test
    void aWebAddressIsLinkedInAsciiAsAPdfLinkMustBe() {
        Document doc = render("<https://ar.example/خبر_1?q=a%20b>\n");

        assertThat(doc.select("a[href]")).singleElement().satisfies(a -> {
            assertThat(a.attr("href")).isEqualTo("https://ar.example/%D8%AE%D8%A8%D8%B1_1?q=a%20b");
            assertThat(a.text()).isEqualTo("https://ar.example/خبر_1?q=a%20b");
        });
    }

    @Test
    void aTableRendersAsATable() {
        Document doc = render("| Type | Count |\n|---|---:|\n| Battles | 12 |\n");

        assertThat(doc.select("table th")).extracting(Element::text).containsExactly("Type", "Count");
        assertThat(doc.select("table td")).extracting(Element::text).containsExactly("Battles", "12");
    }

    @Test
    void headingsBecomeNestedBookmarksPointingAtTheirIds() {
        Document doc = render("# Syria weekly\n\n## Key judgments\n\n### Ḥmeimim\n\n## Outlook\n\n#### Too deep\n");

        Element bookmarks = doc.selectFirst("html > head > bookmarks");
        assertThat(bookmarks).isNotNull();
        Element top = bookmarks.child(0);
        assertThat(top.attr("name")).isEqualTo("Syria weekly");
        assertThat(top.children()).extracting(b -> b.attr("name")).containsExactly("Key judgments", "Outlook");
        assertThat(top.child(0).child(0).attr("name")).isEqualTo("Ḥmeimim");
        assertThat(doc.select("bookmark")).hasSize(4)
                .allSatisfy(b -> assertThat(doc.getElementById(b.attr("href").substring(1))).isNotNull());
    }

    @Test
    void aTableOfContentsOfTheSectionsFollowsTheFirstOneTheCover() {
        Document doc = render("# Syria weekly\n\n## Key judgments\n\nOne.\n\n## Context\n\n### Detail\n\n"
                + "## Prognosis\n\nTwo.\n");

        Element toc = doc.selectFirst("nav.toc");
        assertThat(toc).isNotNull();
        assertThat(toc.select("a")).extracting(Element::text).containsExactly("Key judgments", "Context", "Prognosis");
        assertThat(toc.select("a")).allSatisfy(a ->
                assertThat(doc.getElementById(a.attr("href").substring(1))).isNotNull());
        assertThat(toc.previousElementSibling().text()).isEqualTo("One.");
        assertThat(toc.nextElementSibling().text()).isEqualTo("Context");
        assertThat(render("# Short\n\n## Only\n\n## Two\n").select("nav.toc")).isEmpty();
    }

    @Test
    void theHeadCarriesTitleAndStyleAndTheBodyStartsWithTheRunningHeader() {
        Document doc = render("Text with a footnote[^1].\n\n[^1]: Source: Reuters.\n");

        assertThat(doc.selectFirst("head > title").text()).isEqualTo("Syria <weekly>");
        assertThat(doc.selectFirst("head > style").data()).contains("td > p").contains("/* a & b */");
        Element header = doc.body().child(0);
        assertThat(header.className()).isEqualTo("running-header");
        assertThat(header.text()).isEqualTo("Syria weekly · 2025-W48 & v1");
        assertThat(doc.select(".footnotes li").text()).contains("Source: Reuters.");
    }

    @Test
    void theXhtmlHasNoNamedEntitiesOpenhtmltopdfWouldReject() {
        String xhtml = HtmlDocument.fromMarkdown("A&nbsp;B &copy; &mdash; <b>", "p { margin: 0; }", "t", "h");

        assertThat(xhtml.replaceAll("&(amp|lt|gt|quot|apos|#x?[0-9a-fA-F]+);", "")).doesNotContain("&");
        assertThat(xhtml).contains("A&#xa0;B © — &lt;b&gt;");
        assertThat(xhtml).startsWith("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"");
    }
}
