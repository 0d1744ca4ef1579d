package dev.sitrep.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.helper.json.MapJsonBuilderFactory;
import de.undercouch.citeproc.output.Bibliography;
import dev.sitrep.assessment.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Formats in-text citations and the bibliography of one edition in a CSL style, and exports the
 * sources as CSL-JSON. Every source is registered up front, sorted by key, so numbering (ieee) and
 * disambiguation do not depend on the order in which the document happens to cite.
 * Not thread-safe: one instance per rendering.
 */
final class CitationProcessor {

    private final SortedMap<String, CSLItemData> sources;
    /** What citeproc sees: the sources, some with a year suffix. */
    private final SortedMap<String, CSLItemData> items;
    private final CSL csl;
    private final OutletNames outlets;
    /** Citations already formatted, by their keys: the same keys always format the same. */
    private final Map<List<String>, Citation> formatted = new HashMap<>();
    /** Keys cited since the last restart: citing one again would render it as a subsequent citation. */
    private final Set<String> citedSinceRestart = new HashSet<>();

    CitationProcessor(String cslStyle, List<Reference> references) {
        this.sources = CslItems.from(references);
        this.items = new TreeMap<>(sources);
        this.csl = CslStyles.open(cslStyle, items);
        this.outlets = new OutletNames(sources);
        addYearSuffixes();
    }

    /** The in-text citation for the keys, e.g. "(Reuters 2025; The Moscow Times 2025)" or "[1], [2]". */
    String cite(List<String> keys) {
        return citation(keys).text();
    }

    /** As {@link #cite}, in parts that tell each source's own text ("Reuters 2025") from the text around it. */
    Citation citation(List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a citation needs at least one key");
        }
        for (String key : keys) {
            if (!items.containsKey(key)) {
                throw new IllegalArgumentException("unknown reference key '" + key + "'; known keys: " + items.keySet());
            }
        }
        Citation done = formatted.get(keys);
        if (done != null) {
            return done;
        }
        // Every citation must render as a first citation, so that its text never depends on the
        // citations before it. A citation of keys not cited since the last restart is one already;
        // restarting (re-registering every source, O(sources)) only when a key repeats keeps a
        // 200-source edition from costing 200 restarts.
        if (keys.stream().anyMatch(citedSinceRestart::contains)) {
            restart();
        }
        citedSinceRestart.addAll(keys);
        String text = plainText(last(csl.makeCitation(keys)));
        Citation citation = CitationParts.of(keys, text, last(csl.makeCitation(CitationParts.marked(keys))));
        formatted.put(List.copyOf(keys), citation);
        return citation;
    }

    /** One bibliography entry: its source's key, and the entry as the style's HTML (links and italics). */
    record Entry(String key, String html) {

        String text() {
            return plainText(html);
        }
    }

    /** The bibliography entries as plain text, in the style's order, one per source. */
    List<String> bibliography() {
        return entries().stream().map(Entry::text).toList();
    }

    /** The bibliography entries in the style's order, one per source, each with its key. */
    List<Entry> entries() {
        // Every source is registered and none has changed since: the entries do not depend on which
        // citations came before, so no restart (each one re-registers every source).
        // citeproc-java 3.5 leaves a bibliography's entry ids unset; its filter is asked of every item in
        // the bibliography's order, which names the entries (unless an entry came out empty and was left out).
        List<String> ids = new ArrayList<>();
        Bibliography bibliography = csl.makeBibliography(item -> ids.add(item.getId()));
        String[] html = bibliography.getEntries();
        List<Entry> entries = new ArrayList<>(html.length);
        for (int i = 0; i < html.length; i++) {
            String key = ids.size() == html.length ? ids.get(i) : null;
            Element body = Jsoup.parseBodyFragment(html[i]).body();
            entries.add(new Entry(key, (key == null ? body : outlets.restore(key, body)).html()));
        }
        return entries;
    }

    /** The sources as a pretty-printed CSL-JSON array sorted by id: the same sources give the same bytes. */
    String cslJson() {
        List<Object> json = new ArrayList<>();
        for (CSLItemData item : sources.values()) {
            json.add(item.toJson(new MapJsonBuilderFactory().createJsonBuilder()));
        }
        return CslJsonWriter.write(json);
    }

    // citeproc-java does not disambiguate (its issue #336): two Reuters stories of 2025 would both
    // cite as "(Reuters 2025)". Sources whose citations collide get year suffixes a, b, ... in
    // bibliography order, as CSL's disambiguate-add-year-suffix asks. Numeric styles never collide.
    private void addYearSuffixes() {
        Map<String, List<String>> keysByCitation = new LinkedHashMap<>();
        for (String key : bibliographyOrder()) {
            keysByCitation.computeIfAbsent(cite(List.of(key)), c -> new ArrayList<>()).add(key);
        }
        boolean suffixed = false;
        for (List<String> keys : keysByCitation.values()) {
            for (int i = 0; keys.size() > 1 && i < keys.size(); i++) {
                items.put(keys.get(i), new CSLItemDataBuilder(sources.get(keys.get(i))).yearSuffix(suffix(i)).build());
                suffixed = true;
            }
        }
        if (suffixed) {
            // The citations formatted before the suffixes are stale, and citeproc holds the old items.
            formatted.clear();
            restart();
        }
    }

    private List<String> bibliographyOrder() {
        restart();
        String[] ids = csl.makeBibliography().getEntryIds();
        return ids == null || ids.length != items.size() ? List.copyOf(items.keySet()) : List.of(ids);
    }

    static String suffix(int i) {
        return i < 26 ? String.valueOf((char) ('a' + i)) : suffix(i / 26 - 1) + (char) ('a' + i % 26);
    }

    private void restart() {
        csl.reset();
        // reset() also goes back to plain HTML without links.
        CslStyles.withLinks(csl);
        csl.registerCitationItems(items.keySet());
        citedSinceRestart.clear();
    }

    // The html output keeps the parts of a second-field-aligned entry ("[1]" and the text) in
    // separate blocks; jsoup joins them with a space where the "text" format runs them together.
    static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    // The citation asked for comes last: citeproc lists first any earlier citations it had to re-render.
    private static String last(List<de.undercouch.citeproc.output.Citation> citations) {
        return citations.get(citations.size() - 1).getText();
    }
}
