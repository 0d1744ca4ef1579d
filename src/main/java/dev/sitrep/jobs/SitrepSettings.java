package dev.sitrep.jobs;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the job definitions, templates and the work of running jobs live ({@code sitrep.*}); relative
 * paths are taken from the working directory, which the launcher sets to the project folder.
 */
@ConfigurationProperties("sitrep")
record SitrepSettings(Path jobsDir, Path templatesDir, Path workDir) {

    SitrepSettings {
        jobsDir = jobsDir == null ? Path.of("jobs") : jobsDir;
        templatesDir = templatesDir == null ? Path.of("report-templates") : templatesDir;
        workDir = workDir == null ? Path.of("data", "work") : workDir;
    }
}
