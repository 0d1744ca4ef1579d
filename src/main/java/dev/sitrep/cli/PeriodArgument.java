package dev.sitrep.cli;

import dev.sitrep.core.IsoWeek;

/** An ISO week given on the command line; a malformed one is a usage error that says what to type. */
final class PeriodArgument {

    private PeriodArgument() {
    }

    static IsoWeek parse(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw new dev.sitrep.core.SitrepException("bad period: " + e.getMessage(), 2);
        }
    }
}
