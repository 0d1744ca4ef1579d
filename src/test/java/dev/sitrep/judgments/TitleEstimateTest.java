package dev.sitrep.judgments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.judgments.TitleEstimate.Side;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The estimative words of a title, read with their negations, and when they contradict a likelihood. */
class TitleEstimateTest {

    private static Optional<Side> side(String title) {
        return TitleEstimate.of(title).map(TitleEstimate.Claim::side);
    }

    @Test
    void icd203TermsAndTheirCommonSynonymsFallOnTheirSideOfAnEvenChance() {
        assertThat(side("A full exit is improbable")).contains(Side.BELOW_EVEN);
        assertThat(side("An attack is doubtful")).contains(Side.BELOW_EVEN);
        assertThat(side("The chance of a deal is remote")).contains(Side.BELOW_EVEN);
        assertThat(side("There is almost no chance of a withdrawal")).contains(Side.BELOW_EVEN);
        assertThat(side("Convoys will probably continue")).contains(Side.ABOVE_EVEN);
        assertThat(side("Moscow is expected to stay")).contains(Side.ABOVE_EVEN);
        assertThat(side("Russia will almost certainly keep Tartous")).contains(Side.ABOVE_EVEN);
        assertThat(side("A deal is highly probable")).contains(Side.ABOVE_EVEN);
    }

    @Test
    void unlikelyIsNotReadAsLikelyAndANegatedLikelyFallsBelowEven() {
        assertThat(TitleEstimate.of("An attack is unlikely, not negligible")).get()
                .extracting(TitleEstimate.Claim::words).isEqualTo("unlikely");
        assertThat(side("An attack is unlikely")).contains(Side.BELOW_EVEN);
        assertThat(side("An attack is not likely")).contains(Side.BELOW_EVEN);
        assertThat(side("A withdrawal isn’t expected")).contains(Side.BELOW_EVEN);
        assertThat(side("Russia will probably not leave")).contains(Side.BELOW_EVEN);
        assertThat(side("Attacks are more likely than not")).contains(Side.ABOVE_EVEN);
    }

    @Test
    void litotesComparisonsMixedWordsAndOrdinaryWordsMakeNoClaim() {
        assertThat(side("An attack is not unlikely")).isEmpty();
        assertThat(side("Attacks are more likely than last year")).isEmpty();
        assertThat(side("Exit improbable, but a smaller footprint likely")).isEmpty();
        assertThat(side("Remote violence near Jableh; unexpected convoys; the likelihood of certain outcomes"))
                .isEmpty();
        assertThat(side("Road logistics through the coast are Russia's weak point")).isEmpty();
    }

    @Test
    void aTitleContradictsALikelihoodOnTheOtherSideOfEvenAndAgreesWithEvenChance() {
        assertThat(TitleEstimate.contradiction("A full exit is improbable", "very likely")).get().asString()
                .isEqualTo("the title says 'improbable' (below an even chance) but the likelihood is very likely "
                        + "(80–95 %)");
        assertThat(TitleEstimate.contradiction("A deal is likely", "0.3")).isPresent();
        assertThat(TitleEstimate.contradiction("A deal is likely", "0.55")).isEmpty();
        assertThat(TitleEstimate.contradiction("A full exit is improbable", "0.45")).isEmpty();
        assertThat(TitleEstimate.contradiction("A full exit is improbable", "roughly even chance")).isEmpty();
        assertThat(TitleEstimate.contradiction("A deal is likely", "roughly even chance")).isEmpty();
        assertThat(TitleEstimate.contradiction("A full exit is improbable", "very unlikely")).isEmpty();
    }
}
