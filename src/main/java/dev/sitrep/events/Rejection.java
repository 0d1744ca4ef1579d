package dev.sitrep.events;

/** Why one input line was not imported: where (file, line, field) and what to do about it. */
public record Rejection(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}
