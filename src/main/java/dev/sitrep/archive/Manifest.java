package dev.sitrep.archive;

import dev.sitrep.core.Sha256;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** manifest.json: what the version is, what it was made from, and the SHA-256 and size of every file. */
final class Manifest {

    static final String FILE_NAME = "manifest.json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Manifest() {
    }

    /** What the index needs back from a manifest found in out/. */
    record Read(int version, String contentHash, String inputsHash, java.time.Instant asOf, String software) {
    }

    static Read read(java.nio.file.Path file) {
        try {
            tools.jackson.databind.JsonNode m = JSON.readTree(file.toFile());
            return new Read(m.path("version").asInt(), m.path("contentHash").asString(),
                    m.path("inputsHash").asString(), java.time.Instant.parse(m.path("asOf").asString()),
                    m.path("software").asString().replaceFirst("^sitrep ", ""));
        } catch (RuntimeException e) {
            throw new ArchiveException(file + " is not a readable Sitrep manifest: " + e.getMessage(), e);
        }
    }

    /** A file as the manifest records it. */
    record Entry(String sha256, long size) {
    }

    /** The files a manifest lists, by name. */
    static java.util.SortedMap<String, Entry> files(java.nio.file.Path file) {
        try {
            tools.jackson.databind.JsonNode files = JSON.readTree(file.toFile()).path("files");
            java.util.SortedMap<String, Entry> out = new java.util.TreeMap<>();
            for (var e : files.properties()) {
                if (!EditionNames.isFileName(e.getKey())) {
                    throw new ArchiveException(file + " names a file '" + e.getKey() + "' that is not a plain name "
                            + "in its folder: the manifest was altered; restore it from a copy");
                }
                out.put(e.getKey(), new Entry(e.getValue().path("sha256").asString(), e.getValue().path("size").asLong()));
            }
            return out;
        } catch (RuntimeException e) {
            throw new ArchiveException(file + " is not a readable Sitrep manifest: " + e.getMessage(), e);
        }
    }

    static byte[] of(PublishRequest r) {
        Map<String, Object> files = new LinkedHashMap<>();
        r.files().files().forEach((name, bytes) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("sha256", Sha256.hex(bytes));
            entry.put("size", bytes.length);
            files.put(name, entry);
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", r.jobId());
        m.put("period", r.period());
        m.put("version", r.version());
        m.put("contentHash", r.contentHash());
        m.put("inputsHash", r.inputsHash());
        m.put("asOf", r.asOf().toString());
        m.put("software", "sitrep " + r.softwareVersion());
        if (r.approval() != null) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put("approvedBy", r.approval().reviewer());
            review.put("approvedAt", r.approval().at().toString());
            m.put("review", review);
        }
        m.put("files", files);
        return (JSON.writeValueAsString(m) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
