package dev.sitrep.analysis.trend;

/** How the current week stands against its baseline. */
public enum Signal {
    SURGE, DROP, NORMAL;

    public String label() {
        return switch (this) {
            case SURGE -> "above the usual range";
            case DROP -> "below the usual range";
            case NORMAL -> "within the usual range";
        };
    }
}
