package dev.sitrep.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings one period's index in line with its folders in out/, which is the archive: folders the index lacks
 * are indexed from their manifests, versions whose folder is gone become MISSING (never dropped), MISSING
 * versions whose folder is back are restored, and work folders of killed runs that no process owns are removed.
 */
final class Reconciler {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);

    private final EditionIndex index;
    private final VersionFolders folders;
    private final VersionFolders drafts;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Reconciler(EditionIndex index, VersionFolders folders, VersionFolders drafts, TransactionTemplate ownTransaction,
               Clock clock) {
        this.index = index;
        this.folders = folders;
        this.drafts = drafts;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    Reconciliation reconcile(String jobId, String period) {
        List<Path> removed = removeAbandonedWork(jobId, period);
        return new Reconciliation(indexUnknownFolders(jobId, period), markMissing(jobId, period, clock.instant()),
                restore(jobId, period), removed);
    }

    /** Removes the period's work folders (published and draft) that killed runs left and no process owns. */
    List<Path> removeAbandonedWork(String jobId, String period) {
        Instant now = clock.instant();
        List<Path> removed = new ArrayList<>(folders.abandonedStaging(jobId, period, now, true));
        removed.addAll(drafts.abandonedStaging(jobId, period, now, true));
        removed.forEach(p -> LOG.warn("removed {}: the work folder of a run that was killed mid-write; no process "
                + "owned it and no version was published from it", p));
        return removed;
    }

    private List<EditionVersion> markMissing(String jobId, String period, Instant now) {
        List<EditionVersion> missing = new ArrayList<>();
        for (EditionVersion v : index.list(jobId, period, period)) {
            boolean hadFolder = v.state() == EditionState.PUBLISHED || v.state() == EditionState.SUPERSEDED;
            Path folder = folders.folderOf(jobId, period, v.version());
            if (hadFolder && !Files.isDirectory(folder)
                    && ownTransaction.execute(status -> index.markMissing(v.id(), v.state(), now))) {
                LOG.warn("{} {} v{} is MISSING: its folder {} is gone from out/ (was {}); the index keeps it, and the "
                        + "next run of the edition publishes v{}. Restore the folder from a copy and run `sitrep "
                        + "archive reindex` to bring it back", jobId, period, v.version(), folder, v.state(),
                        Math.max(index.highestVersion(jobId, period), folders.highestVersion(jobId, period)) + 1);
                missing.add(index.find(jobId, period, v.version()).orElseThrow());
            }
        }
        return missing;
    }

    /** A MISSING version whose folder is back with a manifest of the same content: restored, in its place. */
    private List<EditionVersion> restore(String jobId, String period) {
        List<EditionVersion> restored = new ArrayList<>();
        for (EditionVersion v : index.list(jobId, period, period)) {
            Path manifest = folders.folderOf(jobId, period, v.version()).resolve(Manifest.FILE_NAME);
            if (v.state() != EditionState.MISSING || !Files.isRegularFile(manifest)) {
                continue;
            }
            Manifest.Read found;
            try {
                found = Manifest.read(manifest);
            } catch (ArchiveException unreadable) {
                LOG.warn("{} {} v{} stays MISSING: {}", jobId, period, v.version(), unreadable.getMessage());
                continue;
            }
            if (!found.contentHash().equals(v.contentHash())) {
                LOG.warn("{} {} v{} stays MISSING: {} has content hash {}, but the index has {}: it is not the "
                        + "folder that was lost", jobId, period, v.version(), manifest, found.contentHash(), v.contentHash());
                continue;
            }
            ownTransaction.executeWithoutResult(status -> index.restore(v.id(), placeAmongPublished(v.id(), jobId,
                    period, v.version())));
            EditionVersion back = index.find(jobId, period, v.version()).orElseThrow();
            LOG.info("{} {} v{} is back in out/ and {} again", jobId, period, v.version(), back.state());
            restored.add(back);
        }
        return restored;
    }

    /** Version folders in out/ that the index does not know (the database was replaced, or a crash came between the rename and the commit). */
    private List<EditionVersion> indexUnknownFolders(String jobId, String period) {
        List<EditionVersion> indexed = new ArrayList<>();
        for (Manifest.Read found : folders.unindexed(jobId, period, index.versions(jobId, period))) {
            ownTransaction.executeWithoutResult(status -> {
                long id = index.claim(jobId, period, found.version(), found.contentHash(), found.inputsHash(),
                        found.asOf(), folders.folderOf(jobId, period, found.version()), clock.instant());
                EditionState state = placeAmongPublished(id, jobId, period, found.version());
                index.move(id, EditionState.PUBLISHING, EditionState.PUBLISHED, null);
                if (state == EditionState.SUPERSEDED) {
                    index.move(id, EditionState.PUBLISHED, EditionState.SUPERSEDED, null);
                }
            });
            indexed.add(index.find(jobId, period, found.version()).orElseThrow());
        }
        return indexed;
    }

    /**
     * The state a version coming (back) into the index takes: SUPERSEDED under a newer published version;
     * else PUBLISHED, superseding the one published before it. One published version per edition.
     */
    private EditionState placeAmongPublished(long id, String jobId, String period, int version) {
        Optional<EditionVersion> published = index.latestPublished(jobId, period).filter(p -> p.id() != id);
        if (published.isPresent() && published.get().version() > version) {
            return EditionState.SUPERSEDED;
        }
        published.ifPresent(p -> index.move(p.id(), EditionState.PUBLISHED, EditionState.SUPERSEDED, null));
        return EditionState.PUBLISHED;
    }
}
