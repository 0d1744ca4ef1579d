package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
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

    /** The file is not UTF-8: named with the line of its first wrong byte, found afresh from the bytes. */
    static RejectedFile notUtf8(Path file) {
        return new RejectedFile(file + ":" + lineOfFirstBadByte(file) + ": the file is not UTF-8 text (a byte "
                + "sequence that UTF-8 does not allow is on this line); save it as UTF-8 and import it again");
    }

    /**
     * A reader decodes ahead of the line it hands out, so the line it fails on is not where the wrong byte
     * is: decode the bytes again, counting line breaks (LF, CRLF, a lone CR) up to the first wrong one.
     */
    static int lineOfFirstBadByte(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 17);
        int line = 1;
        boolean afterCr = false;
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (true) {
                int n = end ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    line += c == '\r' || (c == '\n' && !afterCr) ? 1 : 0;
                    afterCr = c == '\r';
                }
                chars.clear();
                if (result.isError() || end) {
                    return line;
                }
                bytes.compact();
            }
        } catch (IOException e) {
            return line;
        }
    }
}
