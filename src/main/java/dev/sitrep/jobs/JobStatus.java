package dev.sitrep.jobs;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A job as an admin sees it: its state on the schedule, the latest weekly edition in the archive ("2025-W48 v2",
 * or null), the latest flash assessment apart from it, and its next firings in its own zone. {@code error} is the definition's mistake, for ERROR.
 */
public record JobStatus(String id, String title, State state, String error, String cron, String zone,
                        String lastEdition, String lastFlash, List<ZonedDateTime> nextFireTimes) {

    public JobStatus {
        nextFireTimes = List.copyOf(nextFireTimes);
    }

    public enum State {
        SCHEDULED("SCHEDULED"), PAUSED("PAUSED"), ERROR("ERROR"), NOT_SCHEDULED("NOT SCHEDULED");

        private final String label;

        State(String label) {
            this.label = label;
        }

        /** As the command line prints it. */
        public String label() {
            return label;
        }
    }
}
