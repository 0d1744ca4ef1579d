package dev.sitrep.events;

/**
 * Why one input row was not imported: where (file, line, field), the offending value (cut to 1,000
 * characters) and what to do about it.
 */
public record Rejection(String file, int line, String field, String reason, String value) {

    static final int VALUE_LIMIT = 1000;

    public Rejection {
        value = cut(value, VALUE_LIMIT);
        field = cut(field, 200);
        reason = cut(reason, 2000);
    }

    /** Cut to fit its column: reasons quote values, and field names can come from the input itself. */
    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    @Override
    public String toString() {
        return file + (line == 0 ? " (whole file)" : ":" + line) + (field == null ? "" : " [" + field + "]") + ": "
                + reason;
    }
}
