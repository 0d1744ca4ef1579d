package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EditionBasis;
import dev.sitrep.assessment.EditionChanges;
import dev.sitrep.assessment.FlashComposer;
import dev.sitrep.assessment.FlashInput;
import dev.sitrep.assessment.FlashSubject;
import dev.sitrep.delivery.Deliveries;
import dev.sitrep.delivery.DeliveryReport;
import dev.sitrep.render.Chart;
import dev.sitrep.render.EditionRenderer;
import dev.sitrep.render.RenderRequest;
import dev.sitrep.render.RenderedEdition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The work of each step of publishFlash, as plain methods over the EditionWork, like EditionSteps: a
 * flash is an edition named {@code flash-<event id>} under its job, versioned, archived and delivered
 * the same way. Forecasts are not kept for the track record: that scores weekly editions.
 */
class FlashSteps {

    private final JobCatalog catalog;
    private final FlashGatherer gatherer;
    private final EditionRenderer renderer;
    private final Archive archive;
    private final SoftwareVersion software;
    private final Deliveries deliveries;
    private final Editions editions;

    FlashSteps(JobCatalog catalog, FlashGatherer gatherer, EditionRenderer renderer, Archive archive,
               SoftwareVersion software, Deliveries deliveries, Editions editions) {
        this.catalog = catalog;
        this.gatherer = gatherer;
        this.renderer = renderer;
        this.archive = archive;
        this.software = software;
        this.deliveries = deliveries;
        this.editions = editions;
    }

    void gather(FlashRun run, EditionWork work) {
        work.put("digest", gatherer.gather(catalog.find(run.jobId()), run.eventId(), run.asOf()));
    }

    /** The related events' week against their baseline weeks: the trend stage's counts and surge test. */
    void trend(FlashRun run, EditionWork work) {
        FlashDigest d = work.get("digest", FlashDigest.class);
        // A withdrawn event is shown, not counted.
        work.put("trends", TrendAnalysis.analyse(d.related().stream()
                        .filter(e -> !e.tags().contains(RelatedEvents.WITHDRAWN)).map(FlashGatherer::observation).toList(),
                d.week(), d.job().baselineWeeks(), d.coverageFrom()));
    }

    void prognosis(FlashRun run, EditionWork work) {
        FlashDigest d = work.get("digest", FlashDigest.class);
        work.put("prognosis", PrognosisAnalysis.forecast(d.seriesCounts(), d.job().prognosis(), List.of()));
    }

    /** Composes the flash; returns the latest version when its content is unchanged (nothing to publish). */
    Optional<EditionVersion> compose(FlashRun run, EditionWork work) {
        archive.reconcile(run.jobId(), run.period());
        Optional<EditionVersion> latest = archive.latest(run.jobId(), run.period());
        String contentHash = composeAfter(run, work, latest);
        return latest.filter(v -> v.contentHash().equals(contentHash));
    }

    /** Composes the flash into {@code work} as the version after {@code previous}; returns its content hash. */
    String composeAfter(FlashRun run, EditionWork work, Optional<EditionVersion> previous) {
        FlashDigest d = work.get("digest", FlashDigest.class);
        Assessment assessment = FlashComposer.compose(new FlashInput(d.job().id(), d.job().title(), d.event(),
                d.withdrawn(), d.relatedBy(), d.windowStart(), d.week().sunday(), d.dataAsOf(), d.related(), d.cited(),
                d.judgments(), work.get("trends", Trends.class), work.get("prognosis", Prognosis.class), d.episode(),
                d.episodeEvents(), d.sources()));
        String templateHash = TemplateHash.of(catalog.templateFolder(d.job().template()));
        // Hashed before "Changes since vN" is attached, as for weekly editions.
        String contentHash = ContentHash.of(assessment, d.job().citationStyle(), d.job().pageSize(), templateHash,
                software.version());
        EditionBasis basis = EditionBasis.of(assessment, templateHash, software.version(), d.job().citationStyle());
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

    void render(FlashRun run, EditionWork work) {
        renderAs(run, work, archive.nextVersion(run.jobId(), run.period()));
    }

    void renderAs(FlashRun run, EditionWork work, int version) {
        JobSnapshot job = work.get("digest", FlashDigest.class).job();
        RenderedEdition edition = renderer.render(work.get("assessment", Assessment.class), new RenderRequest(
                catalog.templateFolder(job.template()), job.citationStyle(), version, software.version(), job.pageSize()));
        String base = Archive.baseName(run.jobId(), run.period(), version);
        Map<String, byte[]> files = new TreeMap<>();
        files.put(base + ".md", edition.markdown().getBytes(StandardCharsets.UTF_8));
        files.put(base + ".pdf", edition.pdf());
        files.put("bibliography.json", edition.bibliographyJson().getBytes(StandardCharsets.UTF_8));
        files.put("events.csv", edition.eventsCsv().getBytes(StandardCharsets.UTF_8));
        files.put(EditionBases.FILE_NAME, work.getBytes(EditionBases.FILE_NAME));
        for (Chart chart : edition.charts()) {
            files.put(chart.file(), chart.svg().getBytes(StandardCharsets.UTF_8));
        }
        files.forEach((name, bytes) -> work.putBytes("file-" + name, bytes));
        work.put("files", List.copyOf(files.keySet()));
        work.putBytes("version", String.valueOf(version).getBytes(StandardCharsets.UTF_8));
    }

    /** The files of the rendered version, by the names they have in its folder. */
    Map<String, byte[]> files(EditionWork work) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Object name : work.get("files", List.class)) {
            files.put((String) name, work.getBytes("file-" + name));
        }
        return files;
    }

    EditionVersion publish(FlashRun run, EditionWork work) {
        int version = Integer.parseInt(new String(work.getBytes("version"), StandardCharsets.UTF_8));
        FlashDigest d = work.get("digest", FlashDigest.class);
        Map<String, byte[]> files = files(work);
        return archive.publish(new PublishRequest(run.jobId(), run.period(), version,
                new String(work.getBytes("content-hash"), StandardCharsets.UTF_8), d.inputsHash(), run.asOf(),
                software.version(), new EditionFiles(files)));
    }

    /** Sends the version to the job's subscribers who opted into flash alerts (not for a trigger's runs). */
    DeliveryReport deliver(FlashRun run, int version) {
        return deliveries.deliver(editions.find(run.jobId(), run.period(), version));
    }

    /** The identity of one run of publishFlash: its job parameters. */
    record FlashRun(String jobId, String eventId, Instant asOf, boolean deliver) {
        String period() {
            return FlashSubject.editionOf(eventId);
        }
    }
}
