package dev.sitrep.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The archive's entry point: which version comes next, and publishing a version immutably to out/. */
@Service
public class Archive {

    private final EditionIndex index;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Path outDir;

    Archive(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ArchiveSettings settings) {
        this.index = new EditionIndex(jdbc);
        this.transactions = transactions;
        this.clock = clock;
        this.outDir = settings.outDir();
    }

    public Optional<EditionVersion> latest(String jobId, String period) {
        return index.latestPublished(jobId, period);
    }

    public int nextVersion(String jobId, String period) {
        return index.highestVersion(jobId, period) + 1;
    }

    public Path folderOf(String jobId, String period, int version) {
        return outDir.resolve(jobId).resolve(period).resolve("v" + version);
    }

    public static String baseName(String jobId, String period, int version) {
        return jobId + "-" + period + "-v" + version;
    }

    /**
     * Claims the version in the index, writes its folder atomically, then marks it published and the
     * version before it superseded. A failure is stored on the version with its cause.
     */
    public EditionVersion publish(PublishRequest request) {
        Path folder = folderOf(request.jobId(), request.period(), request.version());
        Optional<EditionVersion> previous = latest(request.jobId(), request.period());
        long id = index.claim(request.jobId(), request.period(), request.version(), request.contentHash(),
                request.inputsHash(), request.asOf(), folder, clock.instant());
        Map<String, byte[]> files = new TreeMap<>(request.files().files());
        files.put(Manifest.FILE_NAME, Manifest.of(request));
        try {
            VersionFolder.write(folder, files);
        } catch (IOException | RuntimeException e) {
            index.move(id, EditionState.PUBLISHING, EditionState.FAILED, String.valueOf(e));
            throw new ArchiveException("could not write " + folder + ": " + e.getMessage(), e);
        }
        transactions.executeWithoutResult(status -> {
            index.move(id, EditionState.PUBLISHING, EditionState.PUBLISHED, null);
            previous.ifPresent(p -> index.move(p.id(), EditionState.PUBLISHED, EditionState.SUPERSEDED, null));
        });
        return new EditionVersion(id, request.jobId(), request.period(), request.version(), EditionState.PUBLISHED,
                request.contentHash(), request.inputsHash(), request.asOf(), folder);
    }
}
