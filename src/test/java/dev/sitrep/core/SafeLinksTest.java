package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SafeLinksTest {

    /** Vectors tried against such filters: case, hidden characters, entities (decoded before us), other schemes. */
    static final List<String> REFUSED = List.of("javascript:alert(1)", "JavaScript:alert(document.cookie)",
            "JAVASCRIPT:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
            "java\u0000script:alert(1)", "\u0001javascript:alert(1)", "jav\u007fascript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "DATA:image/svg+xml;base64,PHN2Zz4=", "vbscript:msgbox(1)",
            "file:///etc/passwd", "FILE:///c:/windows/win.ini", "livescript:x", "ms-its:x", "ftp://example.org/a",
            "\\\\evil.example\\share", "/\\evil.example", "blob:https://example.org/x", "a:b");
    static final List<String> ALLOWED = List.of("https://example.org/a_b?c=d#e", "http://example.org",
            "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org", "#ref-sohr-2018", "/archive/syria-weekly",
            "syria-weekly-2025-W48-v1.pdf", "chart.svg", "../files/x.csv", "?page=2", "/a:b", "#a:b", "");

    @Test
    void onlyWebPagesEmailAddressesAndRelativeLinksAreAllowedWhateverTheCaseOrHiddenCharacters() {
        assertThat(REFUSED).allSatisfy(url -> assertThat(SafeLinks.allowed(url)).as(url).isFalse());
        assertThat(ALLOWED).allSatisfy(url -> assertThat(SafeLinks.allowed(url)).as(url).isTrue());
    }

    @Test
    void theCleanerRemovesEveryRefusedLinkEventHandlerAndActiveElementAndKeepsTheText() {
        StringBuilder html = new StringBuilder("<p>");
        for (String url : REFUSED) {
            html.append("<a href=\"").append(url.replace("\"", "&quot;")).append("\">link</a> ");
        }
        // Entities are decoded before a browser reads the scheme: "&#106;avascript:" is "javascript:".
        html.append("<a href=\"&#106;avascript:alert(1)\">entity</a> <a href=\"&#x6A;ava&#x09;script:x\">hex</a> ")
                .append("<img src=x onerror=alert(1)> <svg><a xlink:href=\"javascript:alert(1)\">svg</a></svg>")
                .append("<a href=\"https://example.org\" onclick=\"alert(1)\" style=\"x\">ok</a>")
                .append("<script>alert(1)</script><iframe src=\"https://example.org\"></iframe>")
                .append("<form action=\"javascript:x\"><button formaction=\"javascript:x\">b</button></form></p>");

        String cleaned = SafeHtml.cleanFragment(html.toString());

        Document doc = Jsoup.parseBodyFragment(cleaned);
        assertThat(doc.select("[href], [src], [xlink:href], [action], [formaction]")).allSatisfy(e -> {
            for (String attribute : List.of("href", "src", "xlink:href", "action", "formaction")) {
                assertThat(SafeLinks.allowed(e.attr(attribute))).as(e.outerHtml()).isTrue();
            }
        });
        assertThat(doc.select("script, iframe, form, button")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("style")));
        assertThat(doc.select("a[href]")).singleElement().extracting(e -> e.attr("href")).isEqualTo("https://example.org");
        assertThat(doc.text()).contains("link", "entity", "hex", "svg", "ok");
    }
}
