package dev.sitrep.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a version's files into a hidden folder beside the final one, syncs them, then renames the
 * folder into place in one step: a crash leaves either no version or a whole one, never a part.
 */
final class VersionFolder {

    private VersionFolder() {
    }

    static void write(Path target, Map<String, byte[]> files) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a published version is never overwritten");
        }
        Path staging = parent.resolve("." + target.getFileName() + ".partial-" + UUID.randomUUID());
        // Claimed before it exists, so that a cleaner never takes a live writer's folder for an abandoned one.
        try (StagingClaim claim = StagingClaim.take(staging)) {
            Files.createDirectory(staging);
            try {
                for (Map.Entry<String, byte[]> f : files.entrySet()) {
                    Path file = staging.resolve(f.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, f.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    sync(file);
                }
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IOException("the file system of " + parent + " cannot rename atomically", e);
                }
                sync(parent);
            } finally {
                deleteTree(staging);
            }
        }
    }

    /**
     * Deletes a version folder without leaving half of it visible: renamed to a hidden name first (one
     * atomic step), then emptied and removed.
     */
    static void delete(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return;
        }
        Path doomed = target.resolveSibling("." + target.getFileName() + ".pruned-" + UUID.randomUUID());
        try (StagingClaim claim = StagingClaim.take(doomed)) {
            Files.move(target, doomed, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(doomed);
        }
        if (Files.exists(doomed)) {
            throw new IOException("could not remove " + doomed);
        }
    }

    private static void sync(Path path) {
        try (FileChannel channel = FileChannel.open(path, Files.isDirectory(path)
                ? new StandardOpenOption[]{StandardOpenOption.READ} : new StandardOpenOption[]{StandardOpenOption.WRITE})) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to sync a directory; the rename itself is still atomic.
        }
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
