package dev.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: rendered output compared byte for byte with a reviewed copy under
 * src/test/resources/golden/. After an intended change, regenerate them with
 * {@code ./mvnw verify -Dsitrep.golden.update=true} and review the diff before committing.
 */
public final class Golden {

    private static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void check(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("sitrep.golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (create it with -Dsitrep.golden.update=true)", file).exists();
            assertThat(actual).as("output differs from the golden file %s; if the change is intended, "
                    + "regenerate with -Dsitrep.golden.update=true and review the diff", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
