package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.prognosis.Backtest;
import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.BacktestSkill;
import dev.sitrep.analysis.prognosis.BacktestSpan;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.IsoWeek;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The forecast evaluation on real data: 13,616 UCDP GED events for Syria, read by the UCDP importer, counted
 * into 19 weekly series (all events, each governorate, each type of violence) from 2016-W01 to 2018-W26, the
 * last 104 weeks scored. Slow (the whole file is parsed), so outside the normal build; the data lives beside the
 * repository, not in it, and the test is skipped where it is absent.
 */
@Tag("slow")
class UcdpSyriaBacktestTest {

    static final Path FILE = Path.of("../shared/data/ucdp-ged-syria/ged-syria-2016-01_2018-07-01.csv");
    static final IsoWeek FIRST = IsoWeek.parse("2016-W01");
    static final IsoWeek LAST = IsoWeek.parse("2018-W26");
    /** Targets before this week are the development span (where the models were chosen), from it the test span. */
    static final IsoWeek TEST_FROM = IsoWeek.parse("2018-W01");
    private static final String AUTO = BacktestSettings.AUTO;
    private static final String NAIVE = "naive";
    private static final String MEAN12 = "mean12";

    @Test
    void autoBeatsBothBaselinesAtOneAndFourWeeksOnTheTestSpanWithIntervalsNearNominal() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "UCDP GED Syria file absent: " + FILE.toAbsolutePath());
        List<CountSeries> series = weeklySeries(FILE);
        assertThat(series).hasSize(19);
        writeCsv(series, Path.of("target/ucdp-syria-weekly.csv"));

        BacktestSettings defaults = BacktestSettings.defaults();
        BacktestResult result = Backtest.run(series, new BacktestSettings(defaults.horizons(), null,
                defaults.models(), defaults.choiceHorizon(), TEST_FROM));
        for (BacktestSpan span : result.spans()) {
            for (int h : List.of(1, 4, 8)) {
                double[] c = span.coverage(BacktestSettings.AUTO, h);
                System.out.printf(Locale.ROOT, "UCDP Syria %s h=%d: auto MAE/naive %.3f, /mean12 %.3f; CRPS/naive %.3f,"
                                + " /mean12 %.3f; coverage 50/80/95 %.3f %.3f %.3f%n", span.name(), h,
                        span.maeRatio(AUTO, NAIVE, h), span.maeRatio(AUTO, MEAN12, h),
                        span.crpsRatio(AUTO, NAIVE, h), span.crpsRatio(AUTO, MEAN12, h), c[0], c[1], c[2]);
            }
        }
        for (int h : List.of(1, 4)) {
            BacktestSkill k = skill(result, h);
            assertThat(k.seriesCount()).isEqualTo(19);
            assertThat(k.autoOverNaive()).as("h=%d auto/naive", h).isLessThan(1.0);
            assertThat(k.autoOverMean12()).as("h=%d auto/mean12", h).isLessThan(1.0);
        }
        // The development span (2016-W27..2017-W52) is where the interval recalibration's window and half-life
        // were chosen: there its pooled 80 and 95 % intervals meet the 78-82 % and 93-97 %.
        BacktestSpan development = result.spans().get(0);
        assertThat(development.name()).isEqualTo(BacktestSpan.DEVELOPMENT);
        for (int h : List.of(1, 4)) {
            double[] c = development.coverage(AUTO, h);
            assertThat(c[1]).as("development h=%d 80%% coverage", h).isBetween(0.78, 0.82);
            assertThat(c[2]).as("development h=%d 95%% coverage", h).isBetween(0.93, 0.97);
        }
        // On the test span (2018-W01..W26, nothing tuned on it) the stated medians meet the MAE goal, 0.90
        // or better against both baselines at one and four weeks (0.872 / 0.766 and 0.884 / 0.865 when written),
        // and the 80 % coverage goal at one week (78 %), not at four: 72 % of targets in the 80 % intervals and 89 %
        // in the 95 % ones (2018's offensives were wider than the two years before). CRPS against
        // mean12 is the ratio of two recalibrated forecasts, mean12's gaining more from it than auto's.
        BacktestSpan test = result.spans().get(1);
        assertThat(test.name()).isEqualTo(BacktestSpan.TEST);
        for (int h : List.of(1, 4)) {
            assertThat(test.maeRatio(AUTO, NAIVE, h)).as("test h=%d auto/naive", h).isLessThanOrEqualTo(0.90);
            assertThat(test.maeRatio(AUTO, MEAN12, h)).as("test h=%d auto/mean12", h).isLessThanOrEqualTo(0.90);
            assertThat(test.crpsRatio(AUTO, NAIVE, h)).as("test h=%d CRPS auto/naive", h).isLessThan(0.82);
            assertThat(test.crpsRatio(AUTO, MEAN12, h)).as("test h=%d CRPS auto/mean12", h).isLessThan(0.95);
            double[] c = test.coverage(AUTO, h);
            assertThat(c[1]).as("test h=%d 80%% coverage", h).isBetween(0.71, 0.82);
            assertThat(c[2]).as("test h=%d 95%% coverage", h).isBetween(0.88, 0.97);
        }
    }

    private static BacktestSkill skill(BacktestResult r, int h) {
        return r.skill().stream().filter(k -> k.series().equals(BacktestResult.ALL) && k.horizon() == h)
                .findFirst().orElseThrow();
    }

    /** Events counted in the ISO week of their start date, as an edition counts them; weeks without any are 0. */
    static List<CountSeries> weeklySeries(Path file) throws IOException {
        int weeks = (int) java.time.temporal.ChronoUnit.WEEKS.between(FIRST.monday(), LAST.monday()) + 1;
        Map<String, int[]> counts = new TreeMap<>();
        int[] all = new int[weeks];
        ImportSource source = ImportFormats.open(file, "ucdp-ged", Instant.EPOCH);
        source.forEachRow((line, raw, parse, valueOf) -> {
            Event e = parse.get();
            IsoWeek week = IsoWeek.containing(e.occurred());
            if (week.compareTo(FIRST) < 0 || week.compareTo(LAST) > 0) {
                return;
            }
            int i = (int) java.time.temporal.ChronoUnit.WEEKS.between(FIRST.monday(), week.monday());
            String admin1 = e.place().admin1() == null || e.place().admin1().isBlank() ? "unknown"
                    : e.place().admin1().replace(" Governorate", "").replace(' ', '-').toLowerCase(Locale.ROOT);
            all[i]++;
            counts.computeIfAbsent("governorate:" + admin1, k -> new int[weeks])[i]++;
            counts.computeIfAbsent("violence:" + e.type(), k -> new int[weeks])[i]++;
        });
        List<CountSeries> out = new ArrayList<>();
        out.add(series("all", all));
        counts.forEach((id, c) -> out.add(series(id, c)));
        return out;
    }

    private static CountSeries series(String id, int[] counts) {
        return new CountSeries(id, FIRST, java.util.Arrays.stream(counts).boxed().toList());
    }

    /** The series in the long format {@code sitrep backtest --input} reads, for trying the command on them. */
    private static void writeCsv(List<CountSeries> series, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("series,period,count\n");
        for (CountSeries s : series) {
            for (int i = 0; i < s.counts().size(); i++) {
                csv.append(s.id()).append(',').append(s.week(i)).append(',').append(s.counts().get(i)).append('\n');
            }
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
