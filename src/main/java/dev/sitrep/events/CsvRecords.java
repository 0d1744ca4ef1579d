package dev.sitrep.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of a CSV file, each with the physical line it starts on and its exact text, read by Commons
 * CSV and recovered where the quoting breaks, so that one bad row never costs the rows around it.
 *
 * <p>The rule: a record on one line is handed on as it is (it can swallow nothing; its fields are checked
 * later). A record whose quoted field runs over several lines is taken only if it makes a valid event.
 * If it does not, or cannot be read at all (a quote closed before more text, the file ending inside a
 * quote, or over a million characters still inside one), two readings are possible: a real multi-line row
 * with a bad field, or a stray quote that swallowed the rows after it. If any of the lines it covers
 * starts a valid record of its own, the stray quote is the reading: the first line alone is rejected and
 * reading starts again on the next line. Otherwise the whole stretch is rejected as one, with its text.
 */
final class CsvRecords {

    /** The dialect of the records; the header is read as the first of them. */
    static final CSVFormat RECORDS = CSVFormat.RFC4180;

    /** Whether a record makes a valid event: null when it does, else the first thing wrong with it. */
    @FunctionalInterface
    interface Check {
        InvalidField problem(CSVRecord record);
    }

    /**
     * A record from {@code line} to {@code lastLine} and its text; {@code values} is null for a stretch that
     * could not be read as one, and {@code problem} is set when the record is already known to be rejected.
     */
    record Record(int line, int lastLine, String raw, CSVRecord values, InvalidField problem) {
    }

    private final PhysicalLines lines;
    private PhysicalLines.LineReader reader;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    /** The line the current parser started on: its line count is relative to it. */
    private int origin;
    /** The line the next record starts on. */
    private int next;

    CsvRecords(PhysicalLines lines) throws IOException {
        this.lines = lines;
        restart(1);
    }

    /** The first record, as it is: the header. Null for an empty file. */
    Record header() throws IOException {
        return read(record -> null, false);
    }

    /** The next record (blank lines are skipped), or null at the end of the file. */
    Record next(Check check) throws IOException {
        return read(check, true);
    }

    private Record read(Check check, boolean skipBlank) throws IOException {
        while (true) {
            lines.releaseBefore(next);
            int start = next;
            reader.recordStartsAt(start);
            CSVRecord record;
            try {
                record = records.hasNext() ? records.next() : null;
            } catch (UncheckedIOException e) {
                throwIfNotText(e.getCause());
                return recovered(start, end(start), unreadable(e.getCause()), null, check, true);
            }
            if (record == null) {
                return null;
            }
            int end = end(start);
            next = end + 1;
            if (end == start) {
                String raw = lines.text(start, start);
                if (skipBlank && raw.isBlank()) {
                    continue;
                }
                return new Record(start, start, raw, record, null);
            }
            InvalidField problem = check.problem(record);
            if (problem == null) {
                return new Record(start, end, lines.text(start, end), record, null);
            }
            return recovered(start, end, problem, record, check, false);
        }
    }

    private Record recovered(int start, int end, InvalidField problem, CSVRecord values, Check check,
                             boolean parserBroken) throws IOException {
        if (end > start && aValidRecordStartsWithin(start + 1, end, check)) {
            restart(start + 1);
            return new Record(start, start, lines.text(start, start), null, new InvalidField(null,
                    "a quoted field opened on this line does not close on it; read on, it runs to line " + end
                            + " without making a valid row (" + (problem.field() == null ? "" : problem.field() + ": ")
                            + problem.getMessage() + "). A quote is probably missing or stray: this line alone "
                            + "is rejected, and the lines after it were read as rows of their own"));
        }
        if (parserBroken) {
            restart(end + 1);
        }
        String where = end == start ? "" : " (the row runs over lines " + start + "–" + end + ")";
        return new Record(start, end, lines.text(start, end), values,
                new InvalidField(problem.field(), problem.getMessage() + where));
    }

    /** Whether a line in {@code from..to} begins a record, read afresh from there, that makes a valid event. */
    private boolean aValidRecordStartsWithin(int from, int to, Check check) throws IOException {
        for (int line = from; line <= to; line++) {
            try (CSVParser fresh = CSVParser.parse(lines.from(line), RECORDS)) {
                Iterator<CSVRecord> it = fresh.iterator();
                if (it.hasNext() && check.problem(it.next()) == null) {
                    return true;
                }
            } catch (UncheckedIOException e) {
                throwIfNotText(e.getCause());
            }
        }
        return false;
    }

    /** The line the current parser stands on, clamped to the record's start and the lines there are. */
    private int end(int start) {
        int line = origin - 1 + (int) parser.getCurrentLineNumber();
        return Math.max(start, Math.min(line, lines.lastRead()));
    }

    private void restart(int line) throws IOException {
        reader = lines.from(line);
        parser = CSVParser.parse(reader, RECORDS);
        records = parser.iterator();
        origin = line;
        next = line;
    }

    /** A file that is not UTF-8 is rejected whole, as before: no line of it can be trusted. */
    private static void throwIfNotText(IOException e) throws CharacterCodingException {
        if (e instanceof CharacterCodingException coding) {
            throw coding;
        }
    }

    /** Commons CSV's reason in words a person can act on; its own line numbers count from a restart. */
    private static InvalidField unreadable(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof PhysicalLines.RunawayRecord) {
            return new InvalidField(null, message + "; check its quotes");
        }
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new InvalidField(null, "a quoted field is still open at the end of the file; check its quotes");
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return new InvalidField(null, "a quoted field closes and more text follows before the next comma; a "
                    + "quote inside a quoted field is written twice (\"\"), and a field with a quote in it is "
                    + "quoted whole");
        }
        return new InvalidField(null, "the CSV cannot be read here ("
                + message.replaceAll("\\(startline \\d+\\) ?| at line: \\d+, position: \\d+", "") + ")");
    }
}
