package dev.sitrep.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import dev.sitrep.core.JudgmentMarkdown;
import dev.sitrep.core.SafeHtml;
import dev.sitrep.core.VisibleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Turns the edition's Markdown into the XHTML that openhtmltopdf lays out: one stylesheet, a running
 * header, and a PDF outline (openhtmltopdf's {@code <bookmarks>}) from the h1-h3 headings.
 * Markdown is partly analyst prose, so raw HTML in it is escaped and the result goes through {@link SafeHtml}.
 */
final class HtmlDocument {

    static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, JudgmentMarkdown.EDITION_EXTENSIONS)
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.GENERATE_HEADER_ID, true)
            .set(HtmlRenderer.RENDER_HEADER_ID, true)
            .toImmutable();
    /**
     * Rules every document gets before its template's stylesheet: a word or an address longer than the line
     * (a URL, a 3,000-letter "word" in an event's summary) is broken where it meets the edge instead of running
     * off the page, in the text and the lists; table cells get break opportunities instead ({@link LongWords}).
     * openhtmltopdf knows {@code word-wrap}, not yet its newer name {@code overflow-wrap}.
     */
    static final String FLOOR_CSS = "html, body, p, li, dd, dt, blockquote, a, code, pre, h1, h2, h3, h4, h5, h6 "
            + "{ word-wrap: break-word; }\ntd, th { word-wrap: normal; }\n";
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).nodeRendererFactory(HtmlLinks.ANCHORS)
            .build();

    private HtmlDocument() {
    }

    /** A complete, well-formed XHTML document (only XML's own entities) for {@link PdfWriter}. */
    static String fromMarkdown(String markdown, String css, String title, String runningHeader) {
        return fromMarkdown(markdown, css, title, runningHeader, java.util.Map.of());
    }

    /**
     * As above; an image whose source is one of {@code charts} (file name to SVG, drawn by Sitrep) is
     * replaced by that SVG inline, so the chart is vector in the PDF and nothing is fetched.
     */
    static String fromMarkdown(String markdown, String css, String title, String runningHeader,
                               java.util.Map<String, String> charts) {
        String body = RENDERER.render(PARSER.parse(VisibleText.of(markdown)));
        Document doc = Jsoup.parse("<!DOCTYPE html><html><head></head><body></body></html>");
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        doc.selectFirst("html").attr("xmlns", XHTML_NAMESPACE).attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "UTF-8");
        doc.head().appendElement("title").text(VisibleText.of(title));
        doc.head().appendElement("style").appendChild(new DataNode(FLOOR_CSS + css));
        doc.body().appendElement("div").addClass("running-header").text(VisibleText.of(runningHeader));
        doc.body().append(body);
        // The Markdown is partly analysts' prose: cleaned before Sitrep's own charts go in.
        SafeHtml.clean(doc.body());
        LongWords.breakInCells(doc.body());
        inlineCharts(doc, charts);
        dropExternalMedia(doc);
        HtmlLinks.settle(doc);
        addContents(doc);
        // Added through the DOM, not parsed: jsoup's HTML parser would move an unknown head element into the body.
        addBookmarks(doc);
        return doc.outerHtml();
    }

    private static void inlineCharts(Document doc, java.util.Map<String, String> charts) {
        for (Element img : doc.select("img[src]")) {
            String svg = charts.get(img.attr("src"));
            if (svg != null) {
                // Parsed as XML, not HTML: SVG's attribute names are case-sensitive (viewBox).
                Document chart = Jsoup.parse(svg.substring(svg.indexOf("<svg")), "",
                        org.jsoup.parser.Parser.xmlParser());
                Element root = chart.selectFirst("svg");
                root.attr("role", "img").attr("aria-label", img.attr("alt"));
                Element figure = new Element("div").addClass("chart");
                figure.appendChild(root);
                img.replaceWith(figure);
            }
        }
    }

    private static void dropExternalMedia(Document doc) {
        // External media would be fetched while laying out the PDF; an image keeps its alt text.
        for (Element img : doc.select("img")) {
            img.replaceWith(new org.jsoup.nodes.TextNode(img.attr("alt")));
        }
        doc.select("link, video, audio, source, picture").remove();
    }

    /**
     * A table of contents of the second-level sections, placed after the first of them (the key
     * judgments, which open the edition as its cover): each entry links to its heading, and the
     * stylesheet may print its page with {@code target-counter(attr(href), page)}.
     */
    private static void addContents(Document doc) {
        List<Element> sections = doc.body().select("h2[id]");
        if (sections.size() < 3) {
            return;
        }
        Element nav = new Element("nav").addClass("toc");
        nav.appendElement("p").addClass("toc-title").text("Contents");
        Element list = nav.appendElement("ul");
        for (Element h : sections) {
            list.appendElement("li").appendElement("a").attr("href", "#" + h.id()).text(h.text());
        }
        sections.get(1).before(nav);
    }

    private static void addBookmarks(Document doc) {
        Element root = doc.head().appendElement("bookmarks");
        // Nest h2 under the h1 before it and h3 under the h2 before it, as a reader expects an outline.
        Deque<Element> open = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (Element heading : doc.body().select("h1[id], h2[id], h3[id]")) {
            int level = heading.tagName().charAt(1) - '0';
            while (!levels.isEmpty() && levels.peek() >= level) {
                levels.pop();
                open.pop();
            }
            Element parent = open.isEmpty() ? root : open.peek();
            Element bookmark = parent.appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            open.push(bookmark);
            levels.push(level);
        }
        if (root.childrenSize() == 0) {
            root.remove();
        }
    }
}
