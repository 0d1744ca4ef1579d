package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.OutcomeScenario;
import dev.sitrep.analysis.prognosis.OutcomeSettings;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.Scenario;
import dev.sitrep.analysis.prognosis.ScenarioCondition;
import dev.sitrep.core.About;
import dev.sitrep.judgments.JudgmentTargets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The jobs of jobs/*.yml and the sections their templates place: the standard ones, and any other a
 * template names as {@code a.section("sanctions")}, so that a template can add a section without code.
 */
@Component
class JobJudgmentTargets implements JudgmentTargets {

    private static final Pattern SECTION = Pattern.compile("\\bsection\\(\\s*\"([a-z0-9][a-z0-9-]*)\"\\s*\\)");

    private final JobCatalog catalog;

    JobJudgmentTargets(JobCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Set<String>> sections(String jobId) {
        return catalog.load().stream().filter(e -> e.id().equals(jobId) && e.ok()).findFirst()
                .map(e -> sectionsOf(catalog.templateFolder(e.definition().template())));
    }

    @Override
    public Optional<String> problemWith(String jobId, About about) {
        PrognosisSettings prognosis = catalog.load().stream().filter(e -> e.id().equals(jobId) && e.ok())
                .findFirst().orElseThrow().definition().prognosis();
        if (about.kind() == About.Kind.SCENARIO) {
            if (prognosis.scenarios().stream().map(Scenario::name).anyMatch(about.target()::equals)) {
                return Optional.empty();
            }
            return Optional.of("job " + jobId + " has no scenario '" + about.target() + "' (its scenarios: "
                    + prognosis.scenarios().stream().map(Scenario::name).toList() + ")");
        }
        if (about.kind() == About.Kind.OUTCOME) {
            return outcomeProblem(jobId, prognosis.outcomes(), about);
        }
        try {
            ScenarioCondition condition = ScenarioCondition.parse(about.target(), prognosis.seriesIds());
            return condition.isOtherwise() ? Optional.of("'otherwise' is not a condition a likelihood can be about")
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("job " + jobId + ": " + e.getMessage());
        }
    }

    private static Optional<String> outcomeProblem(String jobId, OutcomeSettings outcomes, About about) {
        if (!outcomes.hasScenario(about.outcomeName())) {
            return Optional.of("job " + jobId + " has no outcome scenario '" + about.outcomeName() + "' (its outcomes: "
                    + outcomes.scenarios().stream().map(OutcomeScenario::name).toList() + ")");
        }
        if (outcomes.scenarios().stream().anyMatch(s -> s.name().equals(about.outcomeName()) && s.otherwise())) {
            return Optional.of("'" + about.outcomeName() + "' is the remainder of the other outcomes ('otherwise'): "
                    + "give the likelihoods of the others");
        }
        if (!outcomes.months().contains(about.outcomeMonths())) {
            return Optional.of("job " + jobId + " judges its outcomes at " + outcomes.months() + " months, not at "
                    + about.outcomeMonths());
        }
        return Optional.empty();
    }

    static Set<String> sectionsOf(Path templateFolder) {
        Set<String> sections = new TreeSet<>(STANDARD_SECTIONS);
        try (Stream<Path> files = Files.walk(templateFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher m = SECTION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    sections.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template folder " + templateFolder, e);
        }
        return sections;
    }
}
