package dev.sitrep.jobs;

import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A hash of every file in a template folder: a changed template makes a new version, as it should. */
final class TemplateHash {

    private TemplateHash() {
    }

    static String of(Path folder) {
        MessageDigest digest = Sha256.digest();
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                digest.update(folder.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template folder " + folder, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
