package dev.sitrep.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versions that wait for a reviewer (a job with {@code review: required}). A draft's files are written to
 * {@code out/.drafts/<job>/<period>/v<N>/}, outside the public archive: it is never listed, served or
 * delivered as an edition. Approved, it is published under the same number with the approver in its
 * manifest; sent back, it stays as history with the reviewer's comment.
 */
@Service
public class Drafts {

    /** The review report beside a draft's files; it is for reviewers and is not published. */
    public static final String REVIEW_REPORT = "review.md";
    /** Under out/: drafts' own tree, laid out as the archive's. */
    static final String FOLDER = ".drafts";

    private final EditionIndex index;
    private final Archive archive;
    private final TransactionTemplate ownTransaction;
    private final Path draftsDir;
    private final Clock clock;

    Drafts(JdbcClient jdbc, Archive archive, PlatformTransactionManager transactionManager, ArchiveSettings settings,
           Clock clock) {
        this.index = new EditionIndex(jdbc);
        this.archive = archive;
        // Like the archive's own changes: a decision commits whatever the caller's transaction does next.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.draftsDir = settings.outDir().resolve(FOLDER);
        this.clock = clock;
    }

    /** Writes version N as a draft with its review report; an earlier draft of the edition is REPLACED. */
    public EditionVersion submit(PublishRequest request, byte[] reviewReport) {
        Path folder = folderOf(request.jobId(), request.period(), request.version());
        long id = ownTransaction.execute(status -> index.claim(EditionState.DRAFT, request.jobId(), request.period(),
                request.version(), request.contentHash(), request.inputsHash(), request.asOf(), folder, clock.instant()));
        Map<String, byte[]> files = new TreeMap<>(request.files().files());
        files.put(Manifest.FILE_NAME, Manifest.of(request));
        files.put(REVIEW_REPORT, reviewReport);
        archive.removeAbandonedWork(request.jobId(), request.period());
        try {
            VersionFolder.write(folder, files);
        } catch (IOException | RuntimeException e) {
            ownTransaction.executeWithoutResult(status ->
                    index.move(id, EditionState.DRAFT, EditionState.FAILED, String.valueOf(e)));
            throw new ArchiveException("could not write the draft " + folder + ": " + e.getMessage(), e);
        }
        ownTransaction.executeWithoutResult(status -> index.inReview(request.jobId(), request.period()).stream()
                .map(Reviewed::version)
                .filter(v -> v.state() == EditionState.DRAFT && v.id() != id)
                .forEach(v -> index.move(v.id(), EditionState.DRAFT, EditionState.REPLACED, null)));
        return new EditionVersion(id, request.jobId(), request.period(), request.version(), EditionState.DRAFT,
                request.contentHash(), request.inputsHash(), request.asOf(), folder);
    }

    /** The draft of the edition that awaits review, if any. */
    public Optional<EditionVersion> pending(String jobId, String period) {
        return index.inReview(jobId, period).stream().map(Reviewed::version)
                .filter(v -> v.state() == EditionState.DRAFT).findFirst();
    }

    /** Drafts, pending or decided, newest first per edition; a null job lists every job's. */
    public List<Reviewed> list(String jobId) {
        return index.inReview(jobId == null ? null : EditionNames.job(jobId), null);
    }

    /** The edition's latest draft (pending or decided), or its draft version N. */
    public Reviewed find(String jobId, String period, Integer version) {
        String job = EditionNames.job(jobId);
        String week = EditionNames.period(period);
        return index.inReview(job, week).stream()
                .filter(r -> version == null || r.version().version() == version).findFirst()
                .orElseThrow(() -> new EditionNames.Unknown("no draft of " + job + " " + week
                        + (version == null ? "" : " v" + version) + " exists; drafts are made for jobs with "
                        + "'review: required'"));
    }

    /** A file of a draft: the review report or any file its manifest lists. */
    public Path file(Reviewed draft, String name) {
        Path folder = folderOf(draft.version());
        if (draft.version().state() == EditionState.FAILED || !Files.isDirectory(folder)) {
            throw new EditionNames.Unknown("the draft " + describe(draft.version()) + " has no files");
        }
        EditionNames.fileName(name);
        if (!name.equals(REVIEW_REPORT) && !name.equals(Manifest.FILE_NAME)
                && !Manifest.files(folder.resolve(Manifest.FILE_NAME)).containsKey(name)) {
            throw new EditionNames.Unknown("the draft " + describe(draft.version()) + " has no file '" + name + "'");
        }
        return folder.resolve(name);
    }

