package dev.sitrep.analysis.prognosis;

/**
 * A signpost as the edition reads it: for a measured one, whether it holds over the last months logged and
 * the counts it rests on ("Attacks on Russian forces: 0, 0, 0 in September–November 2025"); for an observed one,
 * only that it is to be watched ({@code holds} null).
 */
public record SignpostReading(String title, String condition, Boolean holds, String counts) {

    public boolean measured() {
        return condition != null;
    }
}
