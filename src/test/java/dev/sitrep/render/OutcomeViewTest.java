package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.prognosis.OutcomeCell;
import dev.sitrep.analysis.prognosis.OutcomeCell.Source;
import dev.sitrep.analysis.prognosis.OutcomeMatrix;
import dev.sitrep.analysis.prognosis.OutcomeRow;
import dev.sitrep.analysis.prognosis.SignpostReading;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeViewTest {

    @Test
    void eachCellSaysItsFigureInEstimativeWordsAndWhereItComesFrom() {
        OutcomeRow deal = new OutcomeRow("best", "A deal", "", null, List.of(
                new OutcomeCell(6, Source.ANALYST, 0.20, 0.45, "deal-6", "A deal is unlikely soon", "unlikely"),
                new OutcomeCell(12, Source.NONE, Double.NaN, Double.NaN, null, null, null)),
                List.of(new SignpostReading("A treaty is signed.", null, null, null),
                        new SignpostReading("No attack", "attacks total = 0", true, "Attacks: 0, 0 in May–June 2026")));
        OutcomeRow war = new OutcomeRow("worst", "War", "", "attacks total >= 3", List.of(
                new OutcomeCell(6, Source.MODEL, 0.03, 0.03, "war-6", "War is likely", "likely"),
                new OutcomeCell(12, Source.MODEL, 0, 0, null, null, null)), List.of());
        OutcomeRow drift = new OutcomeRow("base", "Drift", "", null, List.of(
                new OutcomeCell(6, Source.REMAINDER, 0.52, 0.77, null, null, null),
                new OutcomeCell(12, Source.NONE, Double.NaN, Double.NaN, null, null, null)), List.of());

        OutcomeView v = OutcomeView.of(new OutcomeMatrix(List.of(6, 12), List.of(deal, war, drift), List.of()));

        assertThat(v.horizons()).isEqualTo("6 and 12 months");
        assertThat(v.rows().get(0).cells()).containsExactly("unlikely (20–45 %), analysts [1]", "not assessed");
        assertThat(v.rows().get(1).cells()).containsExactly(
                "almost no chance (3 %), model; analysts: likely (55–80 %) [2]; **4 bands apart**",
                "almost no chance (< 1 %), model");
        assertThat(v.rows().get(2).cells().get(0)).isEqualTo("52–77 %, what the others leave");
        assertThat(v.sources()).extracting(OutcomeView.Source::id).containsExactly("deal-6", "war-6");
        assertThat(v.rows().get(0).signposts()).extracting(s -> s.title() + ": " + s.reading()).containsExactly(
                "A treaty is signed: to watch (analysts)",
                "No attack: holds now (Attacks: 0, 0 in May–June 2026)");
        assertThat(OutcomeView.of(OutcomeMatrix.none())).isNull();
    }
}
