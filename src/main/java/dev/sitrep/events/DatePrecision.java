package dev.sitrep.events;

import java.util.Locale;

/** How precisely the occurred date is known, as UCDP's date_prec and ACLED's time_precision say. */
public enum DatePrecision {
    DAY, WEEK, MONTH;

    static DatePrecision parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
