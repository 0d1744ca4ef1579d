package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.analysis.prognosis.LikelihoodConsistency;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.OutcomeAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.Editions;
import dev.sitrep.delivery.Deliveries;
import dev.sitrep.delivery.DeliveryReport;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EditionBasis;
import dev.sitrep.assessment.EditionChanges;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.render.EditionRenderer;
import dev.sitrep.render.RenderRequest;
import dev.sitrep.render.RenderedEdition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of each step of publishEdition, in pipeline order, as plain methods: each reads what the
 * step before left in the EditionWork and leaves its own result there. Spring Batch only sequences them.
 */
class EditionSteps {

    private static final Logger LOG = LoggerFactory.getLogger(EditionSteps.class);

    static final String UNCHANGED = "UNCHANGED";

    private final JobCatalog catalog;
    private final Gatherer gatherer;
    private final EditionRenderer renderer;
    private final Archive archive;
    private final SoftwareVersion software;
    private final IssuedForecasts issued;
    private final Retention retention;
    private final Deliveries deliveries;
    private final Editions editions;
    private final Review review;

    EditionSteps(JobCatalog catalog, Gatherer gatherer, EditionRenderer renderer, Archive archive,
                 SoftwareVersion software, Retention retention, Deliveries deliveries, Editions editions,
                 Review review) {
        this.review = review;
        this.retention = retention;
        this.deliveries = deliveries;
        this.editions = editions;
        this.issued = new IssuedForecasts(archive);
        this.catalog = catalog;
        this.gatherer = gatherer;
        this.renderer = renderer;
        this.archive = archive;
        this.software = software;
    }

    Gatherer gatherer() {
        return gatherer;
    }

    void gather(EditionRun run, EditionWork work) {
        work.put("digest", gatherer.gather(catalog.find(run.jobId()), run.period(), run.asOf()));
    }

    void trend(EditionRun run, EditionWork work) {
        Digest digest = work.get("digest", Digest.class);
        work.put("trends", TrendAnalysis.analyse(digest.trendCounts()));
    }

    void prognosis(EditionRun run, EditionWork work) {
        Digest digest = work.get("digest", Digest.class);
        PrognosisSettings settings = digest.job().prognosis();
        // Only editions whose forecasts can have come due within the history are worth reading.
        String from = run.period().minusWeeks(settings.historyWeeks()).toString();
        Prognosis prognosis = PrognosisAnalysis.forecast(digest.seriesCounts(), settings,
                issued.read(run.jobId(), from, run.period().toString()))
                .withOutcomes(OutcomeAnalysis.assess(settings, digest.seriesCounts(), digest.statedLikelihoods()));
        work.put("prognosis", prognosis);
        List<ConsistencyWarning> warnings = LikelihoodConsistency.check(digest.statedLikelihoods(), prognosis,
                digest.seriesCounts(), settings);
        // Logged for every job and shown beside the judgments; a draft's review report lists them too.
        warnings.forEach(w -> LOG.warn("{} {}: {}", run.jobId(), run.period(), w.message()));
        work.put("consistency", warnings.toArray(ConsistencyWarning[]::new));
    }

    private static List<ConsistencyWarning> consistency(EditionWork work) {
        return List.of(work.get("consistency", ConsistencyWarning[].class));
    }

    /** A draft for a reviewer: every version of a job under review; one the model disagrees with, if the job says so. */
    private static boolean heldForReview(JobSnapshot job, EditionWork work) {
        return job.reviewRequired() || job.onDisagreement().holdsForReview(consistency(work));
    }

    /**
     * Composes the assessment; returns the latest version when its content is unchanged (nothing to publish).
     * A job that refuses disagreeing estimates fails here, before anything is rendered.
     */
    Optional<EditionVersion> compose(EditionRun run, EditionWork work) {
        JobSnapshot job = work.get("digest", Digest.class).job();
        job.onDisagreement().refuseIfDisagreeing(run.jobId(), run.period(), consistency(work));
        archive.reconcile(run.jobId(), run.period().toString());
        Optional<EditionVersion> latest = archive.latest(run.jobId(), run.period().toString());
        String contentHash = composeAfter(run, work, latest);
        if (latest.isPresent() && latest.get().contentHash().equals(contentHash)) {
            return latest;
        }
        if (heldForReview(job, work)) {
            // A draft with this very content already waits for a reviewer: another would only replace it.
            return review.drafts().pending(run.jobId(), run.period().toString())
                    .filter(draft -> draft.contentHash().equals(contentHash));
        }
        return Optional.empty();
    }

