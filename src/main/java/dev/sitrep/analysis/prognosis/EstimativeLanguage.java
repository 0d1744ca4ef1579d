package dev.sitrep.analysis.prognosis;

/**
 * The words of ICD 203 (US Intelligence Community Directive 203, Analytic Standards) for a probability,
 * so that "likely" means the same range in every edition.
 */
final class EstimativeLanguage {

    private static final double[] UPPER = {0.05, 0.20, 0.45, 0.55, 0.80, 0.95, 1.0000001};
    private static final String[] TERMS = {"almost no chance", "very unlikely", "unlikely", "roughly even chance",
            "likely", "very likely", "almost certain"};
    private static final String[] RANGES = {"1–5 %", "5–20 %", "20–45 %", "45–55 %", "55–80 %", "80–95 %", "95–99 %"};

    private EstimativeLanguage() {
    }

    static String termFor(double probability) {
        return TERMS[bin(probability)];
    }

    static String rangeFor(double probability) {
        return RANGES[bin(probability)];
    }

    private static int bin(double probability) {
        if (probability < 0 || probability > 1 || Double.isNaN(probability)) {
            throw new IllegalArgumentException("a probability lies in [0, 1], not " + probability);
        }
        for (int i = 0; i < UPPER.length; i++) {
            if (probability < UPPER[i]) {
                return i;
            }
        }
        return UPPER.length - 1;
    }
}
