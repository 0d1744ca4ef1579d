package dev.sitrep.core;

/**
 * What a judgment's likelihood speaks about, so that it can be held against the model's probability:
 * one of the job's scenarios ({@code scenario: base}), a condition on its tracked series in the
 * scenarios' own grammar ({@code condition: russian-military-movements total >= 10}), or one of its outcome
 * scenarios at a horizon ({@code outcome: keeps-bases, months: 12}, stored as "keeps-bases, 12 months").
 */
public record About(Kind kind, String target) {

    public enum Kind {
        SCENARIO("scenario"), CONDITION("condition"), OUTCOME("outcome");

        public final String word;

        Kind(String word) {
            this.word = word;
        }
    }

    private static final java.util.regex.Pattern OUTCOME_TARGET =
            java.util.regex.Pattern.compile("([a-z0-9][a-z0-9-]*), (\\d{1,3}) months");

    public About {
        target = target.strip();
        if (kind == Kind.OUTCOME && !OUTCOME_TARGET.matcher(target).matches()) {
            throw new IllegalArgumentException("an outcome is named with its horizon, e.g. 'keeps-bases, 12 months',"
                    + " not '" + target + "'");
        }
    }

    /** The outcome scenario {@code name} at {@code months} ahead. */
    public static About outcome(String name, int months) {
        return new About(Kind.OUTCOME, name + ", " + months + " months");
    }

    /** For an outcome: the scenario's name. */
    public String outcomeName() {
        return target.substring(0, target.indexOf(','));
    }

    /** For an outcome: its horizon in months. */
    public int outcomeMonths() {
        java.util.regex.Matcher m = OUTCOME_TARGET.matcher(target);
        if (kind != Kind.OUTCOME || !m.matches()) {
            throw new IllegalStateException("not an outcome: " + stored());
        }
        return Integer.parseInt(m.group(2));
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
        return switch (kind) {
            case SCENARIO -> "scenario '" + target + "'";
            case OUTCOME -> "outcome '" + outcomeName() + "' in " + outcomeMonths() + " months";
            case CONDITION -> "'" + target + "'";
        };
    }
}
