package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.core.IsoWeek;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a job does when the model and an analyst's likelihood are two or more bands apart
 * ({@code on-disagreement} in its yml). Every policy shows the disagreement beside the judgment; review
 * and refuse also keep the version from readers until someone has looked, or for good.
 */
enum OnDisagreement {
    /** Publish, with the model's figure beside the judgment (the default). */
    PUBLISH,
    /** Hold the version as a draft for approval, as {@code review: required} does for every version. */
    REVIEW,
    /** Fail the run: nothing is published until the judgment or the policy changes. */
    REFUSE;

    static Optional<OnDisagreement> of(String word) {
        for (OnDisagreement p : values()) {
            if (p.word().equals(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code warnings} hold a disagreement this policy keeps for a reviewer. */
    boolean holdsForReview(List<ConsistencyWarning> warnings) {
        return this == REVIEW && warnings.stream().anyMatch(ConsistencyWarning::checked);
    }

    /** Throws, naming each judgment and both figures, when this policy refuses and the model disagrees. */
    void refuseIfDisagreeing(String jobId, IsoWeek period, List<ConsistencyWarning> warnings) {
        List<ConsistencyWarning> disagreeing = warnings.stream().filter(ConsistencyWarning::checked).toList();
        if (this != REFUSE || disagreeing.isEmpty()) {
            return;
        }
        throw new EstimatesDisagreeException(jobId + " " + period + " not published: the job refuses editions whose "
                + "estimates disagree (on-disagreement: refuse), and " + disagreeing.size() + " do: "
                + disagreeing.stream().map(ConsistencyWarning::message).collect(Collectors.joining(" "))
                + " Revise the judgment's likelihood (or what it is about), or set on-disagreement to review or "
                + "publish.");
    }
}
