package dev.sitrep.render;

import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells each source's own text in a formatted citation from the text around it. citeproc formats a
 * citation as one string; asked again with each item between invisible markers (private-use characters,
 * as the item's prefix and suffix, which CSL places around the item's own text), it shows where each
 * source's text is. When the marked citation, markers removed, is not the plain one to the character
 * (punctuation merged differently at a marker), the citation is kept whole and unlinked.
 */
final class CitationParts {

    private static final String OPEN = "\uE000";
    private static final String KEY_END = "\uE001";
    private static final String CLOSE = "\uE002";
    private static final Pattern MARKED = Pattern.compile(OPEN + "(\\d+)" + KEY_END + "(.*?)" + CLOSE, Pattern.DOTALL);

    private CitationParts() {
    }

    /** The citation of {@code keys} with the n-th item's text between markers naming n. */
    static CSLCitation marked(List<String> keys) {
        CSLCitationItem[] items = new CSLCitationItem[keys.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = new CSLCitationItemBuilder(keys.get(i)).prefix(OPEN + i + KEY_END).suffix(CLOSE).build();
        }
        return new CSLCitation(items);
    }

    /** The parts of {@code text}, the plain citation, found in {@code markedHtml}, the marked one. */
    static Citation of(List<String> keys, String text, String markedHtml) {
        String marked = CitationProcessor.plainText(markedHtml);
        List<Citation.Part> parts = new ArrayList<>();
        Matcher item = MARKED.matcher(marked);
        int at = 0;
        while (item.find()) {
            if (item.start() > at) {
                parts.add(new Citation.Part(marked.substring(at, item.start()), null));
            }
            parts.add(new Citation.Part(item.group(2), keys.get(Integer.parseInt(item.group(1)))));
            at = item.end();
        }
        if (at < marked.length()) {
            parts.add(new Citation.Part(marked.substring(at), null));
        }
        Citation citation = new Citation(parts);
        boolean clean = citation.text().equals(text) && parts.stream().noneMatch(p -> p.text().matches(
                "(?s).*[" + OPEN + KEY_END + CLOSE + "].*"));
        return clean ? citation : Citation.unlinked(text);
    }
}
