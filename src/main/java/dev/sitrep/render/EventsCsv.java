package dev.sitrep.render;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The period's events as CSV, so a reader can check every count in the edition against its rows; no cell
 * can act as a spreadsheet formula.
 */
final class EventsCsv {

    private static final String[] HEADER = {"event_id", "revision", "occurred", "precision", "type", "sub_type",
            "actors", "admin1", "place", "fatalities", "tags", "sources", "summary"};

    private EventsCsv() {
    }

    /**
     * A text cell a spreadsheet would read as a formula ({@code =HYPERLINK(...)}, {@code +cmd|...}, {@code @SUM},
     * {@code -2+3}, or one after a tab or carriage return) gets a leading apostrophe, which spreadsheets show as
     * text and hide; the OWASP advice for CSV files that people open in a spreadsheet.
     */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String write(Assessment a) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (EventEntry e : a.periodEvents()) {
                csv.printRecord(inert(e.id()), e.revision(), e.occurred(), e.precision(), inert(e.type()),
                        inert(e.subType()), inert(String.join(";", e.actors())), inert(e.admin1()), inert(e.place()),
                        e.fatalities(), inert(String.join(";", e.tags())), inert(String.join(";", e.sourceKeys())),
                        inert(e.summary()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
