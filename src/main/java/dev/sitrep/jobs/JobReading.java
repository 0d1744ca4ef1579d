package dev.sitrep.jobs;

import dev.sitrep.archive.ArchiveReading;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What reading the jobs' state needs: their definitions, the scheduler's tables (the scheduler made, never started)
 * and the archive's index, for a context that starts nothing else. Not a stereotype, so the application's component
 * scan never counts these beans twice.
 */
@Import({JobCatalog.class, JobListing.class, QuartzDatabaseSettings.class, IdleSchedulerShutdown.class,
        ArchiveReading.class})
@EnableConfigurationProperties(SitrepSettings.class)
@ImportAutoConfiguration(QuartzAutoConfiguration.class)
public final class JobReading {

    private JobReading() {
    }
}
