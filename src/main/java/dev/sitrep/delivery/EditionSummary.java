package dev.sitrep.delivery;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * What an e-mail says of a version, read from its own Markdown: the title (the first "# " heading) and
 * the numbered items under "## Key judgments". Read from the published file rather than the job's
 * settings so that a re-send months later says what the version said. A version without the section
 * yields no judgments, never an error.
 */
record EditionSummary(String title, List<String> judgmentsText, String judgmentsHtml) {

    private static final MutableDataSet OPTIONS = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML, true);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

    static EditionSummary of(String markdown, String fallbackTitle) {
        Document doc = PARSER.parse(markdown);
        String title = fallbackTitle;
        OrderedList judgments = null;
        for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 1 && title.equals(fallbackTitle)) {
                title = text(h);
            }
            if (n instanceof Heading h && h.getLevel() == 2 && text(h).equalsIgnoreCase("Key judgments")) {
                judgments = firstListAfter(h);
            }
        }
        if (judgments == null) {
            return new EditionSummary(title, List.of(), "");
        }
        List<String> items = new ArrayList<>();
        for (Node item = judgments.getFirstChild(); item != null; item = item.getNext()) {
            items.add(text(item));
        }
        return new EditionSummary(title, items, dev.sitrep.core.SafeHtml.cleanFragment(HTML.render(judgments)));
    }

    private static OrderedList firstListAfter(Heading heading) {
        for (Node n = heading.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
            if (n instanceof OrderedList list) {
                return list;
            }
        }
        return null;
    }

    private static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
    }
}
