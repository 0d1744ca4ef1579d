package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * What a backtest evaluates: the horizons (weeks ahead), the first target week (null: the last
 * {@link #DEFAULT_TARGETS} weeks of each series), the models by id (baselines, candidates, {@code auto}), the
 * horizon the automatic choice pools its errors over (an edition's, 8 weeks by default) and the first week of the
 * test span (null: none; the targets before it are the development span, scored apart).
 */
public record BacktestSettings(List<Integer> horizons, dev.sitrep.core.IsoWeek firstTarget, List<String> models,
                               int choiceHorizon, dev.sitrep.core.IsoWeek testFrom) {

    public static final String AUTO = "auto";
    public static final int DEFAULT_TARGETS = 104;

    public BacktestSettings {
        horizons = horizons.stream().distinct().sorted().toList();
        models = List.copyOf(models);
        if (horizons.isEmpty() || horizons.get(0) < 1) {
            throw new IllegalArgumentException("horizons are whole weeks >= 1, e.g. --horizons 1,4,8");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("name at least one model: " + String.join(", ", allModels()));
        }
        for (String m : models) {
            if (!allModels().contains(m)) {
                throw new IllegalArgumentException("no model '" + m + "'; known: " + String.join(", ", allModels()));
            }
        }
    }

    public BacktestSettings(List<Integer> horizons, dev.sitrep.core.IsoWeek firstTarget, List<String> models,
                            int choiceHorizon) {
        this(horizons, firstTarget, models, choiceHorizon, null);
    }

    /** Every model in report order: the baselines, the other candidates, then the automatic choice. */
    public static List<String> allModels() {
        List<String> all = new java.util.ArrayList<>();
        for (CountModel m : CountModel.values()) {
            all.add(m.id());
        }
        all.add(AUTO);
        return all;
    }

    public static BacktestSettings defaults() {
        return new BacktestSettings(List.of(1, 2, 3, 4, 5, 6, 7, 8), null, allModels(), 8);
    }

    int maxHorizon() {
        return Math.max(choiceHorizon, horizons.get(horizons.size() - 1));
    }
}
