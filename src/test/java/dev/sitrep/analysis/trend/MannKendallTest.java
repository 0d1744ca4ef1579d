package dev.sitrep.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.sitrep.analysis.trend.MannKendall.Direction;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.stat.correlation.KendallsCorrelation;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.Test;

class MannKendallTest {

    /**
     * Monthly rainfall at Bogra, Bangladesh, 1981-2010 (mm), NA = missing: the data set of pyMannKendall's own
     * test suite (Hussain and Mahmud 2019, JOSS 4(39) 1556), tests/data/Monthly Rainfall.csv, column "Bogra",
     * https://github.com/mmhs013/pyMannKendall/blob/master/tests/test_pymannkendall.py
     */
    private static final String BOGRA = ""
            + "32 20 25 189 240 193 379 278 301 0 0 82 "
            + "0 4 NA NA 121 234 360 262 120 30 11 1 "
            + "7 3 31 31 355 102 248 274 308 NA 5 26 "
            + "11 16 6 48 388 539 431 272 404 186 0 2 "
            + "0 4 1 54 272 459 235 164 365 135 2 NA "
            + "NA 4 0 128 210 163 446 225 462 467 19 13 "
            + "0 3 17 132 178 338 525 623 145 31 19 3 "
            + "0 29 25 87 259 756 486 180 292 43 92 1 "
            + "0 16 2 0 130 253 594 111 273 30 0 4 "
            + "0 27 24 41 292 378 499 265 320 227 4 0 "
            + "4 14 8 48 416 240 404 207 733 105 0 112 "
            + "0 14 0 30 140 202 289 159 424 106 3 0 "
            + "65 3 14 58 268 466 432 266 240 95 1 0 "
            + "10 26 4 114 94 289 173 208 263 156 5 0 "
            + "16 16 14 0 111 475 534 432 471 117 70 1 "
            + "3 28 7 401 184 283 338 171 335 176 0 0 "
            + "10 11 9 140 102 208 298 245 220 29 2 27 "
            + "10 13 26 84 143 367 749 563 283 353 10 0 "
            + "0 0 0 9 246 265 343 429 168 133 17 0 "
            + "18 35 76 158 272 250 190 289 466 84 0 0 "
            + "0 0 0 22 217 299 185 115 344 203 8 NA "
            + "NA 0 5 284 123 254 476 496 326 27 20 0 "
            + "4 53 72 113 214 364 219 220 156 264 0 13 "
            + "0 0 45 90 137 638 529 261 206 251 0 0 "
            + "5 9 58 72 138 130 471 328 356 523 0 1 "
            + "0 0 12 143 193 184 192 138 174 69 1 0 "
            + "0 18 25 28 92 732 320 256 302 131 15 0 "
            + "27 0 22 20 213 393 474 374 109 159 0 0 "
            + "0 3 3 49 205 128 194 570 169 89 0 0 "
            + "0 0 0 26 185 286 92 225 244 190 3 20";

    private static double[] withoutMissing(String values) {
        return Arrays.stream(values.trim().split(" +")).filter(v -> !v.equals("NA")).mapToDouble(Double::parseDouble)
                .toArray();
    }

    @Test
    void agreesWithPyMannKendallOnTheBograRainfall() {
        double[] rainfall = withoutMissing(BOGRA);

        MannKendall test = MannKendall.of(rainfall);

        // Published in pyMannKendall's test_original_test: s = -1959, var_s = 4889800.333333333,
        // z = -0.8854562842589916, p = 0.37591058740506833, Tau = -0.03153167653875869, trend 'no trend';
        // slope = -0.0064516129032258064 as asserted at commit 2541218 (v1.0), where missing months are dropped
        // before the pairwise slopes, as here. (Later versions keep the gaps in time and give -0.006369...)
        assertThat(test.n()).isEqualTo(353);
        assertThat(test.s()).isEqualTo(-1959);
        assertThat(test.varianceS()).isCloseTo(4889800.333333333, offset(1e-6));
        assertThat(test.z()).isCloseTo(-0.8854562842589916, offset(1e-12));
        assertThat(test.pValue()).isCloseTo(0.37591058740506833, offset(1e-12));
        assertThat(test.tau()).isCloseTo(-0.03153167653875869, offset(1e-15));
        assertThat(test.senSlope()).isCloseTo(-0.0064516129032258064, offset(1e-15));
        assertThat(test.direction()).isEqualTo(Direction.NONE);
    }

