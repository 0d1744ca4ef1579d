package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.ScenarioSpec;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and checks one {@code jobs/*.yml}. It walks SnakeYAML's node tree rather than a plain map so
 * that every error can name the line of the offending field.
 */
final class JobDefinitionReader {

    private static final Set<String> TOP = Set.of("id", "title", "schedule", "period", "baseline-weeks", "template",
            "citation-style", "notable-events", "scope", "prognosis");

    private final Predicate<String> templateExists;
    private final Predicate<String> citationStyleExists;

    JobDefinitionReader(Predicate<String> templateExists, Predicate<String> citationStyleExists) {
        this.templateExists = templateExists;
        this.citationStyleExists = citationStyleExists;
    }

    JobDefinition read(Path file) {
        Node root;
        try (var in = Files.newBufferedReader(file)) {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (IOException e) {
            throw new JobDefinitionException(file + ": cannot read: " + e.getMessage());
        } catch (YAMLException e) {
            throw new JobDefinitionException(file + ": not valid YAML: " + e.getMessage());
        }
        if (!(root instanceof MappingNode)) {
            throw new JobDefinitionException(file + ":1: a job definition is a YAML mapping (id: ..., title: ...)");
        }
        YamlFields job = new YamlFields(file, (MappingNode) root, "");
        job.allowOnly(TOP);
        String id = job.text("id");
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!id.equals(expected)) {
            throw job.error("id", "id '" + id + "' must match the file name '" + expected + "'");
        }
        if (!"week".equals(job.optionalText("period", "week"))) {
            throw job.error("period", "only 'week' periods are supported in this version");
        }
        YamlFields schedule = job.mapping("schedule");
        String cron = schedule.text("cron");
        if (!CronExpression.isValidExpression(cron)) {
            throw schedule.error("cron", "'" + cron + "' is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 6 ? * MON\")");
        }
        String template = job.text("template");
        if (!templateExists.test(template)) {
            throw job.error("template", "no template folder report-templates/" + template + "/");
        }
        String style = job.optionalText("citation-style", "chicago-author-date");
        if (!citationStyleExists.test(style)) {
            throw job.error("citation-style", "unknown CSL style '" + style + "' (e.g. chicago-author-date, apa, ieee)");
        }
        int baseline = job.integer("baseline-weeks", 12, 2, 104);
        return new JobDefinition(id, job.text("title"), cron, zone(schedule), baseline, template, style,
                job.integer("notable-events", 12, 1, 100), job.mapping("scope").list("countries"),
                prognosis(job.mapping("prognosis"), baseline), file);
    }

    private static ZoneId zone(YamlFields schedule) {
        String zone = schedule.text("zone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw schedule.error("zone", "'" + zone + "' is not an IANA time zone (e.g. Asia/Damascus, Europe/London)");
        }
    }

    private static PrognosisSettings prognosis(YamlFields p, int baselineWeeks) {
        List<SeriesSpec> series = new ArrayList<>();
        for (YamlFields s : p.mappings("series")) {
            List<ScenarioSpec> scenarios = new ArrayList<>();
            for (YamlFields sc : s.mappings("scenarios")) {
                try {
                    scenarios.add(new ScenarioSpec(sc.text("name"), sc.text("title"),
                            sc.optionalText("description", ""), sc.optionalInteger("at-most"),
                            sc.optionalInteger("at-least")));
                } catch (IllegalArgumentException e) {
                    throw sc.error("at-most", e.getMessage());
                }
            }
            series.add(new SeriesSpec(s.text("id"), s.text("title"), s.list("types"), s.list("actors"),
                    s.list("tags"), s.list("admin1"), scenarios));
        }
        return new PrognosisSettings(p.integer("horizon-weeks", 8, 1, 52),
                p.integer("history-weeks", baselineWeeks, 2, 104), series, p.list("indicators"));
    }
}
