package dev.sitrep.jobs;

import org.springframework.stereotype.Component;

/**
 * Whether a job's editions and feed are open to anyone ({@code access: public} in its yml). Read afresh
 * each time, like every job definition, so making a job public or private needs no restart.
 */
@Component
public class JobAccess {

    private final JobCatalog catalog;

    JobAccess(JobCatalog catalog) {
        this.catalog = catalog;
    }

    /** False for an unknown job or a yml with a mistake: when in doubt, a job stays private. */
    public boolean isPublic(String jobId) {
        if (jobId == null || !jobId.matches("[a-z0-9][a-z0-9-]*")) {
            return false;
        }
        try {
            return catalog.find(jobId).publicAccess();
        } catch (JobDefinitionException e) {
            return false;
        }
    }
}
