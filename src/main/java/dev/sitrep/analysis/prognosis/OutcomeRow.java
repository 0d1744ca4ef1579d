package dev.sitrep.analysis.prognosis;

import java.util.List;

/** An outcome scenario across the horizons, and its signposts as they read now. */
public record OutcomeRow(String name, String title, String description, String condition, List<OutcomeCell> cells,
                         List<SignpostReading> signposts) {

    public OutcomeRow {
        cells = List.copyOf(cells);
        signposts = List.copyOf(signposts);
    }
}
