package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * UCDP data has them), so a row's line is where it starts, not its record number.
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
            throw Utf8Lines.notUtf8(file, 1, e);
        } catch (IllegalArgumentException e) {
            throw new RejectedFile(file + ":1: the header cannot be read: " + e.getMessage());
        }
    }

    @Override
    public void forEachRow(RowHandler handler) throws IOException {
        long lastLine = 1;
        try (BufferedReader in = Utf8Lines.open(file); CSVParser parser = CSVParser.parse(in, DIALECT)) {
            Map<String, Integer> columns = new HashMap<>(parser.getHeaderMap());
            int width = parser.getHeaderNames().size();
            for (CSVRecord record : parser) {
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                // Blank lines come through as empty records (so that line numbers stay true) and are skipped.
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                CsvRow row = new CsvRow(record, columns);
                handler.row(line, CSVFormat.RFC4180.format((Object[]) record.values()), () -> {
                            if (record.size() != width) {
                                throw new InvalidField(null, "has " + record.size() + " columns; the header has "
                                        + width);
                            }
                            return format.map(row, importTime);
                        }, column -> raw(record, columns, column));
            }
        } catch (MalformedInputException e) {
            throw Utf8Lines.notUtf8(file, (int) lastLine + 1, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof MalformedInputException m) {
                throw Utf8Lines.notUtf8(file, (int) lastLine + 1, m);
            }
            throw new RejectedFile(file + ":" + (lastLine + 1) + ": the CSV cannot be read from this line on ("
                    + e.getCause().getMessage() + "); check its quoting");
        }
    }

    private static String raw(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = column == null ? null : columns.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
