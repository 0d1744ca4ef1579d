package dev.sitrep.render;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The links of the edition in its HTML, for the PDF: the bibliography entries' anchors, which the
 * citations link to ({@code <a id="ref-..."></a>}, the one piece of raw HTML the Markdown may carry; any
 * other is escaped), web addresses in ASCII, as a PDF link annotation's URI must be, and no line broken
 * between a link and the punctuation around it.
 */
final class HtmlLinks {

    private static final Pattern ANCHOR = Pattern.compile("<a id=\"ref-[A-Za-z0-9._:-]+\">");
    private static final Pattern WEB = Pattern.compile("(?i)https?://.*", Pattern.DOTALL);

    private HtmlLinks() {
    }

    /** Renders an entry's anchor, the opening tag and its closing one, as HTML; everything else as before. */
    static final NodeRendererFactory ANCHORS = options -> new NodeRenderer() {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(HtmlInline.class, HtmlLinks::render));
        }
    };

    private static void render(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
        if (opensAnchor(node) && closes(node.getNext())) {
            html.raw(node.getChars());
        } else if (closes(node) && opensAnchor(node.getPrevious())) {
            html.raw("</a>");
        } else {
            context.delegateRender();
        }
    }

    private static boolean opensAnchor(Node node) {
        return node instanceof HtmlInline && ANCHOR.matcher(node.getChars()).matches();
    }

    private static boolean closes(Node node) {
        return node instanceof HtmlInline && node.getChars().toString().equals("</a>");
    }

    /**
     * An empty anchor is no place to jump to: its id moves to the list item or paragraph it opens, so that a
     * citation's link lands on the whole entry. Web addresses are percent-encoded where they are not ASCII.
     */
    static void settle(Document doc) {
        for (Element anchor : doc.select("a[id^=ref-]:not([href])")) {
            Element parent = anchor.parent();
            if (anchor.childNodeSize() == 0 && parent != null && parent.id().isEmpty()
                    && (parent.nameIs("li") || parent.nameIs("p"))) {
                parent.id(anchor.id());
                anchor.remove();
            }
        }
        for (Element link : doc.select("a[href]")) {
            String href = link.attr("href");
            if (WEB.matcher(href).matches()) {
                link.attr("href", ascii(href));
            }
            glue(link);
        }
    }

    private static final Pattern LEADING_WORD = Pattern.compile("^\\S+");
    private static final Pattern TRAILING_WORD = Pattern.compile("\\S+$");

    /**
     * Takes into a link the characters that touch it, "(" before and ")," after: openhtmltopdf breaks a line
     * at an inline element's edge even where no space is (its issue 39), which left "(Three Corporate,
     * n.d." on one line and ")," alone on the next. A browser never breaks there; inside one element,
     * openhtmltopdf does not either.
     */
    private static void glue(Element link) {
        if (link.previousSibling() instanceof TextNode before) {
            Matcher word = TRAILING_WORD.matcher(before.getWholeText());
            if (word.find()) {
                link.prependChild(new TextNode(word.group()));
                before.text(before.getWholeText().substring(0, word.start()));
            }
        }
        if (link.nextSibling() instanceof TextNode after) {
            Matcher word = LEADING_WORD.matcher(after.getWholeText());
            if (word.find()) {
                link.appendChild(new TextNode(word.group()));
                after.text(after.getWholeText().substring(word.end()));
            }
        }
    }

    private static String ascii(String url) {
        StringBuilder out = new StringBuilder(url.length());
        url.codePoints().forEach(c -> {
            if (c > 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xff));
                }
            }
        });
        return out.toString();
    }
}
