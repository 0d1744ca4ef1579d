package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobDefinitionReaderTest {

    @TempDir
    Path dir;

    private final JobDefinitionReader reader = new JobDefinitionReader(
            template -> template.equals("weekly-assessment"), style -> style.equals("chicago-author-date"));

    private Path jobFile(String edit, String replacement) throws IOException {
        String yaml = Files.readString(Path.of("jobs/syria-weekly.yml")).replace(edit, replacement);
        return Files.writeString(dir.resolve("syria-weekly.yml"), yaml);
    }

    @Test
    void theShippedJobReadsWithItsScheduleSeriesAndScenarios() {
        JobDefinition job = reader.read(Path.of("jobs/syria-weekly.yml"));
        assertThat(job.id()).isEqualTo("syria-weekly");
        assertThat(job.zone()).isEqualTo(ZoneId.of("Asia/Damascus"));
        assertThat(job.baselineWeeks()).isEqualTo(12);
        assertThat(job.prognosis().series()).extracting(s -> s.id())
                .containsExactly("russian-military-movements", "coastal-security-incidents");
        assertThat(job.prognosis().series().get(0).scenarios()).extracting(s -> s.name())
                .containsExactly("best", "base", "worst");
    }

    @Test
    void eachMistakeNamesTheFileTheLineAndTheField() throws IOException {
        assertThatThrownBy(() -> reader.read(jobFile("\"0 0 6 ? * MON\"", "\"every monday\"")))
                .hasMessageMatching(".*syria-weekly.yml:6: schedule.cron: 'every monday' is not a Quartz cron.*");
        assertThatThrownBy(() -> reader.read(jobFile("Asia/Damascus", "Asia/Atlantis")))
                .hasMessageContaining("syria-weekly.yml:7: schedule.zone: 'Asia/Atlantis' is not an IANA time zone");
        assertThatThrownBy(() -> reader.read(jobFile("citation-style: chicago-author-date", "citation-style: mla-9")))
                .hasMessageContaining("syria-weekly.yml:11: citation-style: unknown CSL style 'mla-9'");
        assertThatThrownBy(() -> reader.read(jobFile("baseline-weeks: 12", "baseline-weeks: 1")))
                .hasMessageContaining("baseline-weeks: 1 is out of range");
        assertThatThrownBy(() -> reader.read(jobFile("title: Syria weekly situation assessment\n", "")))
                .hasMessageContaining("title: missing: this field is required");
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12", "notable-event: 12")))
                .hasMessageContaining("notable-event: unknown field");
        assertThatThrownBy(() -> reader.read(jobFile("id: syria-weekly", "id: other")))
                .hasMessageContaining("id 'other' must match the file name 'syria-weekly'");
    }

    @Test
    void aScheduledFiringPublishesTheIsoWeekThatHasJustEnded() {
        assertThat(ScheduledPublication.periodFor(java.time.LocalDate.of(2025, 12, 1))).hasToString("2025-W48");
        assertThat(ScheduledPublication.periodFor(java.time.LocalDate.of(2026, 1, 5))).hasToString("2026-W01");
    }
}
