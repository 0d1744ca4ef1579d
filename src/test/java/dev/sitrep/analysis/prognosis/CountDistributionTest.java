package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.distribution.discrete.PascalDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.Test;

class CountDistributionTest {

    @Test
    void aVarianceAtTheMeanIsPoissonAndAgreesWithHipparchus() {
        for (double mean : new double[] {0.3, 2.5, 30, 412.7}) {
            CountDistribution d = CountDistribution.of(mean, mean);
            PoissonDistribution reference = new PoissonDistribution(mean);
            assertThat(d.variance()).isEqualTo(mean);
            for (int k = 0; k < 3 * mean + 10; k++) {
                assertThat(d.cdf(k)).as("cdf(%d) at mean %s", k, mean)
                        .isCloseTo(reference.cumulativeProbability(k), within(1e-12));
                assertThat(d.pmf(k)).isCloseTo(reference.probability(k), within(1e-12));
            }
            for (double p : new double[] {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999}) {
                assertThat(d.quantile(p)).as("quantile(%s) at mean %s", p, mean)
                        .isEqualTo(reference.inverseCumulativeProbability(p));
            }
        }
    }

    @Test
    void anUnderDispersedVarianceIsTreatedAsPoisson() {
        assertThat(CountDistribution.of(5, 3)).isEqualTo(CountDistribution.of(5, 5));
        assertThat(CountDistribution.of(5, 5 * (1 + 1e-10)).variance()).isEqualTo(5);
    }

    @Test
    void anIntegerSizeNegativeBinomialAgreesWithPascal() {
        // Pascal(r, p) counts failures before the r-th success: mean r(1 − p)/p.
        int[] sizes = {1, 3, 10, 50};
        double[] successes = {0.5, 0.2, 0.6, 0.9};
        for (int i = 0; i < sizes.length; i++) {
            int r = sizes[i];
            double p = successes[i];
            double mean = r * (1 - p) / p;
            double variance = mean / p;
            CountDistribution d = CountDistribution.of(mean, variance);
            PascalDistribution reference = new PascalDistribution(r, p);
            assertThat(d.mean()).isEqualTo(mean);
            assertThat(d.variance()).isEqualTo(variance);
            for (int k = 0; k < mean + 8 * FastMath.sqrt(variance); k++) {
                assertThat(d.cdf(k)).as("cdf(%d) for r=%d p=%s", k, r, p)
                        .isCloseTo(reference.cumulativeProbability(k), within(1e-12));
                assertThat(d.pmf(k)).isCloseTo(reference.probability(k), within(1e-12));
            }
            for (double q : new double[] {0.001, 0.025, 0.1, 0.5, 0.9, 0.975, 0.999}) {
                assertThat(d.quantile(q)).as("quantile(%s) for r=%d p=%s", q, r, p)
                        .isEqualTo(reference.inverseCumulativeProbability(q));
            }
        }
    }

    @Test
    void aNonIntegerSizeNegativeBinomialAgreesWithItsPmfSummed() {
        double mean = 7.3;
        double variance = 31.9; // size 2.166...
        CountDistribution d = CountDistribution.of(mean, variance);
        double r = mean * mean / (variance - mean);
        double p = r / (r + mean);
        double cumulative = 0;
        double sum = 0;
        double sumSquares = 0;
        for (int k = 0; k < 400; k++) {
            double pmf = FastMath.exp(Gamma.logGamma(k + r) - Gamma.logGamma(r) - Gamma.logGamma(k + 1)
                    + r * FastMath.log(p) + k * FastMath.log(1 - p));
            cumulative += pmf;
            sum += k * pmf;
            sumSquares += (double) k * k * pmf;
            assertThat(d.pmf(k)).as("pmf(%d)", k).isCloseTo(pmf, within(1e-13));
            assertThat(d.cdf(k)).as("cdf(%d)", k).isCloseTo(cumulative, within(1e-12));
        }
        assertThat(sum).isCloseTo(mean, within(1e-9));
        assertThat(sumSquares - sum * sum).isCloseTo(variance, within(1e-8));
        for (double q : new double[] {0.01, 0.1, 0.5, 0.9, 0.99}) {
            int k = d.quantile(q);
            assertThat(d.cdf(k)).isGreaterThanOrEqualTo(q);
            assertThat(d.cdf(k - 1)).isLessThan(q);
        }
        assertThat(d.interval(0.8)).containsExactly(d.quantile(0.1), d.quantile(0.9));
    }

    @Test
    void aHugeSizeIsIndistinguishableFromPoisson() {
        CountDistribution nearlyPoisson = CountDistribution.of(40, 40 * (1 + 2e-9)); // size 2e10
        PoissonDistribution reference = new PoissonDistribution(40);
        for (int k = 0; k < 100; k++) {
            assertThat(nearlyPoisson.cdf(k)).isCloseTo(reference.cumulativeProbability(k), within(1e-9));
        }
        assertThat(nearlyPoisson.quantile(0.975)).isEqualTo(reference.inverseCumulativeProbability(0.975));
    }

