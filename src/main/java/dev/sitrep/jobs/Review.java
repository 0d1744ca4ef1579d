package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.archive.Drafts;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.archive.Reviewed;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.delivery.Deliveries;
import dev.sitrep.delivery.DeliveryReport;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.Judgments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Review before publishing, for jobs with {@code review: required}: a run leaves its version as a draft
 * with a review report; a reviewer approves it (published, retention applied, delivered) or sends it back.
 */
@Service
public class Review {

    /** Rejections listed in a review report; the rest are counted, with the command that lists them. */
    static final int REJECTIONS_SHOWN = 50;

    private final Drafts drafts;
    private final Archive archive;
    private final Editions editions;
    private final Judgments judgments;
    private final EventLog events;
    private final Deliveries deliveries;
    private final Retention retention;

    Review(Drafts drafts, Archive archive, Editions editions, Judgments judgments, EventLog events,
           Deliveries deliveries, Retention retention) {
        this.drafts = drafts;
        this.archive = archive;
        this.editions = editions;
        this.judgments = judgments;
        this.events = events;
        this.deliveries = deliveries;
        this.retention = retention;
    }

    public Drafts drafts() {
        return drafts;
    }

    /** What an approval did: the version published and its delivery to the job's subscribers. */
    public record Approved(EditionVersion version, DeliveryReport delivery) {
    }

    public Approved approve(String jobId, String period, String reviewer) {
        EditionVersion published = drafts.approve(jobId, period, reviewer);
        retention.afterPublication(published.jobId());
        return new Approved(published, deliveries.deliver(published));
    }

    public Reviewed sendBack(String jobId, String period, String reviewer, String comment) {
        return drafts.sendBack(jobId, period, reviewer, comment);
    }

    /** The review report of the edition's latest draft, as Markdown. */
    public String report(Reviewed draft) {
        return read(drafts.file(draft, Drafts.REVIEW_REPORT));
    }

    /** Leaves the version as a draft; {@code forDisagreement}: held only because the model and an analyst disagree. */
    EditionVersion submit(PublishRequest request, IsoWeek period, Assessment assessment,
                          List<String> consistencyWarnings, String draftMarkdown, boolean forDisagreement) {
        Optional<ReviewReport.Previous> previous = archive.latest(request.jobId(), request.period())
                .map(v -> new ReviewReport.Previous(v.version(), read(editions.file(v, "md"))));
        List<Judgment> due = judgments.list(false).stream()
                .filter(j -> j.standsIn(request.jobId(), period) && j.dueForReview(period)).toList();
        java.time.Instant from = period.monday().atStartOfDay().toInstant(ZoneOffset.UTC);
        ReviewReport report = new ReviewReport(request.jobId(), request.period(), request.version(), request.asOf(),
                previous, assessment.changes(), draftMarkdown, due, consistencyWarnings, forDisagreement,
                events.rejectedBetween(from, request.asOf(), REJECTIONS_SHOWN),
                events.countRejectedBetween(from, request.asOf()));
        return drafts.submit(request, report.markdown().getBytes(StandardCharsets.UTF_8));
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
