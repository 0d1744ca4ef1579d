package dev.sitrep.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sitrep.executions.recover-after}: how long a STARTED execution may go without an update before
 * it counts as left behind by a crashed process. Longer than the slowest step takes (a step updates its
 * execution when it ends), since a live node's execution must never be recovered under it.
 */
@ConfigurationProperties("sitrep.executions")
record ExecutionSettings(Duration recoverAfter) {

    ExecutionSettings {
        recoverAfter = recoverAfter == null ? Duration.ofMinutes(5) : recoverAfter;
    }
}
