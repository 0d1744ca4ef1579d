package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A flash counts the series behind the job's scenarios by index, not by a pass over the log: the counts
 * must be the weekly gather's, week for week and month for month, on the shipped sample.
 */
@SpringBootTest(classes = SitrepApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:flash-series-test;DB_CLOSE_DELAY=-1")
class FlashSeriesTest {

    private final EventLog events;
    private final Judgments judgments;
    private final JobCatalog catalog;

    FlashSeriesTest(EventLog events, Judgments judgments, JobCatalog catalog) {
        this.events = events;
        this.judgments = judgments;
        this.catalog = catalog;
    }

    @Test
    void theIndexedCountsOfTheScenarioSeriesAreTheWeeklyGathersCounts() {
        events.importFile(Path.of("data/sample/syria-2025/events.jsonl"), "sitrep-jsonl", false);
        JobDefinition job = catalog.find("syria-weekly");
        Instant asOf = Instant.now().plusSeconds(60);
        IsoWeek week = IsoWeek.parse("2025-W48");

        SeriesCounts weekly = new Gatherer(events, judgments).gather(job, week, asOf).seriesCounts();
        SeriesCounts flash = new FlashSeries(events).jobSeriesCounts(job, week, asOf, new InputsHash());

        assertThat(job.coverageFrom()).as("the indexed path needs a declared coverage start").isNotNull();
        assertThat(FlashSeries.scenarioSeries(job.prognosis())).as("each filtered by type: read by index")
                .allSatisfy(s -> assertThat(s.types()).isNotEmpty());
        assertThat(FlashSeries.scenarioSeries(job.prognosis())).extracting(SeriesSpec::id)
                .containsExactly("russian-military-movements", "attacks-on-russian-forces")
                .allSatisfy(id -> {
                    assertThat(flash.weeklyOf(id)).as(id + " by week").isEqualTo(weekly.weeklyOf(id));
                    assertThat(flash.monthlyOf(id)).as(id + " by month").isEqualTo(weekly.monthlyOf(id));
                });
        assertThat(flash.weeklyOf("russian-military-movements")).as("something was counted").isNotEmpty()
                .matches(w -> java.util.Arrays.stream(w).sum() > 10);
    }
}
