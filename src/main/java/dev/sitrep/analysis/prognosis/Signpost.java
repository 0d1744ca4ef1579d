package dev.sitrep.analysis.prognosis;

/**
 * What would move an outcome: measured ({@code when}, a condition over the last {@code months} completed
 * months of the tracked series, e.g. {@code attacks-on-russian-forces total = 0}) or observed by analysts
 * ({@code when} null: "a published basing agreement").
 */
public record Signpost(String title, String when, int months) {

    /** Months a measured signpost looks back over unless the job says otherwise. */
    public static final int DEFAULT_MONTHS = 3;

    public Signpost {
        when = when == null || when.isBlank() ? null : when.strip();
        if (months < 1) {
            throw new IllegalArgumentException("a signpost looks back over 1 month or more, not " + months);
        }
    }

    public static Signpost observed(String title) {
        return new Signpost(title, null, DEFAULT_MONTHS);
    }

    public boolean measured() {
        return when != null;
    }
}
