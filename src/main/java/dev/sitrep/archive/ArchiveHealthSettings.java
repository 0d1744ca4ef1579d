package dev.sitrep.archive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code sitrep.archive.health.*}: the free space on out/'s disk below which the archive is DOWN. */
@ConfigurationProperties("sitrep.archive.health")
record ArchiveHealthSettings(DataSize minFreeSpace) {

    ArchiveHealthSettings {
        minFreeSpace = minFreeSpace == null ? DataSize.ofMegabytes(100) : minFreeSpace;
    }
}