    /**
     * Publishes the pending draft under its number, with {@code reviewer} and the time in its manifest.
     * Fails, changing nothing, when no draft is pending or a newer version was published since.
     */
    public EditionVersion approve(String jobId, String period, String reviewer) {
        EditionVersion draft = pendingOrExplain(jobId, period);
        archive.latest(draft.jobId(), draft.period()).filter(p -> p.version() > draft.version()).ifPresent(p -> {
            throw new ReviewConflict("v" + p.version() + " of " + draft.jobId() + " " + draft.period() + " was published"
                    + " after the draft v" + draft.version() + " was made; publish the edition again for a new draft");
        });
        Path folder = folderOf(draft);
        Manifest.Read made = Manifest.read(folder.resolve(Manifest.FILE_NAME));
        Map<String, byte[]> files = new TreeMap<>();
        Manifest.files(folder.resolve(Manifest.FILE_NAME)).keySet().forEach(name -> files.put(name, read(folder.resolve(name))));
        Instant now = clock.instant();
        decide(draft, EditionState.PUBLISHING, reviewer, now, null);
        return archive.writeAndPublish(draft.id(), new PublishRequest(draft.jobId(), draft.period(), draft.version(),
                draft.contentHash(), draft.inputsHash(), draft.asOf(), made.software(), new EditionFiles(files),
                new PublishRequest.Approval(reviewer, now)));
    }

    /** Sends the pending draft back to its authors with the reviewer's comment; it is never published. */
    public Reviewed sendBack(String jobId, String period, String reviewer, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ReviewConflict("say why the draft goes back: a comment is required");
        }
        EditionVersion draft = pendingOrExplain(jobId, period);
        decide(draft, EditionState.SENT_BACK, reviewer, clock.instant(), comment.strip());
        return index.reviewed(draft.id()).orElseThrow();
    }

    private void decide(EditionVersion draft, EditionState to, String reviewer, Instant at, String comment) {
        if (reviewer == null || reviewer.isBlank()) {
            throw new ReviewConflict("a review decision needs the reviewer's name");
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                index.move(draft.id(), EditionState.DRAFT, to, null);
                index.decide(draft.id(), reviewer, at, comment);
            });
        } catch (ArchiveException e) {
            // Another reviewer decided between our read and our write: say what they decided.
            throw explainDecided(draft.jobId(), draft.period());
        }
    }

    private EditionVersion pendingOrExplain(String jobId, String period) {
        String job = EditionNames.job(jobId);
        String week = EditionNames.period(period);
        return pending(job, week).orElseThrow(() -> explainDecided(job, week));
    }

    /** Why nothing awaits review: the last draft's fate, or that there never was one. */
    private ReviewConflict explainDecided(String job, String week) {
        Optional<Reviewed> approved = archive.latest(job, week).flatMap(v -> index.reviewed(v.id()))
                .filter(Reviewed::decided);
        Optional<Reviewed> lastDraft = index.inReview(job, week).stream().findFirst();
        if (approved.isPresent() && (lastDraft.isEmpty()
                || approved.get().version().version() > lastDraft.get().version().version())) {
            Reviewed a = approved.get();
            return new ReviewConflict("no draft of " + job + " " + week + " awaits review: v" + a.version().version()
                    + " was already approved by " + a.reviewer() + " at " + a.decidedAt() + " and published");
        }
        if (lastDraft.isPresent() && lastDraft.get().version().state() == EditionState.SENT_BACK) {
            Reviewed s = lastDraft.get();
            return new ReviewConflict("no draft of " + job + " " + week + " awaits review: v" + s.version().version()
                    + " was sent back by " + s.reviewer() + " at " + s.decidedAt() + " (\"" + s.comment()
                    + "\"); publish the edition again for a new draft");
        }
        return new ReviewConflict("no draft of " + job + " " + week + " awaits review; `sitrep publish " + job + " "
                + week + "` makes one for a job with 'review: required'");
    }

    Path folderOf(EditionVersion v) {
        return folderOf(v.jobId(), v.period(), v.version());
    }

    /** Where draft version N of an edition is (or would be) written. */
    public Path folderOf(String jobId, String period, int version) {
        return draftsDir.resolve(jobId).resolve(period).resolve("v" + version);
    }

    private static String describe(EditionVersion v) {
        return v.jobId() + " " + v.period() + " v" + v.version() + " (" + v.state() + ")";
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The files a draft will publish, by name, with their sizes. */
    public SortedMap<String, Long> files(Reviewed draft) {
        SortedMap<String, Long> sizes = new TreeMap<>();
        Manifest.files(folderOf(draft.version()).resolve(Manifest.FILE_NAME)).forEach((n, e) -> sizes.put(n, e.size()));
        return sizes;
    }
}
