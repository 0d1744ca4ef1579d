package dev.sitrep.core;

import java.util.regex.Pattern;

/**
 * The one rule for every name that becomes part of a path or a URL: job ids and event ids (a period is an
 * ISO week, or {@code flash-<event id>}). Enforced where names come in (a job file, an import, the API), so
 * that nothing accepted can fail to be stored, served, linked or fetched later: lower-case letters and digits,
 * a few separators, no "..", no trailing '.', and short enough that {@code <job>/flash-<event id>/v<N>/} and its
 * files stay well within every file system's limits.
 */
public final class Ids {

    public static final int JOB_MAX = 100;
    public static final int EVENT_MAX = 150;

    private static final Pattern JOB = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (JOB_MAX - 1) + "}");
    private static final Pattern EVENT = Pattern.compile("[a-z0-9][a-z0-9._:-]{0," + (EVENT_MAX - 1) + "}");

    private Ids() {
    }

    public static boolean isJob(String id) {
        return id != null && JOB.matcher(id).matches();
    }

    public static boolean isEvent(String id) {
        return id != null && EVENT.matcher(id).matches() && !id.contains("..") && !id.endsWith(".");
    }

    /** What a job id may be, for the error that refuses one. */
    public static String jobRule() {
        return "lower-case letters, digits and '-', at most " + JOB_MAX + " characters, e.g. syria-weekly";
    }

    /** What an event id may be, for the error that refuses one. */
    public static String eventRule() {
        return "lower-case letters, digits, '.', '_', ':' and '-', starting with a letter or digit, at most "
                + EVENT_MAX + " characters, no '..' and no '.' at the end, e.g. sy25-1126-hmeimim-convoy";
    }
}