    /**
     * Composes the assessment into {@code work} as the version that follows {@code previous} (its
     * "Changes since" section), and returns its content hash.
     */
    String composeAfter(EditionRun run, EditionWork work, Optional<EditionVersion> previous) {
        Digest digest = work.get("digest", Digest.class);
        JobSnapshot job = digest.job();
        Assessment assessment = AssessmentComposer.compose(new CompositionInput(job.id(), job.title(), run.period(),
                digest.dataAsOf(), digest.events(), digest.trackedEventIds(), digest.judgments(), work.get("trends", Trends.class),
                work.get("prognosis", Prognosis.class), digest.sources(), job.notableEvents(), consistency(work)));
        String templateHash = TemplateHash.of(catalog.templateFolder(job.template()));
        // Hashed before "Changes since vN" is attached: that section describes the version, it is not
        // content a re-run could change (else every re-run would differ from the version before it).
        String contentHash = ContentHash.of(assessment, job.citationStyle(), job.pageSize(), templateHash,
                software.version());
        EditionBasis basis = EditionBasis.of(assessment, templateHash, software.version(), job.citationStyle());
        if (previous.isPresent()) {
            Optional<EditionBasis> before = EditionBases.of(archive, previous.get());
            if (before.isPresent()) {
                assessment = assessment.withChanges(EditionChanges.between(previous.get().version(), before.get(), basis));
            }
        }
        work.putBytes(EditionBases.FILE_NAME, EditionBases.json(basis));
        work.put("assessment", assessment);
        work.putBytes("content-hash", contentHash.getBytes(StandardCharsets.UTF_8));
        return contentHash;
    }

    int render(EditionRun run, EditionWork work) {
        int version = archive.nextVersion(run.jobId(), run.period().toString());
        renderAs(run, work, version);
        return version;
    }

    void renderAs(EditionRun run, EditionWork work, int version) {
        JobSnapshot job = work.get("digest", Digest.class).job();
        RenderedEdition edition = renderer.render(work.get("assessment", Assessment.class), new RenderRequest(
                catalog.templateFolder(job.template()), job.citationStyle(), version, software.version(), job.pageSize()));
        work.putBytes("edition.md", edition.markdown().getBytes(StandardCharsets.UTF_8));
        work.putBytes("edition.pdf", edition.pdf());
        work.putBytes("bibliography.json", edition.bibliographyJson().getBytes(StandardCharsets.UTF_8));
        work.putBytes("events.csv", edition.eventsCsv().getBytes(StandardCharsets.UTF_8));
        for (dev.sitrep.render.Chart chart : edition.charts()) {
            work.putBytes(chart.file(), chart.svg().getBytes(StandardCharsets.UTF_8));
        }
        work.put("charts", edition.charts().stream().map(dev.sitrep.render.Chart::file).toList());
        work.putBytes(IssuedForecasts.FILE_NAME, IssuedForecasts.json(run.period().toString(),
                work.get("prognosis", Prognosis.class)));
        work.putBytes("version", String.valueOf(version).getBytes(StandardCharsets.UTF_8));
    }

    /** The files of the rendered version, by the names they have in its folder. */
    Map<String, byte[]> files(EditionRun run, EditionWork work) {
        int version = Integer.parseInt(new String(work.getBytes("version"), StandardCharsets.UTF_8));
        String base = Archive.baseName(run.jobId(), run.period().toString(), version);
        Map<String, byte[]> files = new java.util.TreeMap<>(Map.of(
                base + ".md", work.getBytes("edition.md"),
                base + ".pdf", work.getBytes("edition.pdf"),
                "bibliography.json", work.getBytes("bibliography.json"),
                "events.csv", work.getBytes("events.csv"),
                IssuedForecasts.FILE_NAME, work.getBytes(IssuedForecasts.FILE_NAME),
                EditionBases.FILE_NAME, work.getBytes(EditionBases.FILE_NAME)));
        for (Object chart : work.get("charts", java.util.List.class)) {
            files.put((String) chart, work.getBytes((String) chart));
        }
        return files;
    }

    EditionVersion publish(EditionRun run, EditionWork work) {
        int version = Integer.parseInt(new String(work.getBytes("version"), StandardCharsets.UTF_8));
        Digest digest = work.get("digest", Digest.class);
        Map<String, byte[]> files = files(run, work);
        PublishRequest request = new PublishRequest(run.jobId(), run.period().toString(), version,
                new String(work.getBytes("content-hash"), StandardCharsets.UTF_8), digest.inputsHash(),
                run.asOf(), software.version(), new EditionFiles(files));
        if (heldForReview(digest.job(), work)) {
            return review.submit(request, run.period(), work.get("assessment", Assessment.class),
                    consistency(work).stream().map(ConsistencyWarning::message).toList(),
                    new String(work.getBytes("edition.md"), StandardCharsets.UTF_8), !digest.job().reviewRequired());
        }
        EditionVersion published = archive.publish(request);
        retention.afterPublication(run.jobId());
        return published;
    }

    /** Sends the published version to the job's subscribers; failures to send stay in the delivery log. */
    DeliveryReport deliver(EditionRun run, int version) {
        return deliveries.deliver(editions.find(run.jobId(), run.period().toString(), version));
    }

    /** The identity of one run of publishEdition: its job parameters. */
    record EditionRun(String jobId, IsoWeek period, Instant asOf) {
    }
}
