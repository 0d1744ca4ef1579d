package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The compose stage's entry point: a pure function from the analysed inputs to the document model. */
public final class AssessmentComposer {

    /** Prose sections in reading order, as the seed's assessments run; "key-judgment" goes up front. */
    static final Map<String, String> SECTIONS = sections();

    private AssessmentComposer() {
    }

    public static Assessment compose(CompositionInput in) {
        IsoWeek period = in.period();
        List<EventEntry> periodEvents = in.events().stream().filter(e -> period.contains(e.occurred())).toList();
        List<Passage> keyJudgments = new ArrayList<>(ComputedJudgments.from(in, periodEvents));
        List<Section> sections = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(SECTIONS);
        // A section the template defines (a.section("sanctions")): placed where the template says.
        in.judgments().stream().map(CompositionInput.AnalystJudgment::section).filter(s -> !SECTIONS.containsKey(s))
                .sorted().forEach(s -> all.putIfAbsent(s, heading(s)));
        Map<String, ModelDisagreement> disagreements = disagreements(in.consistency());
        for (Map.Entry<String, String> s : all.entrySet()) {
            List<Passage> passages = in.judgments().stream().filter(j -> j.section().equals(s.getKey()))
                    .map(CompositionInput.AnalystJudgment::passage)
                    .map(p -> disagreements.containsKey(p.id()) ? p.withDisagreement(disagreements.get(p.id())) : p)
                    .toList();
            if (s.getKey().equals("key-judgment")) {
                keyJudgments.addAll(0, passages);
            } else {
                sections.add(new Section(s.getKey(), s.getValue(), passages));
            }
        }
        Map<String, List<String>> eventSources = new LinkedHashMap<>();
        in.events().forEach(e -> eventSources.put(e.id(), e.sourceKeys()));
        int synthetic = (int) periodEvents.stream().filter(EventEntry::synthetic).count();
        return new Assessment(in.jobId(), in.title(), period.toString(), period.monday(), period.sunday(),
                in.dataAsOf(), periodEvents.size(), synthetic, keyJudgments, sections, in.trends(), in.prognosis(),
                notable(periodEvents, in), periodEvents, eventSources, in.sources(), null);
    }

    /** By judgment: where the model disagrees, what the reader is told; what it could not check is the reviewer's. */
    static Map<String, ModelDisagreement> disagreements(List<ConsistencyWarning> warnings) {
        Map<String, ModelDisagreement> out = new LinkedHashMap<>();
        warnings.stream().filter(ConsistencyWarning::checked).forEach(w -> out.put(w.judgmentId(),
                new ModelDisagreement(w.modelProbability(), w.bandsApart(), w.forReaders())));
        return out;
    }

    /**
     * The events worth reading in full: those of tracked series first, then reported (not synthetic) ones,
     * then by fatalities; shown in date order.
     */
    private static List<EventEntry> notable(List<EventEntry> periodEvents, CompositionInput in) {
        Comparator<EventEntry> byWeight = Comparator
                .comparing((EventEntry e) -> !in.tracked(e.id()))
                .thenComparing(EventEntry::synthetic)
                .thenComparing(e -> -(e.fatalities() == null ? 0 : e.fatalities()))
                .thenComparing(EventEntry::occurred)
                .thenComparing(EventEntry::id);
        return periodEvents.stream().sorted(byWeight).limit(in.notableEventLimit())
                .sorted(Comparator.comparing(EventEntry::occurred).thenComparing(EventEntry::id)).toList();
    }

    /** "sanctions-regime" → "Sanctions regime". */
    private static String heading(String id) {
        String words = id.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("key-judgment", "Key judgments");
        m.put("context", "Context");
        m.put("strategic-logic", "Strategic logic");
        m.put("risks", "Risks");
        m.put("outlook", "Outlook");
        m.put("outcomes", "Outcomes");
        m.put("implications", "Implications");
        m.put("conclusion", "Conclusion");
        return java.util.Collections.unmodifiableMap(m);
    }
}
