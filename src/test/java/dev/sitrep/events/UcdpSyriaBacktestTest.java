package dev.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.prognosis.Backtest;
import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestScore;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.BacktestSkill;
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

    @Test
    void autoBeatsBothBaselinesAtOneAndFourWeeksWithEightyPercentIntervalsNearNominal() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "UCDP GED Syria file absent: " + FILE.toAbsolutePath());
        List<CountSeries> series = weeklySeries(FILE);
        assertThat(series).hasSize(19);
        writeCsv(series, Path.of("target/ucdp-syria-weekly.csv"));

        BacktestResult result = Backtest.run(series, BacktestSettings.defaults());
        for (int h : List.of(1, 4, 8)) {
            BacktestSkill k = skill(result, h);
            double cover80 = score(result, h, BacktestSettings.AUTO).coverage()[1];
            System.out.printf(Locale.ROOT, "UCDP Syria h=%d: auto/naive %.3f, auto/mean12 %.3f, 80%% coverage %.1f%%"
                    + " (%d series)%n", h, k.autoOverNaive(), k.autoOverMean12(), 100 * cover80, k.seriesCount());
        }
        for (int h : List.of(1, 4)) {
            BacktestSkill k = skill(result, h);
            assertThat(k.seriesCount()).isEqualTo(19);
            assertThat(k.autoOverNaive()).as("h=%d auto/naive", h).isLessThan(1.0);
            assertThat(k.autoOverMean12()).as("h=%d auto/mean12", h).isLessThan(1.0);
            assertThat(score(result, h, BacktestSettings.AUTO).coverage()[1]).as("h=%d 80%% coverage", h)
                    .isBetween(0.75, 0.85);
        }
    }

    private static BacktestSkill skill(BacktestResult r, int h) {
        return r.skill().stream().filter(k -> k.series().equals(BacktestResult.ALL) && k.horizon() == h)
                .findFirst().orElseThrow();
    }

    private static BacktestScore score(BacktestResult r, int h, String model) {
        return r.scores().stream().filter(s -> s.series().equals(BacktestResult.ALL) && s.horizon() == h
                && s.model().equals(model)).findFirst().orElseThrow();
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
