package dev.sitrep.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * An in-text citation as the style formats it, in parts: each part is either one source's own text, with
 * its key ("Reuters 2025"), or the text around and between them ("(", "; ", ")"), with none. The parts
 * let each source's text link to its bibliography entry, as pandoc's link-citations do.
 */
record Citation(List<Part> parts) {

    record Part(String text, String key) {
    }

    Citation {
        parts = List.copyOf(parts);
    }

    /** A citation whose sources' texts could not be told apart: one part, linked to nothing. */
    static Citation unlinked(String text) {
        return new Citation(List.of(new Part(text, null)));
    }

    String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The citation with a locator ("p. 2") before its closing bracket: "(Reuters 2025, p. 2)", "[1, p. 2]". */
    Citation withLocator(String locator) {
        if (locator.isEmpty() || parts.isEmpty()) {
            return this;
        }
        List<Part> located = new ArrayList<>(parts);
        Part last = located.get(located.size() - 1);
        located.set(located.size() - 1, new Part(last.text().replaceFirst("([)\\]])$",
                ", " + Matcher.quoteReplacement(locator) + "$1"), last.key()));
        return new Citation(located);
    }
}
