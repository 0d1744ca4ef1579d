package dev.sitrep.jobs;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A job's retention: {@code retention: keep-superseded: K} in its yml keeps the last K superseded versions
 * of each period and prunes older ones; without it every version is kept. Applied after each publication
 * and by {@code sitrep archive prune}.
 */
@Service
public class Retention {

    private final JobCatalog catalog;
    private final Editions editions;

    Retention(JobCatalog catalog, Editions editions) {
        this.catalog = catalog;
        this.editions = editions;
    }

    /**
     * Prunes the job's versions by its retention, or by {@code keep} when given (an admin's one-off
     * override). A job that keeps everything and no {@code keep} prunes nothing.
     */
    public Outcome apply(String jobId, Integer keep, boolean dryRun) {
        Integer keepSuperseded = keep != null ? keep : catalog.find(jobId).keepSuperseded();
        if (keepSuperseded == null) {
            return new Outcome(null, List.of());
        }
        return new Outcome(keepSuperseded, editions.prune(jobId, keepSuperseded, dryRun));
    }

    /** The rule applied (null: keep everything) and the versions it pruned, or would prune on a dry run. */
    /**
     * Applies the job's retention after a publication. The version is published whatever retention then
     * does: a failed prune is logged and left for the next publication or {@code sitrep archive prune},
     * which prune the same versions (pruning is idempotent).
     */
    void afterPublication(String jobId) {
        try {
            Outcome outcome = apply(jobId, null, false);
            if (!outcome.pruned().isEmpty()) {
                log.info("{}: retention keeps {} superseded version(s) per period; pruned {}", jobId,
                        outcome.keepSuperseded(), outcome.pruned().stream()
                                .map(v -> v.period() + " v" + v.version()).toList());
            }
        } catch (RuntimeException e) {
            log.warn("{}: retention could not prune ({}); `sitrep archive prune --job {}` retries", jobId,
                    e.getMessage(), jobId);
        }
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Retention.class);

    public record Outcome(Integer keepSuperseded, List<EditionVersion> pruned) {
        public Outcome {
            pruned = List.copyOf(pruned);
        }

        public boolean keepsEverything() {
            return keepSuperseded == null;
        }
    }
}
