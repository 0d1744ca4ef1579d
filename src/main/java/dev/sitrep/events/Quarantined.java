package dev.sitrep.events;

/** A rejection as the quarantine keeps it, with the raw text of the row or stretch (null for a whole file). */
public record Quarantined(Rejection rejection, String raw) {
}
