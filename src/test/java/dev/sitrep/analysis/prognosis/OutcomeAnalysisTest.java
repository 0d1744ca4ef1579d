package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.About;
import dev.sitrep.core.IsoWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

class OutcomeAnalysisTest {

    static final SeriesSpec CLASHES = new SeriesSpec("clashes", "Clashes", List.of(), List.of(), List.of(), List.of());
    static final SeriesSpec ATTACKS = new SeriesSpec("attacks", "Attacks", List.of(), List.of(), List.of(), List.of());
    /** Two years of a steady war: about 400 clashes a month; no attack ever. */
    static final List<Integer> STEADY = List.of(390, 410, 405, 398, 402, 395, 420, 380, 400, 410, 395, 405,
            400, 398, 402, 410, 390, 405, 400, 395, 410, 400, 398, 404);

    static SeriesCounts counts(List<Integer> clashes, List<Integer> attacks) {
        return new SeriesCounts(IsoWeek.parse("2018-W08"), YearMonth.of(2018, 1), 52, 24,
                Map.of("clashes", List.of(1), "attacks", List.of(0)), Map.of("clashes", clashes, "attacks", attacks));
    }

    static PrognosisSettings settings(OutcomeScenario... scenarios) {
        return new PrognosisSettings(4, 52, 6, 24, List.of(CLASHES, ATTACKS), List.of(), List.of(),
                new OutcomeSettings(List.of(6, 12, 24), List.of(scenarios)));
    }

    static OutcomeScenario scenario(String name, String when, Signpost... signposts) {
        return new OutcomeScenario(name, name + " title", "", when, List.of(signposts));
    }

    static StatedLikelihood judged(String id, String likelihood, String outcome, int months) {
        return new StatedLikelihood(id, id + " title", likelihood, About.outcome(outcome, months));
    }

    static List<Integer> zeros(int n) {
        return java.util.Collections.nCopies(n, 0);
    }

