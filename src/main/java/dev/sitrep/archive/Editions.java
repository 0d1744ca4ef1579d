package dev.sitrep.archive;

import dev.sitrep.core.Ids;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What archivists do with published editions: list, find, fetch, compare and verify versions, rebuild
 * the index from out/, and apply a job's retention. Every name from outside is checked first
 * ({@link EditionNames}), and every file is found through the index and its manifest, never by a path
 * a caller built.
 */
@Service
public class Editions {

    private final EditionIndex index;
    private final Archive archive;
    private final Path outDir;
    private final java.time.Clock clock;

    Editions(JdbcClient jdbc, Archive archive, ArchiveSettings settings, java.time.Clock clock) {
        this.clock = clock;
        this.index = new EditionIndex(jdbc);
        this.archive = archive;
        this.outDir = settings.outDir();
    }

    /** Versions in the index, by job, period and version; any filter may be null. */
    public List<EditionVersion> list(String jobId, String fromPeriod, String toPeriod) {
        return index.list(jobId == null ? null : EditionNames.job(jobId),
                fromPeriod == null ? null : EditionNames.period(fromPeriod),
                toPeriod == null ? null : EditionNames.period(toPeriod));
    }

    /** One version, or with {@code version} null the latest published one. */
    public EditionVersion find(String jobId, String period, Integer version) {
        String job = EditionNames.job(jobId);
        String week = EditionNames.period(period);
        var found = version == null ? index.latestPublished(job, week)
                : index.find(job, week, version).filter(v -> !v.state().inReview());
        return found.orElseThrow(() -> new EditionNames.Unknown("no edition " + job + " " + week
                + (version == null ? " has been published" : " v" + version) + "; published versions: "
                + index.list(job, week, week).stream().map(v -> "v" + v.version() + " (" + v.state() + ")").toList()));
    }

    /** The file of a version in a format: pdf, md, or any file its manifest lists (e.g. events.csv). */
    public Path file(EditionVersion v, String format) {
        String name = switch (format) {
            case "pdf", "md" -> Archive.baseName(v.jobId(), v.period(), v.version()) + "." + format;
            default -> EditionNames.fileName(format);
        };
        if (v.state() == EditionState.PRUNED || v.state() == EditionState.FAILED || v.state() == EditionState.MISSING) {
            throw new EditionNames.Unknown(v.jobId() + " " + v.period() + " v" + v.version() + " is " + v.state()
                    + ": its files are not in the archive");
        }
        SortedMap<String, Manifest.Entry> files = Manifest.files(folder(v).resolve(Manifest.FILE_NAME));
        if (!files.containsKey(name)) {
            throw new EditionNames.Unknown(v.jobId() + " " + v.period() + " v" + v.version() + " has no file '" + name
                    + "'; it has " + files.keySet());
        }
        return folder(v).resolve(name);
    }

    /** The SHA-256 the manifest records for one of a version's files (an HTTP ETag). */
    public String sha256(EditionVersion v, String fileName) {
        Manifest.Entry e = Manifest.files(folder(v).resolve(Manifest.FILE_NAME)).get(fileName);
        if (e == null) {
            throw new EditionNames.Unknown(v.jobId() + " " + v.period() + " v" + v.version() + " has no file '"
                    + fileName + "'");
        }
        return e.sha256();
    }

    /** The files a version's manifest lists, with their sizes in bytes. */
    public SortedMap<String, Long> files(EditionVersion v) {
        SortedMap<String, Long> sizes = new java.util.TreeMap<>();
        Manifest.files(folder(v).resolve(Manifest.FILE_NAME)).forEach((name, e) -> sizes.put(name, e.size()));
        return sizes;
    }

    /** The version's folder as the archive lays it out: derived from checked names, not read from the row. */
    Path folder(EditionVersion v) {
        return archive.folderOf(v.jobId(), v.period(), v.version());
    }

