package dev.sitrep.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens a CSL style for a set of items, or says which styles there are when it does not exist. */
final class CslStyles {

    private static final String LOCALE = "en-US";
    private static final List<String> HOUSE_STYLES = List.of("apa", "chicago-author-date", "harvard-cite-them-right", "ieee");

    private CslStyles() {
    }

    /** HTML output with URLs as {@code <a href>}, so that the writers can tell a URL from the text around it. */
    static CSL withLinks(CSL csl) {
        csl.setOutputFormat("html");
        csl.setConvertLinks(true);
        return csl;
    }

    static CSL open(String style, Map<String, CSLItemData> items) {
        if (!CSL.supportsStyle(style)) {
            throw new IllegalArgumentException(unknownStyle(style));
        }
        ItemDataProvider provider = new ItemDataProvider() {
            @Override
            public CSLItemData retrieveItem(String id) {
                return items.get(id);
            }

            @Override
            public Collection<String> getIds() {
                return items.keySet();
            }
        };
        try {
            return withLinks(new CSL(provider, style, LOCALE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load CSL style '" + style + "'", e);
        }
    }

    private static String unknownStyle(String style) {
        String message = "unknown CSL style '" + style + "'; selectable: " + String.join(", ", HOUSE_STYLES);
        try {
            Set<String> all = CSL.getSupportedStyles();
            String stem = style == null ? "" : style.split("-")[0];
            String similar = all.stream().filter(s -> !stem.isEmpty() && s.startsWith(stem)).sorted().limit(12)
                    .collect(Collectors.joining(", "));
            return message + ", or any of the " + all.size() + " styles of org.citationstyles:styles"
                    + (similar.isEmpty() ? "" : " (similar: " + similar + ")");
        } catch (IOException e) {
            return message;
        }
    }
}
