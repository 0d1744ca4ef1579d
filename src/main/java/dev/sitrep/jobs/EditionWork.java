package dev.sitrep.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one step hands the next, kept on disk per job instance: a restarted job resumes at the failed
 * step and finds the earlier steps' results where they left them.
 */
final class EditionWork {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path folder;

    EditionWork(Path workDir, long jobInstanceId) {
        this.folder = workDir.resolve("instance-" + jobInstanceId);
    }

    void put(String name, Object value) {
        putBytes(name + ".json", JSON.writeValueAsBytes(value));
    }

    <T> T get(String name, Class<T> type) {
        return JSON.readValue(getBytes(name + ".json"), type);
    }

    void putBytes(String name, byte[] bytes) {
        try {
            Files.createDirectories(folder);
            Path tmp = folder.resolve(name + ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(name), e);
        }
    }

    byte[] getBytes(String name) {
        try {
            return Files.readAllBytes(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("the step before left no " + folder.resolve(name), e);
        }
    }

    void clear() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}
