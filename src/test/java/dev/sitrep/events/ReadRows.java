package dev.sitrep.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A file read as an import reads it (its format's source, then the parser thread's checks), without a database. */
final class ReadRows {

    /** One row as the importer saw it: its line and raw text, and the event or the reason it was refused. */
    record Row(int line, String raw, Event event, String field, String reason) {

        boolean rejected() {
            return event == null;
        }
    }

    static final Instant IMPORT_TIME = Instant.parse("2030-01-01T00:00:00Z");

    private ReadRows() {
    }

    static List<Row> of(Path file, String format) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (RowReader reader = new RowReader(ImportFormats.open(file, format, IMPORT_TIME), 64)) {
            for (List<RowReader.Parsed> batch = reader.next(); batch != null; batch = reader.next()) {
                for (RowReader.Parsed p : batch) {
                    rows.add(new Row(p.line(), p.raw(), p.event(), p.refused() == null ? null : p.refused().field(),
                            p.refused() == null ? null : p.refused().getMessage()));
                }
            }
        }
        return rows;
    }
}
