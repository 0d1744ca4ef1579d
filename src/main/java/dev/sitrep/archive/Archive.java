package dev.sitrep.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The archive's entry point: which version comes next, and publishing a version immutably to out/. */
@Service
public class Archive {

    private final EditionIndex index;
    private final VersionFolders folders;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Reconciler reconciler;

    Archive(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock, ArchiveSettings settings) {
        this.index = new EditionIndex(jdbc);
        this.folders = new VersionFolders(settings.outDir());
        // The index must record a claim, a failure or a publication whatever the caller's transaction
        // does afterwards (a batch step rolls back on failure): each change commits on its own.
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.reconciler = new Reconciler(index, folders, new VersionFolders(settings.outDir().resolve(Drafts.FOLDER)),
                ownTransaction, clock);
    }

    public Optional<EditionVersion> latest(String jobId, String period) {
        return index.latestPublished(jobId, period);
    }

    /** The next version number: past every version in the index and every version folder in out/. */
    public int nextVersion(String jobId, String period) {
        return Math.max(index.highestVersion(jobId, period), folders.highestVersion(jobId, period)) + 1;
    }

    /**
     * Brings the index of (job, period) in line with out/, which is the archive ({@link Reconciler}): run
     * before each publication, so that a lost folder is a new version rather than "nothing changed".
     */
    public Reconciliation reconcile(String jobId, String period) {
        return reconciler.reconcile(jobId, period);
    }

    /** Removes the work folders of killed runs of (job, period), published or draft, that no process owns. */
    java.util.List<Path> removeAbandonedWork(String jobId, String period) {
        return reconciler.removeAbandonedWork(jobId, period);
    }

    /**
     * A file of each earlier edition as first issued (its lowest complete version), for the periods from
     * {@code fromPeriod} up to but not including {@code beforePeriod}: e.g. the forecasts to score.
     */
    public java.util.SortedMap<String, byte[]> firstIssued(String jobId, String fileName, String fromPeriod,
                                                           String beforePeriod) {
        return folders.firstIssued(jobId, fileName, fromPeriod, beforePeriod);
    }

    public Path folderOf(String jobId, String period, int version) {
        return folders.folderOf(jobId, period, version);
    }

    /** Removes a superseded version's folder and marks it PRUNED in the index (its row stays, as history). */
    void prune(EditionVersion v, Path folder) {
        ownTransaction.executeWithoutResult(status -> index.move(v.id(), EditionState.SUPERSEDED, EditionState.PRUNED,
                null));
        try {
            VersionFolder.delete(folder);
        } catch (IOException e) {
            throw new ArchiveException("could not delete " + folder + " while pruning: " + e.getMessage(), e);
        }
    }

    public static String baseName(String jobId, String period, int version) {
        return jobId + "-" + period + "-v" + version;
    }

    /** Claims the version in the index and publishes it ({@link #writeAndPublish}). */
    public EditionVersion publish(PublishRequest request) {
        Path folder = folderOf(request.jobId(), request.period(), request.version());
        long id = ownTransaction.execute(status -> index.claim(request.jobId(), request.period(), request.version(),
                request.contentHash(), request.inputsHash(), request.asOf(), folder, clock.instant()));
        return writeAndPublish(id, request);
    }

    /**
     * Writes the folder of a claimed (PUBLISHING) version atomically, then marks it published and the
     * version before it superseded. A failure is stored on the version with its cause.
     */
    EditionVersion writeAndPublish(long id, PublishRequest request) {
        Path folder = folderOf(request.jobId(), request.period(), request.version());
        Optional<EditionVersion> previous = latest(request.jobId(), request.period());
        Map<String, byte[]> files = new TreeMap<>(request.files().files());
        files.put(Manifest.FILE_NAME, Manifest.of(request));
        // Here too, not only before composing: a restarted run resumes at this step, after a kill in it.
        removeAbandonedWork(request.jobId(), request.period());
        try {
            VersionFolder.write(folder, files);
        } catch (IOException | RuntimeException e) {
            ownTransaction.executeWithoutResult(status ->
                    index.move(id, EditionState.PUBLISHING, EditionState.FAILED, String.valueOf(e)));
            throw new ArchiveException("could not write " + folder + ": " + e.getMessage(), e);
        }
        ownTransaction.executeWithoutResult(status -> {
            index.relocate(id, folder);
            index.move(id, EditionState.PUBLISHING, EditionState.PUBLISHED, null);
            previous.ifPresent(p -> index.move(p.id(), EditionState.PUBLISHED, EditionState.SUPERSEDED, null));
        });
        return new EditionVersion(id, request.jobId(), request.period(), request.version(), EditionState.PUBLISHED,
                request.contentHash(), request.inputsHash(), request.asOf(), folder);
    }
}
