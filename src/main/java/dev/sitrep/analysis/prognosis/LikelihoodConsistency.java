package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.About;
import dev.sitrep.core.Likelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds each analyst likelihood that is about a scenario, a series condition or a measured outcome against
 * the model's probability for it. Neighbouring ICD 203 bands are a matter of judgment and pass; a gap of two
 * bands or more is listed, with both figures, for the reviewer to settle. Nothing is changed on either side.
 */
public final class LikelihoodConsistency {

    /** Bands apart that a reviewer should look at: "likely" against "roughly even chance" is not news. */
    static final int TOLERATED_BANDS = 1;

    private LikelihoodConsistency() {
    }

    public static List<ConsistencyWarning> check(List<StatedLikelihood> stated, Prognosis prognosis,
                                                 SeriesCounts counts, PrognosisSettings settings) {
        List<ScenarioCondition> conditions = stated.stream()
                .filter(s -> s.about().kind() == About.Kind.CONDITION)
                .map(s -> ScenarioCondition.parse(s.about().target(), settings.seriesIds())).toList();
        Map<ScenarioCondition, Double> drawn = conditions.isEmpty() ? Map.of()
                : PrognosisAnalysis.conditionProbabilities(counts, settings, conditions);
        List<ConsistencyWarning> warnings = new ArrayList<>();
        for (StatedLikelihood s : stated) {
            Optional<Double> model = switch (s.about().kind()) {
                case SCENARIO -> prognosis.scenarios().stream().filter(o -> o.name().equals(s.about().target()))
                        .findFirst().map(ScenarioOutlook::probability);
                case CONDITION -> Optional.ofNullable(drawn.get(ScenarioCondition.parse(s.about().target(),
                        settings.seriesIds())));
                case OUTCOME -> modelOutcome(prognosis.outcomes(), s.about());
            };
            if (s.about().kind() == About.Kind.OUTCOME && model.isEmpty()) {
                // An outcome nobody can measure is the analysts' to judge: there is nothing to hold it against.
                continue;
            }
            warning(s, model).ifPresent(warnings::add);
        }
        return warnings;
    }

    private static Optional<Double> modelOutcome(OutcomeMatrix matrix, About about) {
        return matrix.rows().stream().filter(r -> r.name().equals(about.outcomeName()))
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.months() == about.outcomeMonths() && c.source() == OutcomeCell.Source.MODEL)
                .map(OutcomeCell::low).findFirst();
    }

    static Optional<ConsistencyWarning> warning(StatedLikelihood s, Optional<Double> model) {
        int stated = Likelihood.band(s.likelihood());
        String who = "'" + s.title() + "' (" + s.judgmentId() + ") states " + Likelihood.describe(s.likelihood())
                + " about " + s.about().describe();
        if (model.isEmpty()) {
            return Optional.of(new ConsistencyWarning(s.judgmentId(), s.likelihood(), stated, Double.NaN, -1, who
                    + "; the model gives no probability for it (a series it names has no history, or the "
                    + "scenario is no longer defined), so it was not checked."));
        }
        int modelBand = Likelihood.bandOf(model.get());
        int apart = Math.abs(stated - modelBand);
        if (apart <= TOLERATED_BANDS) {
            return Optional.empty();
        }
        return Optional.of(new ConsistencyWarning(s.judgmentId(), s.likelihood(), stated, model.get(), apart, who
                + "; the model gives " + Likelihood.percentShown(model.get()) + ", "
                + Likelihood.bandShown(modelBand) + ": " + apart + " bands apart."));
    }
}