    /** What is wrong with a version's files against its manifest; empty when it is intact. */
    public Verification verify(EditionVersion v) {
        List<String> problems = new ArrayList<>();
        Path folder = folder(v);
        Path manifest = folder.resolve(Manifest.FILE_NAME);
        if (!Files.isDirectory(folder)) {
            return new Verification(v, List.of(folder + ": the version's folder is gone" + index.missingSince(v.id())
                    .map(t -> " (MISSING since " + t + ")")
                    .orElse(" (`sitrep archive reindex` records it as MISSING)")
                    + "; the next `sitrep publish` of the edition makes a new version, or restore the folder from a "
                    + "copy and run `sitrep archive reindex`"));
        }
        if (!Files.isRegularFile(manifest)) {
            return new Verification(v, List.of(manifest + ": missing"));
        }
        SortedMap<String, Manifest.Entry> listed;
        try {
            listed = Manifest.files(manifest);
        } catch (ArchiveException unreadable) {
            // One damaged manifest is this version's problem, reported; it must not stop a check of the rest.
            return new Verification(v, List.of(unreadable.getMessage()));
        }
        for (Map.Entry<String, Manifest.Entry> e : listed.entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(file + ": missing");
                continue;
            }
            byte[] bytes = read(file);
            if (bytes.length != e.getValue().size() || !Sha256.hex(bytes).equals(e.getValue().sha256())) {
                problems.add(file + ": SHA-256 " + Sha256.hex(bytes) + " and " + bytes.length + " bytes, but the "
                        + "manifest says " + e.getValue().sha256() + " and " + e.getValue().size() + " bytes");
            }
        }
        try (Stream<Path> present = Files.list(folder)) {
            present.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(Manifest.FILE_NAME) && !listed.containsKey(n)).sorted()
                    .forEach(n -> problems.add(folder.resolve(n) + ": not in the manifest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Manifest.Read recorded = Manifest.read(manifest);
        if (!recorded.contentHash().equals(v.contentHash())) {
            problems.add(manifest + ": content hash " + recorded.contentHash() + ", but the index has "
                    + v.contentHash());
        }
        return new Verification(v, problems);
    }

    public record Verification(EditionVersion version, List<String> problems) {
        public boolean intact() {
            return problems.isEmpty();
        }
    }

    /** Which files differ between two versions of one edition, and the Markdown's unified diff. */
    public Comparison diff(String jobId, String period, int from, int to) {
        EditionVersion a = find(jobId, period, from);
        EditionVersion b = find(jobId, period, to);
        Map<String, Manifest.Entry> fa = byVersionlessName(a);
        Map<String, Manifest.Entry> fb = byVersionlessName(b);
        List<String> changes = new ArrayList<>();
        for (String name : new TreeSet<>(union(fa.keySet(), fb.keySet()))) {
            if (!fa.containsKey(name)) {
                changes.add("added   " + name);
            } else if (!fb.containsKey(name)) {
                changes.add("removed " + name);
            } else if (!fa.get(name).equals(fb.get(name))) {
                changes.add("changed " + name);
            }
        }
        List<String> left = lines(file(a, "md"));
        List<String> right = lines(file(b, "md"));
        String nameA = file(a, "md").getFileName().toString();
        String nameB = file(b, "md").getFileName().toString();
        List<String> patch = UnifiedDiffUtils.generateUnifiedDiff(nameA, nameB, left, DiffUtils.diff(left, right), 2);
        return new Comparison(a, b, changes, String.join("\n", patch) + (patch.isEmpty() ? "" : "\n"));
    }

    /** The manifest's files, the version's own number in their names written "v*" so two versions line up. */
    private Map<String, Manifest.Entry> byVersionlessName(EditionVersion v) {
        String own = Archive.baseName(v.jobId(), v.period(), v.version()) + ".";
        String any = Archive.baseName(v.jobId(), v.period(), 0).replace("-v0", "-v*") + ".";
        Map<String, Manifest.Entry> out = new java.util.TreeMap<>();
        Manifest.files(folder(v).resolve(Manifest.FILE_NAME)).forEach((name, entry) ->
                out.put(name.startsWith(own) ? any + name.substring(own.length()) : name, entry));
        return out;
    }

    public record Comparison(EditionVersion from, EditionVersion to, List<String> files, String markdownDiff) {
    }

    /**
     * Reconciles every period of out/ and of the index ({@link Archive#reconcile}): indexes version folders
     * the index lacks, marks versions whose folder is gone MISSING, restores MISSING ones whose folder is
     * back, removes work folders of killed runs that no process owns.
     */
    public Reconciliation reindex() {
        java.util.SortedSet<String> periods = new TreeSet<>();
        if (Files.isDirectory(outDir)) {
            for (Path job : children(outDir)) {
                String jobId = job.getFileName().toString();
                if (Ids.isJob(jobId)) {
                    children(job).stream().map(p -> p.getFileName().toString()).filter(Editions::isPeriod)
                            .forEach(period -> periods.add(jobId + "/" + period));
                }
            }
        }
        // A period whose whole folder is gone is found through the index alone.
        index.periodsWithFolders().forEach(jp -> periods.add(jp[0] + "/" + jp[1]));
        Reconciliation all = Reconciliation.NONE;
        for (String jobAndPeriod : periods) {
            int slash = jobAndPeriod.indexOf('/');
            all = all.plus(archive.reconcile(jobAndPeriod.substring(0, slash), jobAndPeriod.substring(slash + 1)));
        }
        return all;
    }

    private static boolean isPeriod(String name) {
        return name.matches("\\d{4}-W\\d{2}") || name.startsWith("flash-");
    }

    /**
     * The work folders of killed runs in out/ that no live process owns, without touching them (a later
     * publication, or {@code sitrep archive reindex}, removes them).
     */
    public List<Path> abandonedWorkFolders() {
        List<Path> found = new ArrayList<>();
        for (Path root : List.of(outDir, outDir.resolve(Drafts.FOLDER))) {
            VersionFolders folders = new VersionFolders(root);
            if (!Files.isDirectory(root)) {
                continue;
            }
            for (Path job : children(root)) {
                if (Ids.isJob(job.getFileName().toString())) {
                    for (Path period : children(job)) {
                        found.addAll(folders.abandonedStaging(job.getFileName().toString(),
                                period.getFileName().toString(), clock.instant(), false));
                    }
                }
            }
        }
        return found;
    }

    /**
     * Keeps the last {@code keepSuperseded} superseded versions of each period of the job and prunes
     * the older ones (their folders deleted, their rows kept as PRUNED). The latest published version is
     * never touched. With {@code dryRun}, only says what it would prune.
     */
    public List<EditionVersion> prune(String jobId, int keepSuperseded, boolean dryRun) {
        if (keepSuperseded < 0) {
            throw new ArchiveException("keep must be 0 or more, not " + keepSuperseded);
        }
        List<EditionVersion> prunable = new ArrayList<>();
        Map<String, List<EditionVersion>> byPeriod = new java.util.TreeMap<>();
        for (EditionVersion v : list(jobId, null, null)) {
            if (v.state() == EditionState.SUPERSEDED) {
                byPeriod.computeIfAbsent(v.period(), k -> new ArrayList<>()).add(v);
            }
        }
        byPeriod.values().forEach(versions -> {
            versions.sort(Comparator.comparingInt(EditionVersion::version).reversed());
            prunable.addAll(versions.subList(Math.min(keepSuperseded, versions.size()), versions.size()));
        });
        prunable.sort(Comparator.comparing(EditionVersion::period).thenComparingInt(EditionVersion::version));
        if (!dryRun) {
            for (EditionVersion v : prunable) {
                archive.prune(v, folder(v));
            }
        }
        return prunable;
    }

    private static List<Path> children(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        java.util.Set<T> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
