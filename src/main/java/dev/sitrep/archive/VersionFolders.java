package dev.sitrep.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The version folders of out/: {@code out/<job>/<period>/v<N>/}. */
final class VersionFolders {

    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]*)");
    private static final Pattern STAGING = Pattern.compile("\\.v[1-9][0-9]*\\.(partial|pruned)-.+");

    /** Far longer than any write takes, so no live writer on any node still owns an unclaimed folder. */
    private static final Duration UNCLAIMED_AFTER = Duration.ofHours(1);
    /** A writer locks its lock file the instant it creates it; one unlocked for this long has no writer. */
    private static final Duration ORPHAN_LOCK_AFTER = Duration.ofMinutes(1);

    private final Path outDir;

    VersionFolders(Path outDir) {
        this.outDir = outDir;
    }

    Path folderOf(String jobId, String period, int version) {
        return outDir.resolve(jobId).resolve(period).resolve("v" + version);
    }

    int highestVersion(String jobId, String period) {
        return versions(jobId, period).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** Manifests of the complete version folders (those with a manifest) that the index does not know. */
    List<Manifest.Read> unindexed(String jobId, String period, Set<Integer> indexed) {
        return versions(jobId, period).stream().filter(v -> !indexed.contains(v)).sorted()
                .map(v -> folderOf(jobId, period, v).resolve(Manifest.FILE_NAME))
                .filter(Files::isRegularFile)
                .map(Manifest::read)
                .toList();
    }

    /**
     * The hidden work folders ({@code .v<N>.partial-…}, {@code .v<N>.pruned-…}) of a period that no live
     * process owns: left by a writer or pruner that was killed. A claimed folder is unowned as soon as its
     * lock can be taken; one without a lock file (from before claims) only once it is older than
     * {@link #UNCLAIMED_AFTER}. With {@code remove}, they are deleted (a partial folder holds no version:
     * the version it was to become is made whole by the next run). Returns the folders found.
     */
    List<Path> abandonedStaging(String jobId, String period, Instant now, boolean remove) {
        Path periodDir = outDir.resolve(jobId).resolve(period);
        if (!Files.isDirectory(periodDir)) {
            return List.of();
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(periodDir)) {
            entries = listed.filter(p -> STAGING.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + periodDir, e);
        }
        List<Path> abandoned = new ArrayList<>();
        try {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && unowned(entry, now.minus(UNCLAIMED_AFTER), remove)) {
                    abandoned.add(entry);
                } else if (remove && isOrphanLockFile(entry, now.minus(ORPHAN_LOCK_AFTER))) {
                    Path folder = entry.resolveSibling(entry.getFileName().toString()
                            .substring(0, entry.getFileName().toString().length() - StagingClaim.SUFFIX.length()));
                    StagingClaim.removeIfUnowned(folder, VersionFolder::deleteTree);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove an abandoned folder in " + periodDir, e);
        }
        return abandoned;
    }

    private static boolean unowned(Path folder, Instant unclaimedBefore, boolean remove) throws IOException {
        Boolean live = StagingClaim.isLive(folder);
        if (live == null) {
            if (!modifiedBefore(folder, unclaimedBefore)) {
                return false;
            }
            if (remove) {
                VersionFolder.deleteTree(folder);
            }
            return true;
        }
        if (live) {
            return false;
        }
        return !remove || StagingClaim.removeIfUnowned(folder, VersionFolder::deleteTree);
    }

    /** A lock file whose folder is gone: its writer was killed just before or after the folder's life. */
    private static boolean isOrphanLockFile(Path entry, Instant before) {
        String name = entry.getFileName().toString();
        return name.endsWith(StagingClaim.SUFFIX) && Files.isRegularFile(entry) && modifiedBefore(entry, before)
                && !Files.exists(entry.resolveSibling(name.substring(0, name.length() - StagingClaim.SUFFIX.length())));
    }

    private static boolean modifiedBefore(Path p, Instant instant) {
        try {
            return Files.getLastModifiedTime(p).toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private List<Integer> versions(String jobId, String period) {
        Path periodDir = outDir.resolve(jobId).resolve(period);
        if (!Files.isDirectory(periodDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(periodDir)) {
            return entries.filter(Files::isDirectory)
                    .map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + periodDir, e);
        }
    }

    /**
     * The file {@code name} of the first complete version (one with a manifest) of each period of the job
     * from {@code fromPeriod} up to but not including {@code beforePeriod}, by period.
     */
    java.util.SortedMap<String, byte[]> firstIssued(String jobId, String name, String fromPeriod, String beforePeriod) {
        java.util.SortedMap<String, byte[]> found = new java.util.TreeMap<>();
        Path jobDir = outDir.resolve(jobId);
        if (!Files.isDirectory(jobDir)) {
            return found;
        }
        List<String> periods;
        try (Stream<Path> entries = Files.list(jobDir)) {
            periods = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(p -> p.compareTo(fromPeriod) >= 0 && p.compareTo(beforePeriod) < 0).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + jobDir, e);
        }
        for (String period : periods) {
            versions(jobId, period).stream().sorted()
                    .map(v -> folderOf(jobId, period, v))
                    .filter(f -> Files.isRegularFile(f.resolve(Manifest.FILE_NAME)))
                    .findFirst()
                    .map(f -> f.resolve(name))
                    .filter(Files::isRegularFile)
                    .ifPresent(file -> {
                        try {
                            found.put(period, Files.readAllBytes(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException("cannot read " + file, e);
                        }
                    });
        }
        return found;
    }
}
