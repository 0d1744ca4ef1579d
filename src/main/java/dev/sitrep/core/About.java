package dev.sitrep.core;

/**
 * What a judgment's likelihood speaks about, so that it can be held against the model's probability:
 * one of the job's scenarios ({@code scenario: base}) or a condition on its tracked series in the
 * scenarios' own grammar ({@code condition: russian-military-movements total >= 10}).
 */
public record About(Kind kind, String target) {

    public enum Kind {
        SCENARIO("scenario"), CONDITION("condition");

        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    public About {
        target = target.strip();
    }

    /** The stored form, "scenario: base"; the inverse of {@link #parse}. */
    public String stored() {
        return kind.word + ": " + target;
    }

    /** Reads the stored form; null for null. */
    public static About parse(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        String word = stored.substring(0, colon).strip();
        for (Kind k : Kind.values()) {
            if (k.word.equals(word)) {
                return new About(k, stored.substring(colon + 1));
            }
        }
        throw new IllegalArgumentException("not a stored 'about': " + stored);
    }

    /** "scenario base", "condition 'convoys total >= 10'": as a sentence names it. */
    public String describe() {
        return kind == Kind.SCENARIO ? "scenario '" + target + "'" : "'" + target + "'";
    }
}
