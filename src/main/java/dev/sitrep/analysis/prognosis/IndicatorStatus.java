package dev.sitrep.analysis.prognosis;

/** An indicator this period: fired, quiet (measured, below its threshold) or watched by analysts. */
public record IndicatorStatus(String title, String series, Integer threshold, Integer count, State state) {

    public enum State {
        FIRED("fired"), QUIET("not fired"), WATCHED("watched by analysts");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