    @Test
    void measuredOutcomesAddUpToOneAndADistantOneGrowsMoreLikelyTheFurtherAheadItIsJudged() {
        PrognosisSettings s = settings(scenario("best", "clashes final-month < 200"),
                scenario("worst", "clashes final-month > 600"), scenario("base", "otherwise"));
        OutcomeMatrix m = OutcomeAnalysis.assess(s, counts(STEADY, zeros(24)), List.of());

        for (int h = 0; h < 3; h++) {
            double sum = 0;
            for (OutcomeRow r : m.rows()) {
                assertThat(r.cells().get(h).point()).isTrue();
                sum += r.cells().get(h).low();
            }
            assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(m.rows().get(2).cells()).extracting(OutcomeCell::source).containsOnly(OutcomeCell.Source.REMAINDER);
        double[] best = m.rows().get(0).cells().stream().mapToDouble(OutcomeCell::low).toArray();
        assertThat(best[0]).as("half the level within 6 months of a steady war").isLessThan(best[1]);
        assertThat(best[1]).isLessThan(best[2]);
        assertThat(best[2]).as("two years out the war's level is open, not settled by 24 steady months")
                .isGreaterThan(0.05);
        assertThat(m.rows().get(2).cells().get(2).low()).as("base at 24 months is not 'almost certain'")
                .isLessThan(0.95);
        assertThat(OutcomeAnalysis.assess(s, counts(STEADY, zeros(24)), List.of())).isEqualTo(m);
    }

    @Test
    void aSilentSeriesMakesAnAttackRareButNotImpossible() {
        OutcomeMatrix m = OutcomeAnalysis.assess(settings(scenario("attacked", "attacks total >= 1"),
                scenario("calm", "otherwise")), counts(STEADY, zeros(24)), List.of());
        double sixMonths = m.rows().get(0).cells().get(0).low();
        assertThat(sixMonths).isGreaterThan(0).isLessThan(0.5);
        assertThat(m.rows().get(0).cells().get(2).low()).isGreaterThan(sixMonths);
    }

    @Test
    void unmeasuredOutcomesTakeTheAnalystsBandsAndOtherwiseWhatTheyLeave() {
        PrognosisSettings s = settings(scenario("deal", null), scenario("war", "attacks total >= 3"),
                scenario("drift", "otherwise"));
        OutcomeMatrix m = OutcomeAnalysis.assess(s, counts(STEADY, zeros(24)), List.of(
                judged("deal-6", "unlikely", "deal", 6), judged("deal-12", "0.5", "deal", 12)));

        OutcomeCell deal6 = m.rows().get(0).cells().get(0);
        assertThat(deal6.source()).isEqualTo(OutcomeCell.Source.ANALYST);
        assertThat(deal6.low()).isEqualTo(0.20);
        assertThat(deal6.high()).isEqualTo(0.45);
        assertThat(deal6.judgmentId()).isEqualTo("deal-6");
        assertThat(m.rows().get(0).cells().get(1).point()).as("a probability is itself").isTrue();
        OutcomeCell drift6 = m.rows().get(2).cells().get(0);
        double war6 = m.rows().get(1).cells().get(0).low();
        assertThat(drift6.source()).isEqualTo(OutcomeCell.Source.REMAINDER);
        assertThat(drift6.low()).isCloseTo(1 - 0.45 - war6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(drift6.high()).isCloseTo(1 - 0.20 - war6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(m.rows().get(0).cells().get(2).source()).as("nobody judged the deal at 24 months")
                .isEqualTo(OutcomeCell.Source.NONE);
        assertThat(m.rows().get(2).cells().get(2).known()).as("nor can the remainder be told then").isFalse();
    }

    @Test
    void probabilitiesThatCannotAddUpToOneAreSaid() {
        PrognosisSettings s = settings(scenario("deal", null), scenario("collapse", null));
        OutcomeMatrix m = OutcomeAnalysis.assess(s, counts(STEADY, zeros(24)), List.of(
                judged("a", "very likely", "deal", 6), judged("b", "likely", "collapse", 6),
                judged("c", "unlikely", "deal", 12), judged("d", "unlikely", "collapse", 12)));
        assertThat(m.notes()).anyMatch(n -> n.startsWith("At 6 months the probabilities given add up to at least 135 %"));
        assertThat(m.notes()).anyMatch(n -> n.startsWith("At 12 months the probabilities given add up to at most 90 %"));
        assertThat(m.notes()).as("24 months, which nobody judged, is left open rather than flagged").hasSize(2);
    }

    @Test
    void anAnalystFarFromTheModelOnAMeasuredOutcomeIsAWarningWithBothFigures() {
        PrognosisSettings s = settings(scenario("attacked", "attacks total >= 1"), scenario("calm", "otherwise"));
        SeriesCounts c = counts(STEADY, zeros(24));
        StatedLikelihood stated = judged("attack-likely", "very likely", "attacked", 6);
        OutcomeMatrix m = OutcomeAnalysis.assess(s, c, List.of(stated));
        Prognosis p = new Prognosis(4, 6, List.of(), List.of(), new Confidence(Confidence.Level.LOW, List.of()),
                List.of(), TrackRecord.none()).withOutcomes(m);
        assertThat(m.rows().get(0).cells().get(0).source()).isEqualTo(OutcomeCell.Source.MODEL);

        assertThat(m.rows().get(0).cells().get(0).stated()).isEqualTo("very likely");
        assertThat(LikelihoodConsistency.check(List.of(stated), p, c, s)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("about outcome 'attacked' in 6 months")
                        .contains("the model gives"));
    }

    @Test
    void signpostsReadTheLastMonthsLogged() {
        Signpost steady = new Signpost("Steady", "clashes monthly-min >= 350", 3);
        Signpost attacked = new Signpost("Attacked", "attacks total >= 1", 2);
        OutcomeMatrix m = OutcomeAnalysis.assess(settings(scenario("base", "otherwise", steady, attacked,
                Signpost.observed("A deal signed."))), counts(STEADY, zeros(24)), List.of());
        List<SignpostReading> r = m.rows().get(0).signposts();
        assertThat(r.get(0).holds()).isTrue();
        assertThat(r.get(0).counts()).isEqualTo("Clashes: 400, 398, 404 in November 2017–January 2018");
        assertThat(r.get(1).holds()).isFalse();
        assertThat(r.get(1).counts()).isEqualTo("Attacks: 0, 0 in December 2017–January 2018");
        assertThat(r.get(2).measured()).isFalse();
        assertThat(r.get(2).holds()).isNull();
    }

    @Test
    void theLevelWandersAtLeastAFloorAndAsMuchAsTheHistoryShows() {
        assertThat(OutcomePaths.step(STEADY.stream().mapToInt(Integer::intValue).toArray()))
                .isEqualTo(OutcomePaths.MIN_STEP);
        int[] swinging = {100, 300, 90, 280, 120, 310, 100, 290};
        assertThat(OutcomePaths.step(swinging)).isGreaterThan(0.9);
        assertThat(OutcomePaths.step(new int[] {5, 6})).isEqualTo(OutcomePaths.DEFAULT_STEP);
        int[][] a = OutcomePaths.draw(swinging, 24, 100, new Well19937c(7));
        int[][] b = OutcomePaths.draw(swinging, 24, 100, new Well19937c(7));
        assertThat(a).isDeepEqualTo(b);
        assertThat(java.util.Arrays.stream(a).flatMapToInt(java.util.Arrays::stream).min().orElseThrow())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void aShortHistoryGivesNoModelFigureFarAheadAndTheAnalystsJudgmentTakesItsPlace() {
        PrognosisSettings s = settings(scenario("attacked", "attacks total >= 3"), scenario("calm", "otherwise"));
        OutcomeMatrix m = OutcomeAnalysis.assess(s, counts(STEADY.subList(0, 4), zeros(4)),
                List.of(judged("attacked-24", "unlikely", "attacked", 24)));

        List<OutcomeCell> attacked = m.rows().get(0).cells();
        assertThat(attacked).extracting(OutcomeCell::source).containsExactly(OutcomeCell.Source.MODEL,
                OutcomeCell.Source.NONE, OutcomeCell.Source.ANALYST);
        assertThat(attacked.get(2).judgmentId()).isEqualTo("attacked-24");
        assertThat(m.rows().get(1).cells().get(1).known()).isFalse();
        assertThat(m.notes()).contains("The model gives no probability more than 8 months ahead: the series it would"
                + " draw on have only 4 months of history. Further out, the figures are the analysts' or none.");
    }
}
