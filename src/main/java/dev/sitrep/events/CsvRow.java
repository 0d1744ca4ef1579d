package dev.sitrep.events;

import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One record of a CSV import, read by column name (formats differ in column order between releases). */
final class CsvRow {

    private final CSVRecord record;
    private final Map<String, Integer> columns;

    CsvRow(CSVRecord record, Map<String, Integer> columns) {
        this.record = record;
        this.columns = columns;
    }

    /** The trimmed value, or null when the column is absent or blank (limits are checked on the event). */
    String get(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String require(String column) {
        String value = get(column);
        if (value == null) {
            throw new InvalidField(column, "missing: this column must have a value");
        }
        return value;
    }
}
