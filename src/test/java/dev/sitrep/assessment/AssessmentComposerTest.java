package dev.sitrep.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.Scenario;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentComposerTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final SeriesSpec CONVOYS = new SeriesSpec("convoys", "Russian convoys", List.of("military-movement"),
            List.of(), List.of(), List.of());
    private static final SeriesSpec RAIDS = new SeriesSpec("raids", "Raids", List.of("security-operation"),
            List.of(), List.of(), List.of());
    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("worst", "Convoys surge", "", "convoys weekly-max > 5"),
            new Scenario("base", "Convoys continue", "", "otherwise"));

    private static EventEntry event(String id, String type, String date, List<String> tags) {
        return new EventEntry(id, 1, LocalDate.parse(date), "day", type, null, List.of("Actor"), "Latakia", "Jableh",
                "Summary of " + id, null, tags, List.of("src-" + id));
    }

    private static Assessment compose(List<EventEntry> events, Map<String, Set<String>> tracked, String type) {
        return compose(events, tracked, List.of());
    }

    private static Assessment compose(List<EventEntry> events, Map<String, Set<String>> tracked,
            List<CompositionInput.AnalystJudgment> more) {
        return compose(events, tracked, more, List.of());
    }

    private static Assessment compose(List<EventEntry> events, Map<String, Set<String>> tracked,
            List<CompositionInput.AnalystJudgment> more, List<ConsistencyWarning> consistency) {
        List<Observation> obs = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(), e.subType(), e.actors(),
                e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        return AssessmentComposer.compose(new CompositionInput("job", "Title", W48, Instant.EPOCH, events, tracked,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(
                        new CompositionInput.AnalystJudgment("key-judgment",
                                new Passage("kj", "Analyst view", "Text.", "high", null, false)),
                        new CompositionInput.AnalystJudgment("risks", new Passage("r", "Risk", "Text.", "low", null,
                                false))), more.stream()).toList(),
                TrendAnalysis.analyse(obs, W48, 12, LocalDate.of(2025, 9, 1)),
                PrognosisAnalysis.forecast(obs, W48, new PrognosisSettings(4, 12, 6, 12, List.of(CONVOYS, RAIDS), SCENARIOS,
                        List.of()), LocalDate.of(2025, 9, 1)),
                List.of(), 2, consistency));
    }

    @Test
    void aSectionTheTemplateDefinesFollowsTheStandardOnesAndShowsItsLikelihoodAsTermAndRange() {
        Assessment a = compose(List.of(event("convoy-1", "military-movement", "2025-11-26", List.of())),
                Map.of("convoys", Set.of("convoy-1")), List.of(new CompositionInput.AnalystJudgment(
                        "sanctions-regime", new Passage("s", "Sanctions", "Text.", "low", "0.3", false,
                                "New this period."))));

        assertThat(a.sections()).extracting(Section::id).containsExactly("context", "strategic-logic", "risks",
                "outlook", "outcomes", "implications", "conclusion", "sanctions-regime");
        assertThat(a.section("sanctions-regime").heading()).isEqualTo("Sanctions regime");
        assertThat(a.section("sanctions-regime").passages()).singleElement()
                .satisfies(p -> assertThat(p.likelihoodShown()).isEqualTo("unlikely (30 %; band 20–45 %)"));
    }

    @Test
    void aDisagreementWithTheModelTravelsWithItsJudgmentIntoKeyJudgmentsAndSectionsButNotWhatWentUnchecked() {
        List<ConsistencyWarning> warnings = List.of(
                new ConsistencyWarning("kj", "likely", 4, 0.1, 3, "for the reviewer"),
                new ConsistencyWarning("r", "0.1", 1, 0.62, 3, "for the reviewer"),
                new ConsistencyWarning("unchecked", "likely", 4, Double.NaN, -1, "not checked"));
        Assessment a = compose(List.of(event("convoy-1", "military-movement", "2025-11-26", List.of())),
                Map.of("convoys", Set.of("convoy-1")), List.of(new CompositionInput.AnalystJudgment("context",
                        new Passage("unchecked", "Unchecked", "Text.", "low", "likely", false))), warnings);

        assertThat(a.keyJudgments()).filteredOn(p -> p.id().equals("kj")).singleElement()
                .extracting(Passage::disagreement).isEqualTo(new ModelDisagreement(0.1, 3, "The model puts this at "
                        + "10 % (very unlikely), three bands below the analyst's likely (55–80 %)."));
        assertThat(a.section("risks").passages()).singleElement().extracting(p -> p.disagreement().sentence())
                .isEqualTo("The model puts this at 62 % (likely), three bands above the analyst's very unlikely "
                        + "(10 %; band 5–20 %).");
        assertThat(a.section("context").passages()).singleElement().extracting(Passage::disagreement).isNull();
    }

    @Test
    void theOutlookJudgmentCitesOnlyTheEventsOfItsSeriesAndTheOtherSeriesAreLeftToThePrognosis() {
        List<EventEntry> events = List.of(
                event("convoy-1", "military-movement", "2025-11-26", List.of()),
                event("raid-1", "security-operation", "2025-11-27", List.of()),
                event("raid-2", "security-operation", "2025-11-28", List.of()));

        Assessment a = compose(events, Map.of("convoys", Set.of("convoy-1"), "raids", Set.of("raid-1", "raid-2")), "x");

        Passage convoys = a.keyJudgments().stream().filter(p -> p.id().equals("computed-outlook-convoys"))
                .findFirst().orElseThrow();
        assertThat(convoys.body()).contains("[@event:convoy-1]").doesNotContain("raid-");
        assertThat(a.keyJudgments()).extracting(Passage::id).doesNotContain("computed-outlook-raids");
    }

    @Test
    void aKnownSurgeInDeathsBecomesTheFirstComputedJudgmentCitingItsDeadliestEventsFirst() {
        List<EventEntry> events = new java.util.ArrayList<>();
        for (int w = 12; w >= 1; w--) {
            LocalDate day = W48.minusWeeks(w).monday().plusDays(2);
            events.add(new EventEntry("past-" + w, 1, day, "day", "armed-clash", null, List.of("Army", "Rebels"),
                    "Latakia", "Jableh", "Clash.", 8 + w % 5, List.of(), List.of("src")));
        }
        events.add(new EventEntry("big", 1, LocalDate.parse("2025-11-26"), "day", "armed-clash", null,
                List.of("Army", "Rebels"), "Latakia", "Jableh", "Clash.", 250, List.of(), List.of("src")));
        events.add(new EventEntry("small", 1, LocalDate.parse("2025-11-27"), "day", "armed-clash", null,
                List.of("Army", "Rebels"), "Latakia", "Qardaha", "Clash.", 40, List.of(), List.of("src")));

        Assessment a = compose(events, Map.of(), List.of());

        Passage first = a.keyJudgments().stream().filter(Passage::computed).findFirst().orElseThrow();
        assertThat(first.title()).isEqualTo("Surge in deaths in Latakia");
        assertThat(first.body()).startsWith("290 deaths in Latakia this week, ")
                .contains("29 times the 9.9 a week on average over the previous 12 weeks")
                .contains("[@event:big; @event:small]")
                .doesNotContainPattern("p [=<]|Poisson|binomial|CUSUM|Mann|MAD");
        assertThat(a.keyJudgments().get(0).id()).isEqualTo("kj");
    }

    @Test
    void analystKeyJudgmentsComeFirstSectionsKeepTheirOrderAndNotableEventsAreTheTrackedOnes() {
        List<EventEntry> events = List.of(
                event("other-1", "protest", "2025-11-24", List.of("synthetic")),
                event("convoy-1", "military-movement", "2025-11-26", List.of()),
                event("raid-1", "security-operation", "2025-11-27", List.of()),
                event("old-1", "protest", "2025-10-01", List.of()));

        Assessment a = compose(events, Map.of("convoys", Set.of("convoy-1"), "raids", Set.of("raid-1")), "x");

        assertThat(a.keyJudgments().get(0).id()).isEqualTo("kj");
        assertThat(a.sections()).extracting(Section::id).containsExactly("context", "strategic-logic", "risks",
                "outlook", "outcomes", "implications", "conclusion");
        assertThat(a.section("risks").passages()).extracting(Passage::id).containsExactly("r");
        assertThat(a.notableEvents()).extracting(EventEntry::id).containsExactly("convoy-1", "raid-1");
        assertThat(a.periodEvents()).hasSize(3);
        assertThat(a.syntheticEventCount()).isEqualTo(1);
        assertThat(a.builtFromSampleData()).isTrue();
    }

    @Test
    void anEventTypeFromDataCannotBecomeMarkdownInAComputedJudgment() {
        // Two of a type never seen before are a surge, so the type is named in a computed judgment.
        List<EventEntry> events = List.of(event("x-1", "[click](https://evil.example) <b>x</b>", "2025-11-26",
                List.of()), event("x-2", "[click](https://evil.example) <b>x</b>", "2025-11-27", List.of()));

        Assessment a = compose(events, Map.of(), "x");

        assertThat(a.keyJudgments()).filteredOn(Passage::computed).allSatisfy(p ->
                assertThat(p.body()).doesNotContain("[click](", "<b>"));
        assertThat(a.keyJudgments()).anySatisfy(p -> assertThat(p.body()).contains("\\[click\\]"));
    }
}
