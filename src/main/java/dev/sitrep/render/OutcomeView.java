package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.OutcomeCell;
import dev.sitrep.analysis.prognosis.OutcomeMatrix;
import dev.sitrep.analysis.prognosis.OutcomeRow;
import dev.sitrep.analysis.prognosis.SignpostReading;
import dev.sitrep.core.Likelihood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome scenarios as a template prints them: the scenario × horizon matrix with each figure's source,
 * the judgments the analysts' figures come from, and what would move each scenario. Public only because
 * FreeMarker reads public types.
 */
public record OutcomeView(String horizons, List<String> months, List<Row> rows, List<Source> sources,
                          List<String> notes) {

    /** Bands apart at which a model's figure and the analysts' are shown as disagreeing. */
    private static final int DISAGREEING_BANDS = 2;

    public record Row(String name, String title, String description, List<String> cells, List<Sign> signposts) {
    }

    /** A signpost; {@code reading}: "holds now: …", "does not hold now: …", or "to watch (analysts)". */
    public record Sign(String title, String reading) {
    }

    /** A standing judgment the matrix draws on, numbered as the cells cite it. */
    public record Source(int number, String title, String id) {
    }

    static OutcomeView of(OutcomeMatrix m) {
        if (m.isEmpty()) {
            return null;
        }
        Map<String, Source> sources = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (OutcomeRow r : m.rows()) {
            List<String> cells = r.cells().stream().map(c -> cell(c, sources)).toList();
            rows.add(new Row(r.name(), r.title(), r.description(), cells,
                    r.signposts().stream().map(OutcomeView::sign).toList()));
        }
        return new OutcomeView(horizons(m.months()), m.months().stream().map(n -> n + " months").toList(), rows,
                List.copyOf(sources.values()), m.notes());
    }

    /** "6, 12 and 24 months", "12 months". */
    static String horizons(List<Integer> months) {
        List<String> n = months.stream().map(String::valueOf).toList();
        return (n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.get(n.size() - 1))
                + " months";
    }

    static String cell(OutcomeCell c, Map<String, Source> sources) {
        String cited = c.judgmentId() == null ? "" : " [" + sources.computeIfAbsent(c.judgmentId(),
                id -> new Source(sources.size() + 1, c.judgmentTitle(), id)).number() + "]";
        return switch (c.source()) {
            case MODEL -> drawn(c.low()) + ", model" + (c.stated() == null ? "" : "; analysts: "
                    + Likelihood.describe(c.stated()) + cited + apart(c));
            case ANALYST -> Likelihood.describe(c.stated()) + ", analysts" + cited;
            case REMAINDER -> (c.point() ? drawn(c.low())
                    : Likelihood.percentShown(c.low()).replace(" %", "") + "–" + Likelihood.percentShown(c.high()))
                    + ", what the others leave";
            case NONE -> "not assessed";
        };
    }

    /** "likely (62 %)": drawn outcomes can show that a scenario is rare, never that it is impossible or certain. */
    private static String drawn(double p) {
        return Likelihood.termOf(p) + " (" + (p == 0 ? "< 1 %" : p == 1 ? "> 99 %" : Likelihood.percentShown(p)) + ")";
    }

    private static String apart(OutcomeCell c) {
        int apart = Math.abs(Likelihood.band(c.stated()) - Likelihood.bandOf(c.low()));
        return apart >= DISAGREEING_BANDS ? "; **" + apart + " bands apart**" : "";
    }

    private static Sign sign(SignpostReading s) {
        // The reading follows the title after a colon: a title written as a sentence loses its full stop.
        String title = s.title().endsWith(".") ? s.title().substring(0, s.title().length() - 1) : s.title();
        if (!s.measured()) {
            return new Sign(title, "to watch (analysts)");
        }
        if (s.holds() == null) {
            return new Sign(title, "not measurable yet: " + s.counts());
        }
        return new Sign(title, (s.holds() ? "holds now" : "does not hold now") + " (" + s.counts() + ")");
    }
}
