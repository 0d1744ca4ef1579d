package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.assessment.EditionBasis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** edition.json beside each version: what it rests on, read back by the next version to say what changed. */
final class EditionBases {

    static final String FILE_NAME = "edition.json";
    private static final Logger LOG = LoggerFactory.getLogger(EditionBases.class);
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private EditionBases() {
    }

    static byte[] json(EditionBasis basis) {
        return (JSON.writeValueAsString(basis) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The basis of a published version; empty (with a warning naming the file) when it has none or it is unreadable. */
    static Optional<EditionBasis> of(Archive archive, EditionVersion v) {
        Path file = archive.folderOf(v.jobId(), v.period(), v.version()).resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), EditionBasis.class));
        } catch (RuntimeException e) {
            LOG.warn("{} cannot be read, so the new version will not list its changes: {}", file, e.getMessage());
            return Optional.empty();
        }
    }
}
