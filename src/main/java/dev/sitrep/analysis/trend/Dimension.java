package dev.sitrep.analysis.trend;

/** What a count row counts by. */
public enum Dimension {
    TYPE("event type"), SUB_TYPE("sub-type"), ACTOR("actor"), DYAD("dyad"), ADMIN1("governorate"), PLACE("place");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
