package dev.sitrep.archive;

import dev.sitrep.core.Ids;
import dev.sitrep.core.IsoWeek;
import java.util.regex.Pattern;

/**
 * What a job id, a period and a version may look like when they come from outside (a command line, a
 * URL): checked before they come near a path, so "../", absolute paths and encoded slashes never do.
 */
public final class EditionNames {


    private EditionNames() {
    }

    /** A name that cannot be a job, a period or a version (a client's error, HTTP 400). */
    public static final class Invalid extends ArchiveException {
        Invalid(String message) {
            super(message);
        }
    }

    /** A well-formed name the archive does not hold (HTTP 404). */
    public static class Unknown extends ArchiveException {
        Unknown(String message) {
            super(message);
        }
    }

    /** A job with nothing in the archive. */
    public static final class UnknownJob extends Unknown {
        public UnknownJob(String message) {
            super(message);
        }
    }

    public static String job(String id) {
        if (!Ids.isJob(id)) {
            throw new Invalid("'" + id + "' is not a job id: " + Ids.jobRule());
        }
        return id;
    }

    /** An ISO week (2025-W48), or a flash assessment's edition (flash-<event id>). */
    public static String period(String period) {
        if (period != null && period.startsWith("flash-")) {
            if (!Ids.isEvent(period.substring("flash-".length()))) {
                throw new Invalid("'" + period + "' is not a flash edition: flash-<event id>, the event id of "
                        + Ids.eventRule());
            }
            return period;
        }
        try {
            return IsoWeek.parse(period).toString();
        } catch (IllegalArgumentException e) {
            throw new Invalid(e.getMessage());
        }
    }

    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,254}");

    /**
     * A file of a version, as its manifest names it: one plain name in the version's folder (letters, digits,
     * '-', '_', '.', ':'; no '/', '\\' or ".."), so neither a request nor an altered manifest can name a path.
     */
    public static String fileName(String name) {
        if (!isFileName(name)) {
            throw new Invalid("'" + name + "' is not a file of an edition: a plain name such as events.csv, "
                    + "without '/', '\\' or '..'");
        }
        return name;
    }

    static boolean isFileName(String name) {
        return name != null && FILE.matcher(name).matches() && !name.contains("..");
    }

    public static int version(String text) {
        try {
            int v = Integer.parseInt(text.startsWith("v") ? text.substring(1) : text);
            if (v >= 1) {
                return v;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new Invalid("'" + text + "' is not a version: a whole number from 1, e.g. 2 or v2");
    }
}
