package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.IndicatorSpec;
import dev.sitrep.analysis.prognosis.OutcomeSettings;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.Scenario;
import dev.sitrep.analysis.prognosis.ScenarioCondition;
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
            "citation-style", "page-size", "notable-events", "scope", "prognosis", "retention", "access",
            "review", "on-disagreement", "flash");
    /** Page sizes openhtmltopdf knows by name, in CSS's spelling. */
    private static final Set<String> PAGE_SIZES = Set.of("A3", "A4", "A5", "B4", "B5", "letter", "legal", "ledger");

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
        JobSchedule schedule = schedule(job.mapping("schedule"));
        String template = job.text("template");
        if (!templateExists.test(template)) {
            throw job.error("template", "no template folder report-templates/" + template + "/");
        }
        String style = job.optionalText("citation-style", "chicago-author-date");
        if (!citationStyleExists.test(style)) {
            throw job.error("citation-style", "unknown CSL style '" + style + "' (e.g. chicago-author-date, apa, ieee)");
        }
        String pageSize = job.optionalText("page-size", "A4");
        if (!PAGE_SIZES.contains(pageSize)) {
            throw job.error("page-size", "'" + pageSize + "' is not a page size: use one of "
                    + new java.util.TreeSet<>(PAGE_SIZES));
        }
        int baseline = job.integer("baseline-weeks", 12, 2, 104);
        YamlFields scope = job.mapping("scope");
        scope.allowOnly(Set.of("countries", "from"));
        return new JobDefinition(id, job.text("title"), schedule, baseline, template, style, pageSize,
                job.integer("notable-events", 12, 1, 100), scope.list("countries"), scope.optionalDate("from"),
                prognosis(job.mapping("prognosis")), keepSuperseded(job.mapping("retention")), file,
                isPublic(job), reviewRequired(job), flash(job), onDisagreement(job));
    }

    /** {@code on-disagreement}: what a run does when an analyst's likelihood and the model are two bands apart. */
    private static OnDisagreement onDisagreement(YamlFields job) {
        String policy = job.optionalText("on-disagreement", OnDisagreement.PUBLISH.word());
        return OnDisagreement.of(policy).orElseThrow(() -> job.error("on-disagreement", "'" + policy + "' is not a "
                + "policy: use publish (the default: publish, with the model's figure beside the judgment), review "
                + "(hold the version as a draft for approval) or refuse (fail the run, publish nothing)"));
    }

    /** The {@code flash:} rule; a job without one makes flash assessments only on request. */
    private FlashRule flash(YamlFields job) {
        if (!job.has("flash")) {
            return FlashRule.onRequestOnly();
        }
        YamlFields f = job.mapping("flash");
        f.allowOnly(Set.of("types", "actors", "places", "tags", "min-fatalities", "limit", "template"));
        String template = f.optionalText("template", FlashRule.DEFAULT_TEMPLATE);
        // The default ships with Sitrep; one named here must exist.
        if (f.has("template") && !templateExists.test(template)) {
            throw f.error("template", "no template folder report-templates/" + template + "/");
        }
        Integer min = f.optionalInteger("min-fatalities");
        if (min != null && min < 0) {
            throw f.error("min-fatalities", min + " is negative: give 0 or more, or leave it out");
        }
        FlashRule rule = new FlashRule(true, f.list("types"), f.list("actors"), f.list("places"), f.list("tags"), min,
                f.integer("limit", FlashRule.DEFAULT_LIMIT, 1, 1000), template);
        if (rule.types().isEmpty() && rule.actors().isEmpty() && rule.places().isEmpty() && rule.tags().isEmpty()
                && min == null) {
            throw job.error("flash", "a flash rule needs at least one of types, actors, places, tags or "
                    + "min-fatalities: without any, every imported event of the job's scope would trigger one");
        }
        return rule;
    }

    /** {@code review: required} holds each new version as a draft until a reviewer approves it. */
    private static boolean reviewRequired(YamlFields job) {
        String review = job.optionalText("review", "none");
        if (!review.equals("none") && !review.equals("required")) {
            throw job.error("review", "'" + review + "' is not a review policy: use none (publish at once, the "
                    + "default) or required (a draft waits for `sitrep editions approve`)");
        }
        return review.equals("required");
    }

    /** {@code access: public} lets anyone read the job's editions and feed; private (the default) needs a role. */
    private static boolean isPublic(YamlFields job) {
        String access = job.optionalText("access", "private");
        if (!access.equals("public") && !access.equals("private")) {
            throw job.error("access", "'" + access + "' is not an access: use public (anyone may read the editions) "
                    + "or private (the default: only signed-in users with a role)");
        }
        return access.equals("public");
    }

    /** How many superseded versions per period the job keeps; null (the default) keeps them all. */
    private static Integer keepSuperseded(YamlFields retention) {
        retention.allowOnly(Set.of("keep-superseded"));
        Integer keep = retention.optionalInteger("keep-superseded");
        if (keep != null && keep < 0) {
            throw retention.error("keep-superseded", keep + " is negative: keep 0 or more superseded versions per "
                    + "period, or leave retention out to keep every version");
        }
        return keep;
    }

    private static JobSchedule schedule(YamlFields schedule) {
        schedule.allowOnly(Set.of("cron", "zone", "misfire", "exclude"));
        String cron = schedule.text("cron");
        if (!CronExpression.isValidExpression(cron)) {
            throw schedule.error("cron", "'" + cron + "' is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week, e.g. \"0 0 6 ? * MON\")");
        }
        String misfire = schedule.optionalText("misfire", "fire-once-now");
        JobSchedule.Misfire policy = JobSchedule.Misfire.of(misfire).orElseThrow(() -> schedule.error("misfire",
                "'" + misfire + "' is not a misfire policy: use fire-once-now (a missed firing runs once, as soon as "
                        + "possible; the default) or skip (it is left out)"));
        java.util.SortedSet<java.time.LocalDate> excluded = new java.util.TreeSet<>();
        for (String date : schedule.list("exclude")) {
            try {
                excluded.add(java.time.LocalDate.parse(date));
            } catch (java.time.format.DateTimeParseException e) {
                throw schedule.error("exclude", "'" + date + "' is not a date: write each as YYYY-MM-DD, "
                        + "e.g. [2025-12-25, 2026-01-01]");
            }
        }
        return new JobSchedule(cron, zone(schedule), policy, excluded);
    }

    private static ZoneId zone(YamlFields schedule) {
        String zone = schedule.text("zone");
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw schedule.error("zone", "'" + zone + "' is not an IANA time zone (e.g. Asia/Damascus, Europe/London)");
        }
    }

    private static PrognosisSettings prognosis(YamlFields p) {
        p.allowOnly(Set.of("horizon-weeks", "history-weeks", "outlook-months", "history-months", "series",
                "scenarios", "indicators", "outcomes"));
        List<SeriesSpec> series = new ArrayList<>();
        Set<String> ids = new java.util.LinkedHashSet<>();
        for (YamlFields s : p.mappings("series")) {
            s.allowOnly(Set.of("id", "title", "types", "actors", "tags", "admin1", "measure"));
            String id = s.text("id");
            if (!id.matches("[a-z0-9][a-z0-9-]*")) {
                throw s.error("id", "'" + id + "': a series id is lower-case letters, digits and '-', e.g. convoys");
            }
            if (!ids.add(id)) {
                throw s.error("id", "series '" + id + "' is defined twice");
            }
            SeriesSpec.Measure measure;
            try {
                measure = SeriesSpec.Measure.of(s.optionalText("measure", "events"));
            } catch (IllegalArgumentException e) {
                throw s.error("measure", e.getMessage());
            }
            series.add(new SeriesSpec(id, s.text("title"), s.list("types"), s.list("actors"), s.list("tags"),
                    s.list("admin1"), measure));
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (YamlFields sc : p.mappings("scenarios")) {
            sc.allowOnly(Set.of("name", "title", "description", "when"));
            try {
                scenarios.add(new Scenario(sc.text("name"), sc.text("title"), sc.optionalText("description", ""),
                        ScenarioCondition.parse(sc.text("when"), ids).text()));
            } catch (IllegalArgumentException e) {
                throw sc.error("when", e.getMessage());
            }
        }
        List<IndicatorSpec> indicators = new ArrayList<>();
        for (Object item : p.textsOrMappings("indicators")) {
            if (item instanceof String text) {
                indicators.add(new IndicatorSpec(text, null, null));
                continue;
            }
            YamlFields i = (YamlFields) item;
            i.allowOnly(Set.of("title", "series", "at-least"));
            String seriesId = i.text("series");
            if (!ids.contains(seriesId)) {
                throw i.error("series", "'" + seriesId + "' is not a tracked series (tracked: " + ids + ")");
            }
            indicators.add(new IndicatorSpec(i.text("title"), seriesId, i.integer("at-least", 1, 1, 100_000)));
        }
        OutcomeSettings outcomes = OutcomeReader.read(p.mapping("outcomes"), ids);
        try {
            return new PrognosisSettings(p.integer("horizon-weeks", 8, 1, 52), p.integer("history-weeks", 52, 8, 520),
                    p.integer("outlook-months", 6, 6, 12), p.integer("history-months", 36, 12, 240), series,
                    scenarios, indicators, outcomes);
        } catch (IllegalArgumentException e) {
            throw p.error("scenarios", e.getMessage());
        }
    }
}
