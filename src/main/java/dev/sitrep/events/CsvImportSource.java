package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A CSV file of one of the CSV formats, read by header name. Quoted fields may hold line breaks (real
 * UCDP data has them), so a row's line is the physical line it starts on, not its record number; a row
 * whose quoting is broken is rejected alone and reading goes on (CsvRecords says how).
 */
final class CsvImportSource implements ImportSource {

    static final CSVFormat DIALECT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true).get();

    private final Path file;
    private final CsvFormat format;
    private final Instant importTime;

    CsvImportSource(Path file, CsvFormat format, Instant importTime) {
        this.file = file;
        this.format = format;
        this.importTime = importTime;
    }

    @Override
    public String format() {
        return format.name();
    }

    /** The file's header, to choose or check its format. */
    static List<String> header(Path file) throws IOException {
        try (BufferedReader in = Utf8Lines.open(file); CSVParser parser = CSVParser.parse(in, DIALECT)) {
            return parser.getHeaderNames();
        } catch (MalformedInputException e) {
            throw Utf8Lines.notUtf8(file);
        } catch (IllegalArgumentException e) {
            throw new RejectedFile(file + ":1: the header cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void forEachRow(RowHandler handler) throws IOException {
        try (BufferedReader in = Utf8Lines.open(file)) {
            CsvRecords records = new CsvRecords(new PhysicalLines(in));
            CsvRecords.Record header = records.header();
            if (header == null) {
                return;
            }
            if (header.values() == null) {
                throw new RejectedFile(file + ":1: the header cannot be read: " + header.problem().getMessage());
            }
            Map<String, Integer> columns;
            int width;
            try (CSVParser named = CSVParser.parse(header.raw(), DIALECT)) {
                columns = new HashMap<>(named.getHeaderMap());
                width = named.getHeaderNames().size();
            }
            CsvRecords.Record r;
            while ((r = records.next(record -> problem(record, columns, width))) != null) {
                CsvRecords.Record row = r;
                handler.row(row.line(), row.raw(), () -> {
                    if (row.problem() != null) {
                        throw row.problem();
                    }
                    return event(row.values(), columns, width);
                }, column -> raw(row.values(), columns, column));
            }
        } catch (CharacterCodingException e) {
            throw Utf8Lines.notUtf8(file);
        }
    }

    private Event event(CSVRecord record, Map<String, Integer> columns, int width) {
        if (record.size() != width) {
            throw new InvalidField(null, "has " + record.size() + " columns; the header has " + width);
        }
        return format.map(new CsvRow(record, columns), importTime);
    }

    /** What keeps a record that spans several lines from being a valid event, for CsvRecords' recovery. */
    private InvalidField problem(CSVRecord record, Map<String, Integer> columns, int width) {
        try {
            EventChecks.wellFormed(event(record, columns, width));
            return null;
        } catch (InvalidField e) {
            return e;
        }
    }

    private static String raw(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = column == null || record == null ? null : columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
