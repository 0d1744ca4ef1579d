package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.PrognosisSettings;

/**
 * The settings of a job as the gather step read them: every later step (and a restart) uses these, so
 * an edit of the yml while an edition is being made cannot mix two definitions in one edition.
 */
record JobSnapshot(String id, String title, int baselineWeeks, String template, String citationStyle, String pageSize,
                   int notableEvents, PrognosisSettings prognosis, boolean reviewRequired,
                   OnDisagreement onDisagreement) {

    static JobSnapshot of(JobDefinition job) {
        return new JobSnapshot(job.id(), job.title(), job.baselineWeeks(), job.template(), job.citationStyle(), job.pageSize(),
                job.notableEvents(), job.prognosis(), job.reviewRequired(), job.onDisagreement());
    }
}
