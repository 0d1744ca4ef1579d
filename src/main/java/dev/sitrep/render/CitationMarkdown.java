package dev.sitrep.render;

import dev.sitrep.core.MarkdownText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Citations and bibliography entries as Markdown that pandoc and GitHub read as the PDF shows them: the
 * text escaped as any text from the log is, each source's part of a citation a link to its entry
 * ({@code [Reuters 2025](#ref-reuters-1)}, as pandoc's link-citations write it), each entry opening with
 * that anchor ({@code <a id="ref-reuters-1"></a>}), and a URL as an autolink ({@code <https://...>}), in
 * which nothing is escaped, so that {@code en.wikipedia.org/wiki/Khmeimim_Air_Base} stays as it is.
 */
final class CitationMarkdown {

    // Placeholders that Markdown escaping leaves alone, replaced once the text around them is escaped.
    private static final String OPEN = "\uE000";
    private static final String MIDDLE = "\uE001";
    private static final String CLOSE = "\uE002";
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+)" + MIDDLE + "(.*?)" + CLOSE, Pattern.DOTALL);
    private static final Pattern WEB = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern NOT_IN_AN_ANCHOR = Pattern.compile("[^A-Za-z0-9._:-]");

    private CitationMarkdown() {
    }

    /** The id of a source's bibliography entry, which its citations link to. */
    static String anchor(String key) {
        return "ref-" + NOT_IN_AN_ANCHOR.matcher(key).replaceAll("-");
    }

    static String citation(Citation citation) {
        StringBuilder marked = new StringBuilder();
        List<String> targets = new ArrayList<>();
        for (Citation.Part part : citation.parts()) {
            if (part.key() == null) {
                marked.append(part.text());
            } else {
                marked.append(OPEN).append(targets.size()).append(MIDDLE).append(part.text()).append(CLOSE);
                targets.add("#" + anchor(part.key()));
            }
        }
        return replace(MarkdownText.escape(marked.toString()), m -> "[" + m.group(2) + "](" + targets.get(
                Integer.parseInt(m.group(1))) + ")");
    }

    static String entry(CitationProcessor.Entry entry) {
        Element body = Jsoup.parseBodyFragment(entry.html()).body();
        List<String> urls = new ArrayList<>();
        for (Element link : body.select("a[href]")) {
            String url = link.attr("href");
            if (WEB.matcher(url).matches() && link.text().equals(url)) {
                link.replaceWith(new TextNode(OPEN + urls.size() + MIDDLE + CLOSE));
                urls.add(url);
            } else {
                // Only web addresses are links: a mailto: or a bare "www." stays text, as any other.
                link.replaceWith(new TextNode(link.text()));
            }
        }
        String markdown = replace(MarkdownText.escape(body.text()), m -> "<" + autolink(urls.get(
                Integer.parseInt(m.group(1)))) + ">");
        return entry.key() == null ? markdown : "<a id=\"" + anchor(entry.key()) + "\"></a>" + markdown;
    }

    /**
     * A URL as an autolink holds it: CommonMark ends an autolink at a space, "<" or ">" and reads no escapes
     * in it, so those (and control characters) are percent-encoded and nothing else is touched.
     */
    static String autolink(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '<' || c == '>') {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String replace(String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
        }
        return m.appendTail(out).toString();
    }
}
