package dev.sitrep.analysis.prognosis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A job's outcome scenarios and the horizons (months) they are judged at, e.g. 6, 12 and 24. The scenarios
 * are read in order where the model draws them (the first that holds is the one that happens), like the
 * near-term scenarios; {@code otherwise}, if used, comes last.
 */
public record OutcomeSettings(List<Integer> months, List<OutcomeScenario> scenarios) {

    public static final List<Integer> DEFAULT_MONTHS = List.of(6, 12, 24);
    /** Two years out is where a count model's draws stop meaning much; longer ones are the analysts' alone. */
    public static final int MAX_MONTHS = 60;

    public OutcomeSettings {
        months = List.copyOf(months);
        scenarios = List.copyOf(scenarios);
        checkMonths(months);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < scenarios.size(); i++) {
            OutcomeScenario s = scenarios.get(i);
            if (!names.add(s.name())) {
                throw new IllegalArgumentException("outcome scenario '" + s.name() + "' is defined twice");
            }
            if (s.otherwise() && i != scenarios.size() - 1) {
                throw new IllegalArgumentException("only the last outcome scenario may be 'otherwise'");
            }
        }
    }

    /** Horizons rise, each from 1 to {@value #MAX_MONTHS} months; else what is wrong, in the reader's words. */
    public static void checkMonths(List<Integer> months) {
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i) < 1 || months.get(i) > MAX_MONTHS || (i > 0 && months.get(i) <= months.get(i - 1))) {
                throw new IllegalArgumentException(months + ": horizons rise from 1 to " + MAX_MONTHS
                        + " months, e.g. [6, 12, 24]");
            }
        }
    }

    public static OutcomeSettings none() {
        return new OutcomeSettings(DEFAULT_MONTHS, List.of());
    }

    public int longest() {
        return months.isEmpty() ? 0 : months.get(months.size() - 1);
    }

    public boolean hasScenario(String name) {
        return scenarios.stream().anyMatch(s -> s.name().equals(name));
    }
}
