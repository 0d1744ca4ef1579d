package dev.sitrep.core;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The one pass every piece of HTML made from user text goes through before anyone sees it: script-capable
 * elements removed, event-handler and style attributes dropped, every link or source that
 * {@link SafeLinks} does not allow removed (the text of a link stays), and the text made {@link VisibleText}
 * (no bidi override or other invisible character left to disguise it). Markdown is rendered with raw HTML
 * escaped first; this is the second wall, for whatever a renderer lets through.
 */
public final class SafeHtml {

    private static final List<String> LINK_ATTRIBUTES = List.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "background", "srcset", "data");
    private static final String ACTIVE = "script, iframe, frame, frameset, object, embed, applet, base, meta, link, "
            + "form, input, button, textarea, select, style, template, math, noscript";

    private SafeHtml() {
    }

    /** Cleans {@code root} and everything under it, in place. */
    public static void clean(Element root) {
        root.select(ACTIVE).remove();
        for (org.jsoup.nodes.TextNode text : allText(root)) {
            if (VisibleText.firstHidden(text.getWholeText()) >= 0) {
                text.text(VisibleText.of(text.getWholeText()));
            }
        }
        for (Element element : root.getAllElements()) {
            for (Attribute a : List.copyOf(element.attributes().asList())) {
                String name = a.getKey().toLowerCase(java.util.Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")
                        || (LINK_ATTRIBUTES.contains(name) && !SafeLinks.allowed(a.getValue()))) {
                    element.removeAttr(a.getKey());
                } else if (VisibleText.firstHidden(a.getValue()) >= 0) {
                    element.attr(a.getKey(), VisibleText.of(a.getValue()));
                }
            }
        }
    }

    private static List<org.jsoup.nodes.TextNode> allText(Element root) {
        List<org.jsoup.nodes.TextNode> texts = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t) {
                texts.add(t);
            }
        });
        return texts;
    }

    /** {@code html}, a fragment of a page, cleaned. */
    public static String cleanFragment(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        clean(doc.body());
        return doc.body().html();
    }
}
