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
        m.put("files", files);
        return (JSON.writeValueAsString(m) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
