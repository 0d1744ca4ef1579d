package dev.sitrep.analysis.prognosis;

/**
 * One outcome of a tracked series over the horizon: its total is at most {@code atMost} and/or at least
 * {@code atLeast} (null: unbounded on that side). E.g. best = at most 2 convoys in 8 weeks.
 */
public record ScenarioSpec(String name, String title, String description, Integer atMost, Integer atLeast) {

    public ScenarioSpec {
        if (atMost != null && atLeast != null && atMost < atLeast) {
            throw new IllegalArgumentException("scenario " + name + ": at-most " + atMost + " < at-least " + atLeast);
        }
    }

    boolean contains(int total) {
        return (atMost == null || total <= atMost) && (atLeast == null || total >= atLeast);
    }
}
