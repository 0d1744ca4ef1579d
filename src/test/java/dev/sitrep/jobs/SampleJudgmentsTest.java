package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.analysis.prognosis.LikelihoodConsistency;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Likelihood;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.Judgments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the sample's judgments are written to show (data/sample/syria-2025/README.md): carry-forward,
 * a revision and an expiry across W46–W48, a judgment due for review, and the consistency check of the
 * two likelihoods linked to the model, computed from the shipped log as the W48 edition computes them.
 */
@SpringBootTest(classes = SitrepApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:sample-judgments-test;DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampleJudgmentsTest {

    private static final Path SAMPLE = Path.of("data/sample/syria-2025");
    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");

    private final EventLog events;
    private final Judgments judgments;
    private final JobCatalog catalog;
    private final EditionSteps steps;

    SampleJudgmentsTest(EventLog events, Judgments judgments, JobCatalog catalog, EditionSteps steps) {
        this.events = events;
        this.judgments = judgments;
        this.catalog = catalog;
        this.steps = steps;
    }

    @BeforeAll
    void importTheSample() throws IOException {
        events.importFile(SAMPLE.resolve("events.jsonl"), "sitrep-jsonl", false);
        try (Stream<Path> files = Files.list(SAMPLE.resolve("judgments"))) {
            // The second revision after the first, as the demo adds them.
            judgments.add(files.sorted().toList());
        }
    }

    private List<String> standing(String week) {
        return judgments.standing("syria-weekly", IsoWeek.parse(week), Instant.now().plusSeconds(60)).stream()
                .map(j -> j.id() + " " + j.statusIn(IsoWeek.parse(week))).toList();
    }

    @Test
    void acrossThreeWeeksJudgmentsCarryForwardOneIsRevisedAndOneExpires() {
        assertThat(standing("2025-W46")).contains("risks-highway-near-term Unchanged since 2025-W45.",
                "risks-road-logistics Unchanged since 2025-W41.")
                .anyMatch(s -> s.startsWith("kj-no-full-exit ") && s.endsWith("Unchanged since 2025-W44."));
        assertThat(standing("2025-W47")).contains("risks-highway-near-term Unchanged since 2025-W45.");
        assertThat(standing("2025-W48"))
                .noneMatch(s -> s.startsWith("risks-highway-near-term"))
                .contains("kj-no-full-exit Revised this period; stands since 2025-W44.",
                        "risks-road-logistics Unchanged since 2025-W41.",
                        "risks-attack-on-russian-forces New this period.");
        assertThat(judgments.standing("syria-weekly", W48, Instant.now().plusSeconds(60)))
                .filteredOn(j -> j.id().equals("context-diplomatic-track")).singleElement()
                .satisfies(j -> assertThat(j.dueForReview(W48)).isTrue());
    }

    @Test
    void theW48RunHoldsTheLinkedLikelihoodsAgainstTheModel() {
        JobDefinition job = catalog.find("syria-weekly");
        Digest digest = new Gatherer(events, judgments).gather(job, W48, Instant.now().plusSeconds(60));
        Prognosis prognosis = PrognosisAnalysis.forecast(digest.seriesCounts(), job.prognosis(), List.of());

        List<ConsistencyWarning> warnings = LikelihoodConsistency.check(digest.statedLikelihoods(), prognosis,
                digest.seriesCounts(), job.prognosis());

        assertThat(digest.statedLikelihoods()).extracting(s -> s.judgmentId() + " " + s.about().stored())
                .containsExactly("outcome-new-agreement-06-months outcome: best, 6 months",
                        "outcome-new-agreement-12-months outcome: best, 12 months",
                        "outcome-new-agreement-24-months outcome: best, 24 months",
                        "outcome-untenable-presence-12-months outcome: worst, 12 months",
                        "outcome-untenable-presence-24-months outcome: worst, 24 months",
                        "outlook-six-to-twelve-months scenario: base",
                        "risks-attack-on-russian-forces condition: attacks-on-russian-forces total >= 1");
        // No attack on Russian forces is in the log: the model says "almost no chance", the analyst "unlikely".
        assertThat(warnings).filteredOn(w -> w.judgmentId().equals("risks-attack-on-russian-forces")).singleElement()
                .satisfies(w -> {
                    assertThat(w.modelProbability()).isLessThan(0.05);
                    assertThat(w.bandsApart()).isEqualTo(2);
                    assertThat(w.message()).contains("states unlikely (20–45 %)", "the model gives 0 %");
                });
        double base = prognosis.scenarios().stream().filter(s -> s.name().equals("base")).findFirst().orElseThrow()
                .probability();
        boolean farFromLikely = Math.abs(Likelihood.bandOf(base) - Likelihood.band("likely")) > 1;
        assertThat(warnings.stream().anyMatch(w -> w.judgmentId().equals("outlook-six-to-twelve-months")))
                .as("the outlook says likely; the model gives the base scenario %s", base).isEqualTo(farFromLikely);
    }

    @Test
    void theW48EditionSaysBesideTheRiskJudgmentThatTheModelPutsItTwoBandsLower(@TempDir Path work) {
        EditionSteps.EditionRun run = new EditionSteps.EditionRun("syria-weekly", W48, Instant.now().plusSeconds(60));
        EditionWork w = new EditionWork(work, 0);
        steps.gather(run, w);
        steps.trend(run, w);
        steps.prognosis(run, w);
        steps.composeAfter(run, w, Optional.empty());
        steps.renderAs(run, w, 1);

        String markdown = new String(w.getBytes("edition.md"), StandardCharsets.UTF_8);
        String note = "**The model puts this at 0 % (almost no chance), two bands below the analyst's unlikely "
                + "(20–45 %).**";
        // In the Risks section, right after the judgment's own confidence and likelihood, on its line.
        assertThat(markdown).contains("### An attack on Russian forces in the next eight weeks is unlikely, not "
                + "negligible\n\n");
        assertThat(markdown.lines().filter(l -> l.contains(note)).toList()).singleElement().asString()
                .contains("*(Confidence: low; unlikely (20–45 %). New this period.)* " + note);
        assertThat(w.get("assessment", dev.sitrep.assessment.Assessment.class).section("risks").passages())
                .filteredOn(p -> p.id().equals("risks-attack-on-russian-forces")).singleElement()
                .satisfies(p -> assertThat(p.disagreement().bandsApart()).isEqualTo(2));
    }
}
