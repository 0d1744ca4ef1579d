package dev.sitrep.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code archive} component of /actuator/health: can a version be written to {@code out/}? It must be
 * a writable directory (or not exist yet under a writable one: the archive creates it) on a disk with
 * at least {@code sitrep.archive.health.min-free-space} free. It replaces Boot's diskSpace indicator,
 * which would look at the working directory and not at writability.
 */
@Component
class ArchiveHealthIndicator implements HealthIndicator {

    private final ArchiveSettings archive;
    private final ArchiveHealthSettings settings;

    ArchiveHealthIndicator(ArchiveSettings archive, ArchiveHealthSettings settings) {
        this.archive = archive;
        this.settings = settings;
    }

    @Override
    public Health health() {
        Path out = archive.outDir().toAbsolutePath().normalize();
        Path existing = out;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        Health.Builder health = Health.up().withDetail("path", out.toString())
                .withDetail("exists", Files.isDirectory(out));
        if (existing == null || !Files.isDirectory(existing)) {
            return health.down().withDetail("reason", "not a directory: " + existing).build();
        }
        if (!Files.isWritable(existing)) {
            return health.down().withDetail("reason", "not writable: " + existing).build();
        }
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return health.down(e).build();
        }
        long threshold = settings.minFreeSpace().toBytes();
        health.withDetail("free", free).withDetail("threshold", threshold);
        return free >= threshold ? health.build()
                : health.down().withDetail("reason", "less than " + settings.minFreeSpace() + " free").build();
    }
}