    @Test
    void aZeroMeanIsAPointMassWhoseCrpsIsTheAbsoluteError() {
        CountDistribution zero = CountDistribution.of(0, 0);
        assertThat(zero.pmf(0)).isEqualTo(1);
        assertThat(zero.cdf(0)).isEqualTo(1);
        assertThat(zero.interval(0.95)).containsExactly(0, 0);
        assertThat(zero.sample(new Well19937c(1))).isZero();
        assertThat(zero.crps(0)).isZero();
        assertThat(zero.crps(7)).isEqualTo(7);
    }

    @Test
    void crpsAgreesWithItsDefinitionAndWithTheExpectationFormula() {
        for (CountDistribution d : new CountDistribution[] {CountDistribution.of(4.2, 4.2),
                CountDistribution.of(4.2, 19), CountDistribution.of(250, 900), CountDistribution.of(0.4, 3)}) {
            for (int y : new int[] {0, 1, 4, 9, 250, 300}) {
                double direct = 0;
                for (int k = 0; k < 5000; k++) {
                    double f = d.cdf(k) - (k >= y ? 1 : 0);
                    direct += f * f;
                }
                assertThat(d.crps(y)).as("crps(%d) of %s", y, d).isCloseTo(direct, within(1e-8));
                // CRPS = E|X − y| − ½ E|X − X'| = Σ_k F(k)(1 − F(k)) + … ; check the first identity by sums.
                double absolute = 0;
                double spread = 0;
                for (int k = 0; k < 5000; k++) {
                    absolute += d.pmf(k) * FastMath.abs(k - y);
                    spread += d.cdf(k) * (1 - d.cdf(k));
                }
                assertThat(d.crps(y)).isCloseTo(absolute - spread, within(1e-8));
            }
        }
    }

    @Test
    void samplesHaveTheTargetMeanAndVarianceAndRepeatForTheSameSeed() {
        for (CountDistribution d : new CountDistribution[] {CountDistribution.of(12, 12),
                CountDistribution.of(20, 60), CountDistribution.of(1.5, 9.7)}) {
            Well19937c rng = new Well19937c(20251126L);
            int n = 200_000;
            double sum = 0;
            double sumSquares = 0;
            for (int i = 0; i < n; i++) {
                int x = d.sample(rng);
                sum += x;
                sumSquares += (double) x * x;
            }
            double mean = sum / n;
            double variance = (sumSquares - n * mean * mean) / (n - 1);
            // Five standard errors: of the mean sqrt(v/n), of the variance roughly v·sqrt((2 + excess)/n).
            assertThat(mean).as("sample mean of %s", d)
                    .isCloseTo(d.mean(), within(5 * FastMath.sqrt(d.variance() / n)));
            assertThat(variance).as("sample variance of %s", d)
                    .isCloseTo(d.variance(), within(5 * d.variance() * FastMath.sqrt(2.0 / n) * 4));
            assertThat(d.sample(new Well19937c(7))).isEqualTo(d.sample(new Well19937c(7)));
        }
    }

    @Test
    void vanishingMeansStayFinite() {
        for (double mean : new double[] {1e-320, 1e-300, 1e-12}) {
            CountDistribution d = CountDistribution.of(mean, 3 * mean);
            assertThat(d.cdf(0)).as("cdf(0) of %s", d).isFinite().isCloseTo(1, within(1e-9));
            assertThat(d.interval(0.95)).containsExactly(0, 0);
            assertThat(d.crps(2)).isCloseTo(2, within(1e-9));
            assertThat(d.sample(new Well19937c(1))).isZero();
        }
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThatThrownBy(() -> CountDistribution.of(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountDistribution.of(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountDistribution.of(1, 1).quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountDistribution.of(1, 1).crps(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void severalQuantilesAtOnceAreExactlyTheQuantilesOneByOne() {
        java.util.Random random = new java.util.Random(11);
        double[] probabilities = {1e-9, 0.025, (1 - 0.80) / 2, 0.25, 0.5, 0.75, 0.9, 0.975, 1 - 1e-9};
        for (int i = 0; i < 2_000; i++) {
            double mean = FastMath.pow(10, random.nextDouble() * 5 - 2);
            double variance = mean * (1 + FastMath.pow(10, random.nextDouble() * 3 - 1));
            CountDistribution d = CountDistribution.of(mean, variance);
            int[] together = d.quantiles(probabilities);
            for (int j = 0; j < probabilities.length; j++) {
                assertThat(together[j]).as("%s, p = %s", d, probabilities[j]).isEqualTo(d.quantile(probabilities[j]));
            }
        }
    }
}
