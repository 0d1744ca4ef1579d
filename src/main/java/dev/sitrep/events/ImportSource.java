package dev.sitrep.events;

import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

/** The rows of one input file, in order; each is parsed only when asked, so a bad row is rejected alone. */
interface ImportSource {

    String format();

    void forEachRow(RowHandler handler) throws IOException;

    @FunctionalInterface
    interface RowHandler {
        /**
         * @param line    the line the row starts on
         * @param raw     the row's text, kept in the quarantine if it is rejected
         * @param parse   the row as an Event, or an InvalidField naming what is wrong
         * @param valueOf the raw value of a field of this row, for the quarantine (null when absent)
         */
        void row(int line, String raw, Supplier<Event> parse, Function<String, String> valueOf);
    }
}
