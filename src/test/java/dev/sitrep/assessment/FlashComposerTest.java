package dev.sitrep.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.Scenario;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlashComposerTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final LocalDate FROM = W48.minusWeeks(12).monday();
    private static final SeriesSpec RELATED = new SeriesSpec(FlashComposer.RELATED_SERIES, "Related convoys",
            List.of("military-movement"), List.of("Russian Armed Forces"), List.of(), List.of());

    private static EventEntry convoy(String id, String date, List<String> tags) {
        return new EventEntry(id, 1, LocalDate.parse(date), "day", "military-movement", "convoy",
                List.of("Russian Armed Forces"), "Latakia", "Hmeimim Air Base", "Convoy " + id, null, tags,
                List.of("src-" + id));
    }

    /** A convoy every second week from September, the assessed one on 26 Nov, one more on 29 Nov. */
    private static List<EventEntry> related() {
        List<EventEntry> events = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2025, 9, 3); d.isBefore(LocalDate.of(2025, 11, 24)); d = d.plusWeeks(2)) {
            events.add(convoy("c-" + d, d.toString(), List.of()));
        }
        events.add(convoy("subject", "2025-11-26", List.of()));
        events.add(convoy("after", "2025-11-29", List.of()));
        return events;
    }

    private static Assessment compose(EventEntry subject, boolean withdrawn, List<EventEntry> related) {
        return compose(subject, withdrawn, related, null, List.of());
    }

    private static Assessment compose(EventEntry subject, boolean withdrawn, List<EventEntry> related, Episode episode,
                                      List<EventEntry> episodeEvents) {
        List<Observation> obs = related.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(), e.subType(),
                e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        PrognosisSettings settings = new PrognosisSettings(8, 26, 6, 12, List.of(RELATED), List.of(
                new Scenario("worst", "Surge", "", FlashComposer.RELATED_SERIES + " weekly-max > 3"),
                new Scenario("base", "Continues", "", "otherwise")), List.of());
        return FlashComposer.compose(new FlashInput("syria-weekly", "Syria weekly", subject, withdrawn,
                "military-movement / convoy event involving Russian Armed Forces", FROM, W48.sunday(), Instant.EPOCH,
                related, List.of(convoy("cited", "2025-07-01", List.of())),
                List.of(new CompositionInput.AnalystJudgment("context",
                                new Passage("ctx", "Context", "Seen before [@event:cited].", "high", null, false)),
                        new CompositionInput.AnalystJudgment("key-judgment",
                                new Passage("kj", "Lean footprint", "Text.", "moderate", "likely", false))),
                TrendAnalysis.analyse(obs, W48, 12, LocalDate.of(2025, 8, 4)),
                PrognosisAnalysis.forecast(obs, W48, settings, LocalDate.of(2025, 8, 4)), episode, episodeEvents,
                List.of()));
    }

    @Test
    void theEpisodeTheEventsGovernorateIsInIsTheSecondKeyJudgmentCitingThatWeeksDeadliestEvents() {
        List<EventEntry> related = related();
        Episode episode = new Episode("Latakia", IsoWeek.parse("2025-W46"), 3, 40, 210, 4.5, 6.0,
                Episode.Phase.ESCALATING, "Government of Syria against Syrian insurgents", List.of("Jableh", "Qardaha"),
                0, 0, List.of(30, 60, 120), List.of(10, 12, 18));
        EventEntry strike = new EventEntry("strike", 1, LocalDate.parse("2025-11-25"), "day", "state-based", null,
                List.of("Government of Syria", "Syrian insurgents"), "Latakia", "Jableh", "Strike", 45, List.of(),
                List.of("src-strike"));

        Assessment a = compose(related.get(6), false, related, episode, List.of(strike));

        assertThat(a.keyJudgments()).extracting(Passage::id).containsExactly(FlashComposer.PATTERN,
                FlashComposer.EPISODE);
        Passage p = a.keyJudgments().get(1);
        assertThat(p.title()).isEqualTo("Part of heightened violence in Latakia, third week");
        assertThat(p.body()).startsWith("Heightened violence in Latakia is in its third week, mostly Government of "
                        + "Syria against Syrian insurgents around Jableh and Qardaha.").endsWith("escalating [@event:strike].")
                .contains("210 deaths and 40 events so far", "escalating")
                // One governorate's history gives no base rate for how long episodes last.
                .doesNotContain("earlier episodes");
        assertThat(a.eventSources()).containsEntry("strike", List.of("src-strike"));
    }

    @Test
    void aFlashIsAnEditionOfOneEventWithItsPatternFirstAndTheRelevantJudgmentsSummarisedAfter() {
        List<EventEntry> related = related();
        Assessment a = compose(related.get(6), false, related);

        assertThat(a.period()).isEqualTo("flash-subject");
        assertThat(a.title()).isEqualTo("Flash assessment: military-movement / convoy at Hmeimim Air Base, 26 Nov 2025");
        assertThat(a.flash()).isEqualTo(new FlashSubject("subject", 1, false,
                "military-movement / convoy event involving Russian Armed Forces", FROM, 7, 8));
        assertThat(a.keyJudgments()).extracting(Passage::id).containsExactly(FlashComposer.PATTERN);
        assertThat(a.sections()).extracting(Section::id).containsExactly(FlashComposer.JUDGMENTS);
        assertThat(a.section(FlashComposer.JUDGMENTS).passages()).extracting(Passage::id).contains("kj");
        assertThat(a.periodEvents()).isEqualTo(related);
        // Every event the document cites (the related ones, and those the judgments cite) has its sources.
        assertThat(a.eventSources()).containsKeys("subject", "after", "cited");
    }

    @Test
    void thePatternSaysInWordsWhichRelatedEventThisIsInThirtyDaysAndSinceWhenWithBothMonthsAndItsWeek() {
        List<EventEntry> related = related();
        Assessment a = compose(related.get(6), false, related);

        // Six convoys in the 12 baseline weeks (0.5 a week); two in the event's week.
        String body = a.keyJudgments().get(0).body();
        long in30 = related.subList(0, 7).stream().filter(e -> !e.occurred().isBefore(LocalDate.parse("2025-10-28")))
                .count();
        long november = related.stream().filter(e -> e.occurred().getMonthValue() == 11).count();
        long october = related.stream().filter(e -> e.occurred().getMonthValue() == 10).count();
        assertThat(body).startsWith("This is the " + FlashPassages.ordinalWord((int) in30) + " military-movement / "
                + "convoy event involving Russian Armed Forces in 30 days and the 7th since 1 Sep 2025: " + november
                + " in November against " + october + " in October. Its week had 2, against 0.5 a week over "
                + "the 12 weeks before it: within the usual range [@event:")
                .doesNotContainPattern("p [=<]|Poisson|binomial");
        assertThat(a.trends().total().current()).isEqualTo(2);
        assertThat(a.trends().total().baselineMean()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aWithdrawnEventIsSaidToBeWithdrawnBeforeAnythingElse() {
        List<EventEntry> related = related();
        EventEntry withdrawn = new EventEntry("subject", 2, LocalDate.parse("2025-11-26"), "day", "military-movement",
                "convoy", List.of("Russian Armed Forces"), "Latakia", "Hmeimim Air Base", "Convoy", null,
                List.of("withdrawn"), List.of("src-subject"));
        Assessment a = compose(withdrawn, true, related);

        assertThat(a.flash().withdrawn()).isTrue();
        assertThat(a.keyJudgments().get(0).body()).startsWith("**This event was withdrawn** from the log in revision 2");
    }

    @Test
    void theTimelineShowsTheLatestRelatedEventsWithTheAssessedOneAlwaysAmongThemAndEventsCsvHasAll() {
        List<EventEntry> related = new ArrayList<>();
        related.add(convoy("subject", "2025-09-01", List.of()));
        for (int i = 0; i < FlashComposer.TIMELINE + 5; i++) {
            related.add(convoy(String.format("later-%02d", i), LocalDate.of(2025, 9, 2).plusDays(i).toString(), List.of()));
        }
        Assessment a = compose(related.get(0), false, related);

        assertThat(a.periodEvents()).hasSize(FlashComposer.TIMELINE + 6);
        assertThat(a.notableEvents()).hasSize(FlashComposer.TIMELINE);
        assertThat(a.notableEvents().get(0).id()).isEqualTo("subject");
        assertThat(a.notableEvents().get(FlashComposer.TIMELINE - 1).id()).isEqualTo("later-44");
    }

    @Test
    void ordinalsReadAsEnglish() {
        assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111).stream().map(FlashPassages::ordinalWord))
                .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st",
                        "111th");
    }
}
