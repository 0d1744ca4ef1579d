package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.SitrepException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountSeriesCsvTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aTwoColumnFileIsOneSeriesNamedAfterTheFileInWeekOrder() throws IOException {
        List<CountSeries> s = CountSeriesCsv.read(file("raids.csv",
                "period,count\n2018-W02,5\n2018-W01,3\n2018-W03,0\n"), false);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).id()).isEqualTo("raids");
        assertThat(s.get(0).first()).hasToString("2018-W01");
        assertThat(s.get(0).counts()).containsExactly(3, 5, 0);
    }

    @Test
    void aLongFileHoldsManySeries() throws IOException {
        List<CountSeries> s = CountSeriesCsv.read(file("long.csv",
                "series,period,count\na,2018-W52,1\nb,2019-W01,2\na,2019-W01,4\n"), false);
        assertThat(s).extracting(CountSeries::id).containsExactly("a", "b");
        assertThat(s.get(0).counts()).containsExactly(1, 4);
    }

    @Test
    void aMissingColumnNamesWhatIsExpected() throws IOException {
        Path f = file("x.csv", "week,count\n2018-W01,3\n");
        assertThatThrownBy(() -> CountSeriesCsv.read(f, false)).isInstanceOf(SitrepException.class)
                .hasMessageContaining("no 'period' column").hasMessageContaining("series,period,count");
    }

    @Test
    void badRowsAreAllReportedWithLineFieldAndReasonAndNothingIsBacktested() throws IOException {
        Path f = file("x.csv", "series,period,count\na,2018-W01,3\na,2018-W02,three\na,2018-W60,1\n"
                + "a,2018-W01,4\na,2018-W03,-2\n");
        assertThatThrownBy(() -> CountSeriesCsv.read(f, false)).isInstanceOf(SitrepException.class)
                .hasMessageContaining("4 problem(s)")
                .hasMessageContaining("line 3, field count: 'three' is not a whole number")
                .hasMessageContaining("line 4, field period:").hasMessageContaining("2018 has weeks W01 to W52")
                .hasMessageContaining("line 5: series a has week 2018-W01 already on line 2")
                .hasMessageContaining("line 6, field count: '-2'");
    }

    @Test
    void aGapIsAnErrorNamingSeriesAndWeekUnlessZerosAreAskedFor() throws IOException {
        Path f = file("x.csv", "series,period,count\na,2018-W01,3\na,2018-W04,1\n");
        assertThatThrownBy(() -> CountSeriesCsv.read(f, false)).hasMessageContaining(
                "series a has no row for week 2018-W02").hasMessageContaining("2018-W03")
                .hasMessageContaining("--fill-zero");
        assertThat(CountSeriesCsv.read(f, true).get(0).counts()).containsExactly(3, 0, 0, 1);
    }
}
