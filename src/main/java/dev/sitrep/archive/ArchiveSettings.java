package dev.sitrep.archive;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where published editions go ({@code sitrep.archive.out-dir}, default {@code out}). */
@ConfigurationProperties("sitrep.archive")
record ArchiveSettings(Path outDir) {

    ArchiveSettings {
        outDir = outDir == null ? Path.of("out") : outDir;
    }
}
