package dev.sitrep.render;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.CompositionInput.AnalystJudgment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small weekly edition around one analyst's text: it is the first key judgment and the first context
 * passage, each followed by a plain one ("Second.", "Ctx two") whose place in the output shows whether the
 * text before it kept to its own block.
 */
final class JudgmentEditions {

    static final Path TEMPLATE = Path.of("report-templates/weekly-assessment");
    static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    static final String SECOND = "The second judgment stands alone.";
    static final String AFTER_CONTEXT = "After the first context.";

    private JudgmentEditions() {
    }

    static Assessment around(String text) {
        return around(text, "Convoy leaves Hmeimim for Tartous.");
    }

    /** {@code text} as analyst prose; {@code summary} as the one event's summary (text from a feed). */
    static Assessment around(String text, String summary) {
        List<EventEntry> events = List.of(new EventEntry("e-1", 1, LocalDate.of(2025, 11, 26), "day",
                "military-movement", "convoy", List.of("Russian Armed Forces"), "Latakia", "Hmeimim Air Base",
                summary, null, List.of(), List.of("reuters-1")));
        List<Observation> observations = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(),
                e.subType(), e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        List<AnalystJudgment> judgments = List.of(
                new AnalystJudgment("key-judgment", new Passage("kj-1", "First", text, "moderate", "likely", false)),
                new AnalystJudgment("key-judgment", new Passage("kj-2", "Second", SECOND, "high", null, false)),
                new AnalystJudgment("context", new Passage("c-1", "Ctx one", text, "moderate", null, false)),
                new AnalystJudgment("context", new Passage("c-2", "Ctx two", AFTER_CONTEXT, "moderate", null,
                        false)));
        return AssessmentComposer.compose(new CompositionInput("syria-weekly", "Syria weekly", W48,
                Instant.parse("2025-11-27T10:00:00Z"), events, Map.of("convoys", Set.of("e-1")), judgments,
                TrendAnalysis.analyse(observations, W48, 12, null),
                PrognosisAnalysis.forecast(observations, W48, new PrognosisSettings(4, 12, 6, 12, List.of(), List.of(),
                        List.of()), null),
                List.of(new Reference("reuters-1", "article-newspaper", "Reuters", "Russian convoy on the move", null,
                        "https://www.reuters.com/x", LocalDate.of(2025, 11, 26), LocalDate.of(2025, 11, 27))),
                10));
    }

    static RenderRequest request() {
        return new RenderRequest(TEMPLATE, "chicago-author-date", 1, "test");
    }
}
