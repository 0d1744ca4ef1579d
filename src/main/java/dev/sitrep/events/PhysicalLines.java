package dev.sitrep.events;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The physical lines of a text, numbered as a text editor numbers them (a line ends at LF, CRLF or a lone
 * CR, as both Commons CSV and BufferedReader count them), each with its own line break. The lines from a
 * given one on are kept, so that a CSV parser that went wrong can be started again on a later line, and
 * the exact text of a rejected stretch can be quarantined. A last line without a line break is given one,
 * so that every record a parser reads ends in one; the raw text leaves it out.
 */
final class PhysicalLines {

    /** One line: its text with its line break, and where it stands in the whole text. */
    record Line(String text, int contentLength, long offset) {

        String content() {
            return text.substring(0, contentLength);
        }
    }

    private final Reader in;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private boolean pendingCr;
    private boolean ended;
    private final List<Line> held = new ArrayList<>();
    /** The number of the first line in {@code held}; lines before it were released. */
    private int firstHeld = 1;
    /** How many lines at the head of {@code held} were released but not yet removed. */
    private int dropped;
    private long nextOffset;

    PhysicalLines(Reader in) {
        this.in = in;
    }

    /** Line {@code number}, reading on as far as needed; null past the end of the text. */
    Line line(int number) throws IOException {
        while (firstHeld + held.size() <= number) {
            Line next = read();
            if (next == null) {
                return null;
            }
            held.add(next);
        }
        return held.get(number - firstHeld);
    }

    /** The number of the last line read so far (0 before any). */
    int lastRead() {
        return firstHeld + held.size() - 1;
    }

    /** The text of lines {@code from} to {@code to}, with the line breaks between them but not the last. */
    String text(int from, int to) throws IOException {
        if (from == to) {
            return line(from).content();
        }
        StringBuilder text = new StringBuilder();
        for (int n = from; n < to; n++) {
            text.append(line(n).text());
        }
        return text.append(line(to).content()).toString();
    }

    /** Lines before {@code number} will not be asked for again. */
    void releaseBefore(int number) {
        int index = number - firstHeld;
        if (index > dropped) {
            dropped = Math.min(index, held.size());
        }
        // Compacted in bulk, not line by line: removing a list's head one at a time costs a copy each.
        if (dropped > 1024 && dropped * 2 > held.size()) {
            held.subList(0, dropped).clear();
            firstHeld += dropped;
            dropped = 0;
        }
    }

    /** A reader of the text from the start of line {@code number} on, for a CSV parser. */
    LineReader from(int number) {
        return new LineReader(number);
    }

    private Line read() throws IOException {
        if (ended) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (pendingCr) {
                    pendingCr = false;
                    return made(text, text.length() - 1);
                }
                int contentLength = text.length();
                return contentLength == 0 ? null : made(text.append('\n'), contentLength);
            }
            if (pendingCr) {
                pendingCr = false;
                if (buffer[position] == '\n') {
                    position++;
                    return made(text.append('\n'), text.length() - 2);
                }
                return made(text, text.length() - 1);
            }
            int i = position;
            while (i < limit && buffer[i] != '\n' && buffer[i] != '\r') {
                i++;
            }
            text.append(buffer, position, i - position);
            if (i == limit) {
                position = limit;
            } else {
                text.append(buffer[i]);
                position = i + 1;
                if (buffer[i] == '\n') {
                    return made(text, text.length() - 1);
                }
                pendingCr = true;
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private Line made(StringBuilder text, int contentLength) {
        Line line = new Line(text.toString(), contentLength, nextOffset);
        nextOffset += line.text().length();
        return line;
    }

    /**
     * Serves the lines to a parser. A quoted field that never closes would otherwise swallow the rest of the
     * file into memory, so a record that runs on for more than {@link #RUNAWAY} characters past its first
     * line is cut off with a {@link RunawayRecord}: no valid event is that long.
     */
    final class LineReader extends Reader {

        static final int RUNAWAY = 1_000_000;

        private int line;
        private Line current;
        private int at;
        private int recordStart;

        private LineReader(int line) {
            this.line = line;
            this.recordStart = line;
        }

        /** The record being read begins on this line. */
        void recordStartsAt(int number) {
            recordStart = number;
        }

        @Override
        public int read(char[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            // The line being read is held here, not looked up again: it may be released once its record is done.
            if (current == null) {
                current = line(line);
                if (current == null) {
                    return -1;
                }
            }
            while (at == current.text().length()) {
                Line following = line(line + 1);
                if (following == null) {
                    return -1;
                }
                line++;
                at = 0;
                current = following;
                if (line > recordStart + 1 && current.offset() - line(recordStart + 1).offset() > RUNAWAY) {
                    throw new RunawayRecord(recordStart, line);
                }
            }
            int n = Math.min(length, current.text().length() - at);
            current.text().getChars(at, at + n, into, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // The lines belong to PhysicalLines; the file is closed by whoever opened it.
        }
    }

    /** A record that has run on too far to be one: its quoting is broken. */
    static final class RunawayRecord extends IOException {

        RunawayRecord(int start, int line) {
            super("a quoted field opened on line " + start + " is still open on line " + line + ", over "
                    + LineReader.RUNAWAY + " characters on");
        }
    }
}
