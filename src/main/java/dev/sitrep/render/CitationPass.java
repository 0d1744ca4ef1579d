package dev.sitrep.render;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Section;
import dev.sitrep.core.Citations;
import dev.sitrep.core.JudgmentMarkdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves pandoc citations ({@code [@key]}, {@code [@a; @b]}, {@code [@event:id]}) once, for the whole
 * document, before any writer runs: both outputs then show the same citations. An event citation cites
 * the sources of that event. Locators ({@code , p. 2}) are kept after the citation's keys.
 */
final class CitationPass {

    private static final Pattern GROUP = Citations.GROUP;
    private static final Pattern KEY = Citations.KEY;

    private final Assessment assessment;

    CitationPass(Assessment assessment) {
        this.assessment = assessment;
    }

    /** Every source key the document cites, in order of first citation. */
    Set<String> citedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (Passage p : passages()) {
            Matcher group = GROUP.matcher(p.body());
            while (group.find()) {
                keys.addAll(sourceKeys(group.group(1), p.id()));
            }
        }
        assessment.notableEvents().forEach(e -> keys.addAll(e.sourceKeys()));
        return keys;
    }

    /**
     * The document with every citation group replaced by {@code cite}'s citation of its source keys, as
     * Markdown whose sources link to their bibliography entries; the event citations likewise.
     */
    Resolved resolve(Function<List<String>, Citation> cite) {
        List<Passage> keyJudgments = assessment.keyJudgments().stream().map(p -> resolve(p, cite)).toList();
        List<Section> sections = assessment.sections().stream()
                .map(s -> new Section(s.id(), s.heading(), s.passages().stream().map(p -> resolve(p, cite)).toList()))
                .toList();
        Map<String, String> eventCitations = new LinkedHashMap<>();
        for (EventEntry e : assessment.notableEvents()) {
            eventCitations.put(e.id(), CitationMarkdown.citation(cite.apply(e.sourceKeys())));
        }
        Assessment a = assessment;
        return new Resolved(new Assessment(a.jobId(), a.title(), a.period(), a.periodStart(), a.periodEnd(),
                a.dataAsOf(), a.eventCount(), a.syntheticEventCount(), keyJudgments, sections, a.trends(),
                a.prognosis(), a.notableEvents(), a.periodEvents(), a.eventSources(), a.references(), a.changes(), a.flash()),
                eventCitations);
    }

    /** {@code eventCitations}: each notable event's citation of its sources, as Markdown. */
    record Resolved(Assessment assessment, Map<String, String> eventCitations) {
    }

    private Passage resolve(Passage p, Function<List<String>, Citation> cite) {
        // Judgments with raw HTML are refused when added; should one reach here anyway (an older row, a
        // bug), its '<' is written as an entity, so no output format can read it as markup.
        Matcher group = GROUP.matcher(p.computed() ? p.body() : p.body().replace("<", "&lt;"));
        StringBuilder out = new StringBuilder();
        while (group.find()) {
            List<String> keys = sourceKeys(group.group(1), p.id());
            String locator = locator(group.group(1));
            Citation citation = cite.apply(keys).withLocator(locator);
            group.appendReplacement(out, Matcher.quoteReplacement(CitationMarkdown.citation(citation)));
        }
        group.appendTail(out);
        // Laid out once here, for the top level; MarkdownView.item lays the same prose into a numbered item.
        return p.withBody(JudgmentMarkdown.contained(out.toString(), 0));
    }

    private List<String> sourceKeys(String group, String passageId) {
        List<String> keys = new ArrayList<>();
        for (String k : Citations.keysOfGroup(group)) {
            if (k.startsWith("event:")) {
                List<String> sources = assessment.eventSources().get(k.substring("event:".length()));
                if (sources == null) {
                    throw new RenderException("'" + passageId + "' cites event '" + k.substring(6)
                            + "', which is not in the job's event log up to " + assessment.periodEnd()
                            + ": revise the judgment, or publish a later period");
                }
                sources.stream().filter(s -> !keys.contains(s)).forEach(keys::add);
            } else if (!keys.contains(k)) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The text after the last key of a single-key citation, e.g. "p. 2" in [@key, p. 2]. */
    private static String locator(String group) {
        Matcher key = KEY.matcher(group);
        int end = -1;
        int count = 0;
        while (key.find()) {
            end = key.end();
            count++;
        }
        if (count != 1 || end < 0) {
            return "";
        }
        return group.substring(end).replaceFirst("^\\s*,\\s*", "").strip();
    }

    private List<Passage> passages() {
        List<Passage> all = new ArrayList<>(assessment.keyJudgments());
        assessment.sections().forEach(s -> all.addAll(s.passages()));
        return all;
    }
}
