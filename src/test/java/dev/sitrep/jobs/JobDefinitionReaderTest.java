package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.analysis.prognosis.SeriesSpec;
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
        assertThat(job.pageSize()).isEqualTo("A4");
        assertThat(job.coverageFrom()).isEqualTo(java.time.LocalDate.of(2025, 8, 4));
        assertThat(job.prognosis().series()).extracting(s -> s.id()).containsExactly("russian-military-movements",
                "hmeimim-tartous-convoys", "attacks-on-russian-forces", "coastal-security-incidents");
        assertThat(job.prognosis().scenarios()).extracting(s -> s.name()).containsExactly("worst", "best", "base");
        assertThat(job.prognosis().indicators()).filteredOn(i -> i.measured()).hasSize(3);
        assertThat(job.prognosis().outlookMonths()).isEqualTo(6);
        assertThat(job.keepSuperseded()).as("without retention, every version is kept").isNull();
    }

    @Test
    void aSeriesCountsEventsUnlessItSaysDeathsAndAnyOtherMeasureNamesFileLineAndField() throws IOException {
        assertThat(reader.read(Path.of("jobs/syria-weekly.yml")).prognosis().series())
                .allMatch(s -> s.measure() == SeriesSpec.Measure.EVENTS);
        JobDefinition ucdp = reader.read(Path.of("jobs/syria-ucdp.yml"));
        assertThat(ucdp.prognosis().series()).filteredOn(s -> s.measure() == SeriesSpec.Measure.DEATHS)
                .extracting(SeriesSpec::id).containsExactly("all-deaths", "rif-dimashq-deaths");
        String movements = "      title: Russian military movements\n";
        assertThat(reader.read(jobFile(movements, movements + "      measure: deaths\n")).prognosis().series().get(0)
                .measure()).isEqualTo(SeriesSpec.Measure.DEATHS);
        assertThatThrownBy(() -> reader.read(jobFile(movements, movements + "      measure: casualties\n")))
                .hasMessageContaining("syria-weekly.yml:")
                .hasMessageContaining("prognosis.series[0].measure: 'casualties': a series measures events or deaths");
    }

    @Test
    void retentionKeepsTheLastKSupersededVersionsAndRejectsANegativeKOrAnUnknownField() throws IOException {
        Path keepTwo = jobFile("notable-events: 12", "notable-events: 12\nretention:\n  keep-superseded: 2");
        assertThat(reader.read(keepTwo).keepSuperseded()).isEqualTo(2);
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12",
                "notable-events: 12\nretention:\n  keep-superseded: -1")))
                .hasMessageContaining("syria-weekly.yml:15: retention.keep-superseded: -1 is negative");
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12",
                "notable-events: 12\nretention:\n  keep: 2")))
                .hasMessageContaining("retention.keep: unknown field");
    }

    @Test
    void aJobIsPrivateUnlessItsAccessSaysPublicAndAnyOtherAccessNamesFileLineAndField() throws IOException {
        assertThat(reader.read(Path.of("jobs/syria-weekly.yml")).publicAccess()).isFalse();
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\naccess: public")).publicAccess())
                .isTrue();
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\naccess: private")).publicAccess())
                .isFalse();
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12", "notable-events: 12\naccess: everyone")))
                .hasMessageContaining("syria-weekly.yml:14: access: 'everyone' is not an access: use public");
    }

    @Test
    void editionsPublishAtOnceUnlessReviewIsRequiredAndAnyOtherPolicyNamesFileLineAndField() throws IOException {
        assertThat(reader.read(Path.of("jobs/syria-weekly.yml")).reviewRequired()).isFalse();
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\nreview: required")).reviewRequired())
                .isTrue();
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\nreview: none")).reviewRequired())
                .isFalse();
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12", "notable-events: 12\nreview: sometimes")))
                .hasMessageContaining("syria-weekly.yml:14: review: 'sometimes' is not a review policy: use none");
    }

    @Test
    void aDisagreementWithTheModelIsPublishedUnlessTheJobHoldsOrRefusesItAndAnyOtherPolicyNamesFileLineAndField()
            throws IOException {
        assertThat(reader.read(Path.of("jobs/syria-weekly.yml")).onDisagreement()).isEqualTo(OnDisagreement.PUBLISH);
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\non-disagreement: review"))
                .onDisagreement()).isEqualTo(OnDisagreement.REVIEW);
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\non-disagreement: refuse"))
                .onDisagreement()).isEqualTo(OnDisagreement.REFUSE);
        assertThat(reader.read(jobFile("notable-events: 12", "notable-events: 12\non-disagreement: publish"))
                .onDisagreement()).isEqualTo(OnDisagreement.PUBLISH);
        assertThatThrownBy(() -> reader.read(jobFile("notable-events: 12", "notable-events: 12\non-disagreement: warn")))
                .isInstanceOf(JobDefinitionException.class)
                .hasMessageContaining("syria-weekly.yml:14: on-disagreement: 'warn' is not a policy: use publish");
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
        assertThatThrownBy(() -> reader.read(jobFile("page-size: A4", "page-size: A2")))
                .hasMessageMatching(".*syria-weekly.yml:12: page-size: 'A2' is not a page size: use one of .*letter.*");
        assertThatThrownBy(() -> reader.read(jobFile("from: 2025-08-04", "from: August 2025")))
                .hasMessageMatching(".*syria-weekly.yml:\\d+: scope.from: 'August 2025' is not a date.*");
        assertThatThrownBy(() -> reader.read(jobFile("attacks-on-russian-forces total >= 1",
                "attacks-on-russians total >= 1")))
                .hasMessageMatching(".*syria-weekly.yml:\\d+: prognosis.scenarios\\[0\\].when: 'attacks-on-russians' is "
                        + "not a tracked series.*");
        assertThatThrownBy(() -> reader.read(jobFile("when: otherwise", "when: russian-military-movements total > 4")))
                .hasMessageContaining("the last scenario must be 'otherwise'");
        assertThatThrownBy(() -> reader.read(jobFile("series: hmeimim-tartous-convoys", "series: convoys")))
                .hasMessageMatching(".*prognosis.indicators\\[1\\].series: 'convoys' is not a tracked series.*");
        assertThatThrownBy(() -> reader.read(jobFile("outlook-months: 6", "outlook-months: 24")))
                .hasMessageContaining("outlook-months: 24 is out of range: use 6 to 12");
        assertThatThrownBy(() -> reader.read(jobFile("id: hmeimim-tartous-convoys", "id: russian-military-movements")))
                .hasMessageContaining("series 'russian-military-movements' is defined twice");
        assertThatThrownBy(() -> reader.read(jobFile("id: syria-weekly", "id: other")))
                .hasMessageContaining("id 'other' must match the file name 'syria-weekly'");
    }

    @Test
    void aScheduleMayNameItsMisfirePolicyAndTheDatesItSkips() throws IOException {
        JobDefinition plain = reader.read(Path.of("jobs/syria-weekly.yml"));
        assertThat(plain.schedule().misfire()).isEqualTo(JobSchedule.Misfire.FIRE_ONCE_NOW);
        assertThat(plain.schedule().excluded()).isEmpty();

        JobDefinition job = reader.read(jobFile("zone: Asia/Damascus",
                "zone: Asia/Damascus\n  misfire: skip\n  exclude: [2025-12-25, 2026-01-01]"));

        assertThat(job.schedule().misfire()).isEqualTo(JobSchedule.Misfire.SKIP);
        assertThat(job.schedule().excluded()).containsExactly(java.time.LocalDate.of(2025, 12, 25),
                java.time.LocalDate.of(2026, 1, 1));
    }

    @Test
    void aBadMisfirePolicyExcludedDateOrScheduleFieldNamesTheFileTheLineAndTheField() throws IOException {
        assertThatThrownBy(() -> reader.read(jobFile("zone: Asia/Damascus", "zone: Asia/Damascus\n  misfire: later")))
                .hasMessageContaining("syria-weekly.yml:8: schedule.misfire: 'later' is not a misfire policy: use "
                        + "fire-once-now");
        assertThatThrownBy(() -> reader.read(jobFile("zone: Asia/Damascus",
                "zone: Asia/Damascus\n  exclude: [2025-12-25, 25/12/2026]")))
                .hasMessageContaining("syria-weekly.yml:8: schedule.exclude: '25/12/2026' is not a date");
        assertThatThrownBy(() -> reader.read(jobFile("zone: Asia/Damascus", "zone: Asia/Damascus\n  timezone: UTC")))
                .hasMessageContaining("syria-weekly.yml:8: schedule.timezone: unknown field");
        assertThatThrownBy(() -> reader.read(jobFile("template: weekly-assessment", "template: weekly-asessment")))
                .hasMessageContaining("syria-weekly.yml:10: template: no template folder "
                        + "report-templates/weekly-asessment/");
        assertThatThrownBy(() -> reader.read(jobFile("  cron: \"0 0 6 ? * MON\"\n", "")))
                .hasMessageContaining("schedule.cron: missing: this field is required");
    }

    @Test
    void aScheduledFiringPublishesTheIsoWeekThatHasJustEnded() {
        assertThat(ScheduledPublication.periodFor(java.time.LocalDate.of(2025, 12, 1))).hasToString("2025-W48");
        assertThat(ScheduledPublication.periodFor(java.time.LocalDate.of(2026, 1, 5))).hasToString("2026-W01");
    }

    @Test
    void theShippedJobDefinesOutcomesAtSixTwelveAndTwentyFourMonthsWithSignposts() {
        var outcomes = reader.read(Path.of("jobs/syria-weekly.yml")).prognosis().outcomes();
        assertThat(outcomes.months()).containsExactly(6, 12, 24);
        assertThat(outcomes.scenarios()).extracting(s -> s.name()).containsExactly("best", "worst", "base");
        assertThat(outcomes.scenarios().get(0).measured()).as("best is the analysts' to judge").isFalse();
        assertThat(outcomes.scenarios().get(1).when()).isEqualTo("attacks-on-russian-forces total >= 3");
        assertThat(outcomes.scenarios().get(2).otherwise()).isTrue();
        assertThat(outcomes.scenarios().get(0).signposts()).extracting(sp -> sp.measured())
                .containsExactly(false, false, true, true);
    }

    @Test
    void aBadOutcomeNamesTheFileTheLineAndTheField() throws IOException {
        assertThatThrownBy(() -> reader.read(jobFile("months: [6, 12, 24]", "months: [12, 6]")))
                .hasMessageMatching("(?s).*syria-weekly.yml:\\d+: prognosis.outcomes.months: \\[12, 6\\]: horizons "
                        + "rise from 1 to 60 months.*");
        assertThatThrownBy(() -> reader.read(jobFile("when: attacks-on-russian-forces total >= 3",
                "when: attacks-on-russian-forces weekly-max >= 3")))
                .hasMessageMatching("(?s).*syria-weekly.yml:\\d+: prognosis.outcomes.scenarios\\[1\\].when: "
                        + "'weekly-max' in .*: use total, monthly-max, monthly-min or final-month.*");
        assertThatThrownBy(() -> reader.read(jobFile("when: hmeimim-tartous-convoys monthly-min >= 1",
                "when: convoys monthly-min >= 1")))
                .hasMessageContaining("prognosis.outcomes.scenarios[0].signposts[2].when: 'convoys' is not a tracked "
                        + "series");
        assertThatThrownBy(() -> reader.read(jobFile("      - name: worst\n        title: Russian forces come",
                "      - name: best\n        title: Russian forces come")))
                .hasMessageContaining("outcome scenario 'best' is defined twice");
        String swapped = Files.readString(Path.of("jobs/syria-weekly.yml"))
                .replace("when: attacks-on-russian-forces total >= 3", "when: otherwise")
                .replace("        when: otherwise\n        signposts:\n          - Redeployment",
                        "        when: attacks-on-russian-forces total = 0\n        signposts:\n          - Redeployment");
        Path otherwiseFirst = Files.writeString(dir.resolve("syria-weekly.yml"), swapped);
        assertThatThrownBy(() -> reader.read(otherwiseFirst))
                .hasMessageContaining("only the last outcome scenario may be 'otherwise'");
    }
}
