package dev.sitrep.archive;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

/**
 * The archive's readers and what they need, for a context that starts nothing else (see the CLI's read-only
 * verbs). Not a stereotype, so the application's own component scan never counts these beans twice.
 */
@Import({Archive.class, Editions.class})
@EnableConfigurationProperties(ArchiveSettings.class)
public final class ArchiveReading {

    private ArchiveReading() {
    }
}
