package dev.sitrep.cli;

import java.nio.file.Path;

/** Shows paths as a user typed them: relative to the working directory when they are under it. */
final class Paths {

    private Paths() {
    }

    static String show(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
