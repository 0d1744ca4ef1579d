package dev.sitrep.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A live process's claim on a hidden work folder of out/ ({@code .v1.partial-…}, {@code .v1.pruned-…}): an OS
 * lock on the file {@code <folder>.lock} beside it, taken before the folder exists and held until it is gone.
 * The OS drops the lock when its process dies, however it dies (kill -9 included), so a folder whose lock
 * can be taken has no owner left and may be removed at once, whatever its age.
 */
final class StagingClaim implements AutoCloseable {

    static final String SUFFIX = ".lock";

    /**
     * The folders this JVM claims. A second channel on a locked file must never be opened in the process that
     * holds the lock: on POSIX, closing it drops every lock the process has on the file.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path lockFile;
    private final FileChannel channel;

    private StagingClaim(Path folder, Path lockFile, FileChannel channel) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    static Path lockFileOf(Path folder) {
        return folder.resolveSibling(folder.getFileName() + SUFFIX);
    }

    /** Claims {@code folder} (which must not exist yet) for this process until {@link #close}. */
    static StagingClaim take(Path folder) throws IOException {
        Path lockFile = lockFileOf(folder);
        HELD.add(key(folder));
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            channel.lock();
            return new StagingClaim(folder, lockFile, channel);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(lockFile);
            HELD.remove(key(folder));
            throw e;
        }
    }

    /**
     * Whether a live process (this one or another) claims {@code folder}; {@code null} when the folder has no
     * lock file at all (left by a version of Sitrep before claims, or a writer killed in the instant between
     * its lock file and its lock), so that only the folder's age can tell.
     */
    static Boolean isLive(Path folder) throws IOException {
        if (HELD.contains(key(folder))) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lockFileOf(folder), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Runs {@code removal} on an unowned folder under its lock, so that no other cleaner (on this node or one
     * sharing out/) removes it at the same time; false when a live process owns it after all.
     */
    static boolean removeIfUnowned(Path folder, Removal removal) throws IOException {
        if (HELD.contains(key(folder))) {
            return false;
        }
        Path lockFile = lockFileOf(folder);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            try {
                // Another cleaner may have removed it while this one waited for the lock.
                boolean there = Files.exists(folder);
                removal.remove(folder);
                Files.deleteIfExists(lockFile);
                return there;
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            return false;
        }
    }

    /** Removes a folder (and everything in it). */
    interface Removal {
        void remove(Path folder) throws IOException;
    }

    /** Ends the claim: the lock file goes before the lock, so nobody can take a lock on it after this. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(lockFile);
        } finally {
            try {
                channel.close();
            } finally {
                HELD.remove(key(folder));
            }
        }
    }

    private static Path key(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
