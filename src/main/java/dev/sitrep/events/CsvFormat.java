package dev.sitrep.events;

import java.time.Instant;
import java.util.List;

/** A CSV dialect of events Sitrep imports: the columns that identify it, and how a row becomes an Event. */
interface CsvFormat {

    /** The name users give with --format. */
    String name();

    /** Columns every file of this format has; a header lacking any of them is not this format. */
    List<String> requiredColumns();

    /** One row as an Event (revision 0); a bad field throws InvalidField naming it. */
    Event map(CsvRow row, Instant importTime);
}
