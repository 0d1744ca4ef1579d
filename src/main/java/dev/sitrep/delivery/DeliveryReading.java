package dev.sitrep.delivery;

import dev.sitrep.archive.ArchiveReading;
import org.springframework.context.annotation.Import;

/**
 * The delivery log and the archive's index (a version named on the command line), for a context that starts
 * nothing else. Not a stereotype, so the application's component scan never counts these beans twice.
 */
@Import({DeliveryListing.class, ArchiveReading.class})
public final class DeliveryReading {

    private DeliveryReading() {
    }
}