    @Test
    void agreesWithAWorkedExampleByHand() {
        // "A Mann-Kendall Example ('By Hand')", J. Little, College of the Holy Cross,
        // https://mathcs.holycross.edu/~little/Montserrat/MannKendallByHand.txt: S = 54,
        // V = (14)(13)(33)/18 - (2)(1)(9)/18 (one pair of ties), Z = (S - 1)/sqrt(V) = 2.9058,
        // p = .0018 from the normal table, which is the one-sided tail; two-sided it is twice that.
        double[] series = {12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7};

        MannKendall test = MannKendall.of(series);

        assertThat(test.s()).isEqualTo(54);
        assertThat(test.varianceS()).isCloseTo((14 * 13 * 33 - 2 * 1 * 9) / 18.0, offset(1e-12));
        assertThat(test.z()).isCloseTo(2.9058, offset(5e-5));
        assertThat(test.pValue() / 2).isCloseTo(0.0018, offset(5e-5));
        assertThat(test.tau()).isCloseTo(54 / 91.0, offset(1e-15));
        assertThat(test.direction()).isEqualTo(Direction.INCREASING);
    }

    @Test
    void sAgreesWithHipparchusKendallTauB() {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(11));
        for (int round = 0; round < 50; round++) {
            int n = 5 + round;
            double[] series = new double[n];
            for (int i = 0; i < n; i++) {
                series[i] = random.nextPoisson(3);
            }
            series[0] = 0;
            series[n - 1] = 1 + series[n - 1];
            double[] time = IntStream.range(0, n).asDoubleStream().toArray();
            double tauB = new KendallsCorrelation().correlation(time, series);
            Map<Double, Integer> groups = new HashMap<>();
            Arrays.stream(series).forEach(x -> groups.merge(x, 1, Integer::sum));
            double pairs = n * (n - 1) / 2.0;
            double tiedPairs = groups.values().stream().mapToDouble(t -> t * (t - 1) / 2.0).sum();
            // Time has no ties, so tau-b = S / sqrt(n0 (n0 - n2)).
            double expected = tauB * FastMath.sqrt(pairs * (pairs - tiedPairs));

            assertThat((double) MannKendall.of(series).s()).as("n = %d", n).isCloseTo(expected, offset(1e-6));
        }
    }

    @Test
    void sensSlopeRecoversALinearTrendThroughNoise() {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(3));
        double[] series = new double[52];
        for (int i = 0; i < series.length; i++) {
            series[i] = 10 + 0.75 * i + random.nextNormal(0, 2);
        }

        MannKendall test = MannKendall.of(series);

        assertThat(test.senSlope()).isCloseTo(0.75, offset(0.05));
        assertThat(test.direction()).isEqualTo(Direction.INCREASING);
        double[] exact = IntStream.range(0, 20).mapToDouble(i -> 30 - 1.5 * i).toArray();
        MannKendall falling = MannKendall.of(exact);
        assertThat(falling.senSlope()).isEqualTo(-1.5);
        assertThat(falling.tau()).isEqualTo(-1.0);
        assertThat(falling.direction()).isEqualTo(Direction.DECREASING);
    }

    @Test
    void countsAndDoublesGiveTheSameAnswer() {
        int[] counts = {3, 5, 4, 4, 7, 6, 9, 8, 8, 12, 11};
        assertThat(MannKendall.of(counts)).isEqualTo(MannKendall.of(Arrays.stream(counts).asDoubleStream().toArray()));
        // An even number of pairs (n = 4: 6 pairs) takes the mean of the middle two slopes: -1, 0.5, [0.5, 1], 2, 2.
        assertThat(MannKendall.of(new int[] {0, 2, 1, 3}).senSlope()).isEqualTo(0.75);
    }

    @Test
    void tooShortOrFlatSeriesShowNoTrend() {
        for (int n = 0; n < 3; n++) {
            MannKendall test = MannKendall.of(new int[n]);
            assertThat(test).isEqualTo(new MannKendall(n, 0, 0, 0, 1, 0, 0, Direction.NONE));
        }
        MannKendall flat = MannKendall.of(new int[] {4, 4, 4, 4, 4, 4});
        assertThat(flat.s()).isZero();
        assertThat(flat.varianceS()).isZero();
        assertThat(flat.z()).isZero();
        assertThat(flat.pValue()).isEqualTo(1.0);
        assertThat(flat.senSlope()).isZero();
        assertThat(flat.direction()).isEqualTo(Direction.NONE);
        MannKendall three = MannKendall.of(new int[] {1, 2, 3});
        assertThat(three.s()).isEqualTo(3);
        assertThat(three.direction()).isEqualTo(Direction.NONE);
        assertThatThrownBy(() -> MannKendall.of(new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
