package dev.sitrep.events;

/**
 * Why one input row was not imported: where (file, line, field), the offending value (cut to 1,000
 * characters) and what to do about it.
 */
public record Rejection(String file, int line, String field, String reason, String value) {

    static final int VALUE_LIMIT = 1000;

    public Rejection {
        value = value == null || value.length() <= VALUE_LIMIT ? value : value.substring(0, VALUE_LIMIT - 1) + "…";
    }

    @Override
    public String toString() {
        return file + (line == 0 ? " (whole file)" : ":" + line) + (field == null ? "" : " [" + field + "]") + ": "
                + reason;
    }
}
