package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens input as strict UTF-8 (a wrong byte is an error, never a silent U+FFFD) and skips a leading BOM. */
final class Utf8Lines {

    private Utf8Lines() {
    }

    static BufferedReader open(Path file) throws IOException {
        Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }

    static RejectedFile notUtf8(Path file, int line, CharacterCodingException e) {
        return new RejectedFile(file + ":" + line + ": the file is not UTF-8 text (a byte sequence that UTF-8 "
                + "does not allow, at or after this line); save it as UTF-8 and import it again");
    }
}
