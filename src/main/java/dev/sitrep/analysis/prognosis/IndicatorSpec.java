package dev.sitrep.analysis.prognosis;

/**
 * A signpost to watch. Measured ones fire when the period's count of a tracked series reaches
 * {@code atLeast}; the others ({@code series} null) are watched by analysts and only listed.
 */
public record IndicatorSpec(String title, String series, Integer atLeast) {

    public IndicatorSpec {
        if ((series == null) != (atLeast == null)) {
            throw new IllegalArgumentException("a measured indicator names both a series and at-least");
        }
    }

    public boolean measured() {
        return series != null;
    }
}
