package dev.sitrep.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The version folders of out/: {@code out/<job>/<period>/v<N>/}. */
final class VersionFolders {

    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]*)");
    private static final Pattern STAGING = Pattern.compile("\\.v[1-9][0-9]*\\.(partial|pruned)-.+");

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
     * Deletes the staging folders that writers killed mid-write (or mid-prune) left behind, once they are older than
     * {@code olderThan}: a live writer (on this node or another) fills its folder in seconds, so an old
     * one has no owner left. Returns the folders deleted.
     */
    List<Path> removeAbandonedStaging(String jobId, String period, java.time.Instant olderThan) {
        Path periodDir = outDir.resolve(jobId).resolve(period);
        if (!Files.isDirectory(periodDir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(periodDir)) {
            List<Path> abandoned = entries.filter(Files::isDirectory)
                    .filter(p -> STAGING.matcher(p.getFileName().toString()).matches())
                    .filter(p -> modifiedBefore(p, olderThan))
                    .sorted().toList();
            for (Path folder : abandoned) {
                VersionFolder.delete(folder);
            }
            return abandoned;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + periodDir, e);
        }
    }

    private static boolean modifiedBefore(Path p, java.time.Instant instant) {
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
