package dev.sitrep.render;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Puts outlets' names back as they are written. Styles title-case a container title, and CSL's title case
 * first lowercases a title written all in capitals, as a shouted headline would be: "TASS" becomes "Tass",
 * "SOHR" "Sohr", "AFP" "Afp". Sitrep's container title is the outlet that published the source, a proper
 * name, so its title-cased form is replaced by the name as the log holds it.
 */
final class OutletNames {

    /** By item id: the outlet's name as the style would case it, and as written; only where they differ. */
    private final Map<String, List<String>> recased = new HashMap<>();

    OutletNames(Map<String, CSLItemData> items) {
        items.forEach((id, item) -> {
            String written = item.getContainerTitle();
            String cased = written == null ? null : StringHelper.toTitleCase(written);
            if (cased != null && !cased.equals(written)) {
                recased.put(id, List.of(cased, written));
            }
        });
    }

    /**
     * The entry of {@code id} with its outlet's name as written. The name follows the title in every house
     * style, so its last occurrence is the one replaced; a title that happens to hold the same word is kept.
     */
    Element restore(String id, Element entry) {
        List<String> names = recased.get(id);
        if (names == null) {
            return entry;
        }
        List<TextNode> texts = allTextNodes(entry);
        for (int i = texts.size() - 1; i >= 0; i--) {
            String text = texts.get(i).getWholeText();
            int at = text.lastIndexOf(names.get(0));
            if (at >= 0) {
                texts.get(i).text(text.substring(0, at) + names.get(1) + text.substring(at + names.get(0).length()));
                break;
            }
        }
        return entry;
    }

    private static List<TextNode> allTextNodes(Element element) {
        List<TextNode> texts = new ArrayList<>();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            }
        });
        return texts;
    }
}
