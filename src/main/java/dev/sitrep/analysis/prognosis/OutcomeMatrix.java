package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * The outcome scenarios by horizon: a row per scenario, a cell per horizon (months). {@code notes} say what a
 * reader must know to trust the figures: probabilities that cannot add up to one, a model looking further
 * ahead than the history it learnt from, a scenario nobody has judged yet.
 */
public record OutcomeMatrix(List<Integer> months, List<OutcomeRow> rows, List<String> notes) {

    public OutcomeMatrix {
        months = List.copyOf(months);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public static OutcomeMatrix none() {
        return new OutcomeMatrix(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
