package dev.sitrep.jobs;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.core.Sha256;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What decides whether an edition changed: the document model, the citation style, the template's
 * files and the software version. Equal hashes mean equal files, so nothing new is published.
 */
final class ContentHash {

    /** Map entries sorted by key: the hash must never depend on a map's iteration order. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private ContentHash() {
    }

    static String of(Assessment assessment, String citationStyle, String pageSize, String templateHash,
                     String softwareVersion) {
        return Sha256.hex(CANONICAL.writeValueAsString(assessment) + "\n" + citationStyle + "\n" + pageSize + "\n"
                + templateHash + "\n" + softwareVersion);
    }
}
