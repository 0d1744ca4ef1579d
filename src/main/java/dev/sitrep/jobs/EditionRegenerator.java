package dev.sitrep.jobs;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a published version again from what it recorded (the job, the period, the as-of time: the log
 * and the judgments as they stood then) without publishing anything, and compares it byte for byte with
 * the archived files: the proof that a version is what its inputs give.
 */
@Service
public class EditionRegenerator {

    private final EditionSteps steps;
    private final FlashSteps flashSteps;
    private final Editions editions;
    private final TransactionTemplate readOnly;

    EditionRegenerator(EditionSteps steps, FlashSteps flashSteps, Editions editions, PlatformTransactionManager tx) {
        this.flashSteps = flashSteps;
        this.steps = steps;
        this.editions = editions;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    /** Differences between the archived version and the one its inputs give now; empty when identical. */
    public List<String> regenerate(EditionVersion v) {
        Path temp;
        try {
            temp = Files.createTempDirectory("sitrep-regenerate-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            EditionWork work = new EditionWork(temp, 0);
            if (v.period().startsWith("flash-")) {
                return flash(v, work);
            }
            EditionSteps.EditionRun run = new EditionSteps.EditionRun(v.jobId(), IsoWeek.parse(v.period()), v.asOf());
            readOnly.executeWithoutResult(status -> {
                steps.gather(run, work);
                steps.trend(run, work);
                steps.prognosis(run, work);
            });
            Optional<EditionVersion> previous = v.version() == 1 ? Optional.empty()
                    : Optional.of(editions.find(v.jobId(), v.period(), v.version() - 1));
            if (previous.isPresent() && previous.get().state() == dev.sitrep.archive.EditionState.PRUNED) {
                return List.of("cannot be made again: its \"Changes since v" + previous.get().version()
                        + "\" section is made from v" + previous.get().version() + ", which retention pruned; "
                        + "its stored files can still be checked against the manifest (verify without --regenerate)");
            }
            List<String> differences = new ArrayList<>();
            String contentHash = steps.composeAfter(run, work, previous);
            if (!contentHash.equals(v.contentHash())) {
                differences.add("content hash: the inputs now give " + contentHash + ", the version recorded "
                        + v.contentHash());
            }
            steps.renderAs(run, work, v.version());
            compare(v, steps.files(run, work), differences);
            return differences;
        } finally {
            delete(temp);
        }
    }

    private void compare(EditionVersion v, Map<String, byte[]> again, List<String> differences) {
        Map<String, Long> archived = editions.files(v);
        for (String name : new java.util.TreeSet<>(union(again.keySet(), archived.keySet()))) {
            if (!archived.containsKey(name)) {
                differences.add(name + ": made again but not in the archived version");
            } else if (!again.containsKey(name)) {
                differences.add(name + ": in the archived version but not made again");
            } else if (!Sha256.hex(again.get(name)).equals(editions.sha256(v, name))) {
                differences.add(name + ": differs from the archived file");
            }
        }
    }

    /** A flash version made again from its event as of its time, the same way. */
    private List<String> flash(EditionVersion v, EditionWork work) {
        FlashSteps.FlashRun run = new FlashSteps.FlashRun(v.jobId(), v.period().substring("flash-".length()), v.asOf(),
                false);
        readOnly.executeWithoutResult(status -> {
            flashSteps.gather(run, work);
            flashSteps.trend(run, work);
            flashSteps.prognosis(run, work);
        });
        Optional<EditionVersion> previous = v.version() == 1 ? Optional.empty()
                : Optional.of(editions.find(v.jobId(), v.period(), v.version() - 1));
        List<String> differences = new ArrayList<>();
        String contentHash = flashSteps.composeAfter(run, work, previous);
        if (!contentHash.equals(v.contentHash())) {
            differences.add("content hash: the inputs now give " + contentHash + ", the version recorded "
                    + v.contentHash());
        }
        flashSteps.renderAs(run, work, v.version());
        compare(v, flashSteps.files(work), differences);
        return differences;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
