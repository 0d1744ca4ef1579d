package dev.sitrep.jobs;

import dev.sitrep.render.EditionRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The jobs defined in {@code jobs/*.yml}, read afresh on every call so an edit needs no restart. */
@Component
class JobCatalog {

    private final SitrepSettings settings;
    private final JobDefinitionReader reader;

    JobCatalog(SitrepSettings settings) {
        this.settings = settings;
        this.reader = new JobDefinitionReader(
                template -> template.matches("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*")
                        && Files.isDirectory(settings.templatesDir().resolve(template)),
                EditionRenderer::citationStyleExists);
    }

    List<JobDefinition> all() {
        return files().stream().map(reader::read).toList();
    }

    /** Every jobs/*.yml, each read on its own: one file's mistake does not keep the others from loading. */
    List<Entry> load() {
        return files().stream().map(file -> {
            try {
                return new Entry(idOf(file), reader.read(file), null);
            } catch (JobDefinitionException e) {
                return new Entry(idOf(file), null, e.getMessage());
            }
        }).toList();
    }

    /** A file of jobs/: its definition, or the error (file, line, field) that keeps it from loading. */
    record Entry(String id, JobDefinition definition, String error) {
        boolean ok() {
            return definition != null;
        }
    }

    JobDefinition find(String jobId) {
        List<Path> files = files();
        return files.stream()
                .filter(f -> idOf(f).equals(jobId))
                .findFirst().map(reader::read)
                .orElseThrow(() -> new UnknownJobException("unknown job '" + jobId + "': no "
                        + settings.jobsDir().resolve(jobId + ".yml") + " (defined jobs: "
                        + files.stream().map(JobCatalog::idOf).toList() + ")"));
    }

    private static String idOf(Path file) {
        return file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    }

    Path templateFolder(String template) {
        return settings.templatesDir().resolve(template);
    }

    private List<Path> files() {
        if (!Files.isDirectory(settings.jobsDir())) {
            throw new JobDefinitionException("no jobs folder at " + settings.jobsDir().toAbsolutePath()
                    + "; run sitrep from the project folder or set sitrep.jobs-dir");
        }
        try (Stream<Path> list = Files.list(settings.jobsDir())) {
            return list.filter(f -> f.getFileName().toString().matches(".+\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new JobDefinitionException("cannot list " + settings.jobsDir() + ": " + e.getMessage());
        }
    }
}
