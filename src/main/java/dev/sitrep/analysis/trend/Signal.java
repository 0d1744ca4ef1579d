package dev.sitrep.analysis.trend;

/** How the current week stands against its baseline. */
public enum Signal {
    SURGE, DROP, NORMAL;

    public String label() {
        return switch (this) {
            case SURGE -> "surge";
            case DROP -> "drop";
            case NORMAL -> "within baseline";
        };
    }
}
