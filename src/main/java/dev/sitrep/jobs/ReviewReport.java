package dev.sitrep.jobs;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.sitrep.assessment.EditionChanges;
import dev.sitrep.events.Rejection;
import dev.sitrep.judgments.Judgment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a reviewer reads before approving a draft: what changed since the last published version (the
 * edition's own summary and the Markdown's diff), the judgments past their review-by, the judgments whose
 * likelihood disagrees with the model, and the input rejected in the period. Markdown, kept beside the
 * draft's files ({@code review.md}); it is never published.
 */
record ReviewReport(
        String jobId,
        String period,
        int version,
        Instant asOf,
        Optional<Previous> previous,
        EditionChanges changes,
        String draftMarkdown,
        List<Judgment> dueForReview,
        List<String> consistencyWarnings,
        boolean heldForDisagreement,
        List<Rejection> rejected,
        int rejectedTotal) {

    /** The published version the draft follows, and its Markdown. */
    record Previous(int version, String markdown) {
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Review: ").append(jobId).append(' ').append(period).append(", draft v").append(version)
                .append("\n\nComposed from the event log as of ").append(asOf).append(". Approve it with `sitrep "
                        + "editions approve ").append(jobId).append(' ').append(period).append("`, or send it back with "
                        + "`sitrep editions send-back ").append(jobId).append(' ').append(period)
                .append(" --comment \"…\"`.\n\n");
        changes(md);
        due(md);
        consistency(md);
        rejections(md);
        return md.toString();
    }

    private void changes(StringBuilder md) {
        if (previous.isEmpty()) {
            md.append("## Changes\n\nThe first version of this edition: nothing was published for ").append(period)
                    .append(" before.\n\n");
            return;
        }
        md.append("## Changes since v").append(previous.get().version()).append("\n\n");
        if (changes != null) {
            list(md, "Events added", changes.eventsAdded());
            list(md, "Events revised", changes.eventsRevised());
            list(md, "Events withdrawn", changes.eventsWithdrawn());
            list(md, "Key judgments", changes.judgmentsChanged());
            list(md, "Forecasts", changes.forecastsChanged());
            list(md, "Other", changes.reasons());
            md.append('\n');
        }
        List<String> before = previous.get().markdown().lines().toList();
        List<String> after = draftMarkdown.lines().toList();
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("v" + previous.get().version(), "draft v" + version,
                before, DiffUtils.diff(before, after), 1);
        md.append("The Markdown, line by line (").append(diff.isEmpty() ? "no line differs" : diff.size() + " diff lines")
                .append("):\n\n```diff\n");
        diff.forEach(line -> md.append(line.replace("```", "ʼʼʼ")).append('\n'));
        md.append("```\n\n");
    }

    private void due(StringBuilder md) {
        md.append("## Judgments due for review\n\n");
        if (dueForReview.isEmpty()) {
            md.append("None: no standing judgment of this job is past its review-by week.\n\n");
            return;
        }
        for (Judgment j : dueForReview) {
            md.append("- `").append(j.id()).append("` r").append(j.revision()).append(" “").append(j.title())
                    .append("” (").append(j.section()).append("): review by ").append(j.reviewBy())
                    .append(", still standing in ").append(period).append('\n');
        }
        md.append('\n');
    }

    private void consistency(StringBuilder md) {
        md.append("## Consistency with the model\n\n");
        if (consistencyWarnings.isEmpty()) {
            md.append("No judgment's stated likelihood is more than one estimative band from the model's "
                    + "probability for what it is about.\n\n");
            return;
        }
        if (heldForDisagreement) {
            md.append("This version waits for review because the model disagrees with an analyst's likelihood and "
                    + "the job holds such versions (`on-disagreement: review`); else it would publish at once.\n\n");
        }
        md.append("The analyst decides; Sitrep changes neither side.\n\n");
        consistencyWarnings.forEach(w -> md.append("- ").append(w).append('\n'));
        md.append('\n');
    }

    private void rejections(StringBuilder md) {
        md.append("## Input rejected in the period\n\n");
        if (rejected.isEmpty()) {
            md.append("None.\n");
            return;
        }
        md.append("| File | Line | Field | Reason |\n|---|---:|---|---|\n");
        for (Rejection r : rejected) {
            md.append("| ").append(cell(r.file())).append(" | ").append(r.line()).append(" | ")
                    .append(cell(r.field())).append(" | ").append(cell(r.reason())).append(" |\n");
        }
        if (rejectedTotal > rejected.size()) {
            md.append("\nand ").append(rejectedTotal - rejected.size())
                    .append(" more: `sitrep events rejected` lists them all.\n");
        }
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (!items.isEmpty()) {
            md.append("- ").append(heading).append(": ").append(String.join("; ", items)).append('\n');
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
