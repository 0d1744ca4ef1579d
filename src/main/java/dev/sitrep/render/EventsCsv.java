package dev.sitrep.render;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The period's events as CSV, so a reader can check every count in the edition against its rows. */
final class EventsCsv {

    private static final String[] HEADER = {"event_id", "revision", "occurred", "precision", "type", "sub_type",
            "actors", "admin1", "place", "fatalities", "tags", "sources", "summary"};

    private EventsCsv() {
    }

    static String write(Assessment a) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (EventEntry e : a.periodEvents()) {
                csv.printRecord(e.id(), e.revision(), e.occurred(), e.precision(), e.type(), e.subType(),
                        String.join(";", e.actors()), e.admin1(), e.place(), e.fatalities(), String.join(";", e.tags()),
                        String.join(";", e.sourceKeys()), e.summary());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
