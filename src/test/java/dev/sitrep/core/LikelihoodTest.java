package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one table of ICD 203 bands: every range printed beside a number holds that number. */
class LikelihoodTest {

    @Test
    void aProbabilityUnderOnePercentIsPrintedWithARangeThatHoldsIt() {
        assertThat(Likelihood.termOf(0.0)).isEqualTo("almost no chance");
        assertThat(Likelihood.rangeOf(0.0)).isEqualTo("0–5 %");
        assertThat(Likelihood.rangeOf(0.004)).isEqualTo("0–5 %");
        assertThat(Likelihood.bandShown(Likelihood.bandOf(0.0))).isEqualTo("almost no chance (0–5 %)");
        assertThat(Likelihood.describe(Likelihood.normalize("0 %"))).isEqualTo("almost no chance (0 %; band 0–5 %)");
    }

    @Test
    void aCertainProbabilityIsPrintedWithARangeThatHoldsIt() {
        assertThat(Likelihood.termOf(1.0)).isEqualTo("almost certain");
        assertThat(Likelihood.rangeOf(1.0)).isEqualTo("95–100 %");
        assertThat(Likelihood.rangeOf(0.999)).isEqualTo("95–100 %");
        assertThat(Likelihood.describe(Likelihood.normalize("100 %")))
                .isEqualTo("almost certain (100 %; band 95–100 %)");
    }

    @Test
    void everyProbabilityShownAsAPercentLiesInTheRangePrintedBesideIt() {
        for (int permille = 0; permille <= 1000; permille++) {
            double p = permille / 1000.0;
            double shown = Double.parseDouble(Likelihood.percentShown(p).replace(" %", ""));
            String[] range = Likelihood.rangeOf(p).replace(" %", "").split("–");
            assertThat(shown).as("%s in %s", Likelihood.percentShown(p), Likelihood.rangeOf(p))
                    .isBetween(Double.parseDouble(range[0]), Double.parseDouble(range[1]));
        }
    }

    @Test
    void analystsTermsShareTheModelsRanges() {
        assertThat(Likelihood.describe("almost no chance")).isEqualTo("almost no chance (0–5 %)");
        assertThat(Likelihood.describe("almost certain")).isEqualTo("almost certain (95–100 %)");
        assertThat(Likelihood.describe("likely")).isEqualTo("likely (55–80 %)");
    }

    @Test
    void aNumberOutsideZeroToOneIsNoProbability() {
        assertThatThrownBy(() -> Likelihood.bandOf(1.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Likelihood.bandOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
