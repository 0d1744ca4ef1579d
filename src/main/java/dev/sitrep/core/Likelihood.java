package dev.sitrep.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ICD 203 estimative bands (US Intelligence Community Directive 203, Analytic Standards), and an
 * analyst's likelihood: a term, or a probability shown with the term of its band. The one table of
 * bands: the prognosis words its probabilities with it too, so "likely" means the same range whether a
 * model or an analyst wrote it.
 */
public final class Likelihood {

    public static final List<String> TERMS = List.of("almost no chance", "very unlikely", "unlikely",
            "roughly even chance", "likely", "very likely", "almost certain");
    /**
     * ICD 203's ranges, but for the ends: it gives 1–5 % and 95–99 %, and a model's probability can be
     * 0 % or 100 %, which a range printed beside it must hold.
     */
    private static final List<String> RANGES = List.of("0–5 %", "5–20 %", "20–45 %", "45–55 %", "55–80 %",
            "80–95 %", "95–100 %");
    private static final double[] UPPER = {0.05, 0.20, 0.45, 0.55, 0.80, 0.95, 1.0000001};
    /** 0.7, 70%, 70 % */
    private static final Pattern PROBABILITY = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*(%?)");

    private Likelihood() {
    }

    /** The stored form: the term as written, or the probability as a decimal in [0, 1]; null if neither. */
    public static String normalize(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (TERMS.contains(v)) {
            return v;
        }
        Matcher m = PROBABILITY.matcher(v);
        if (!m.matches()) {
            return null;
        }
        double p = Double.parseDouble(m.group(1)) / (m.group(2).isEmpty() ? 1 : 100);
        if (p < 0 || p > 1 || (m.group(2).isEmpty() && Double.parseDouble(m.group(1)) > 1)) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f", p).replaceFirst("0$", "");
    }

    /** "likely (55–80 %)", or for a probability "likely (70 %; band 55–80 %)". */
    public static String describe(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        int band = band(stored);
        if (TERMS.contains(stored)) {
            return stored + " (" + RANGES.get(band) + ")";
        }
        double p = Double.parseDouble(stored);
        return TERMS.get(band) + " (" + percent(p) + " %; band " + RANGES.get(band) + ")";
    }

    /** The ICD 203 band, 0 (almost no chance) to 6 (almost certain). */
    public static int band(String stored) {
        int term = TERMS.indexOf(stored);
        if (term >= 0) {
            return term;
        }
        return bandOf(Double.parseDouble(stored));
    }

    /** The ICD 203 band of a probability in [0, 1]. */
    public static int bandOf(double p) {
        if (p < 0 || p > 1 || Double.isNaN(p)) {
            throw new IllegalArgumentException("a probability lies in [0, 1], not " + p);
        }
        for (int i = 0; i < UPPER.length; i++) {
            if (p < UPPER[i]) {
                return i;
            }
        }
        return UPPER.length - 1;
    }

    /** The lowest probability of a band: 0.55 for "likely". */
    public static double lowerOf(int band) {
        return band == 0 ? 0 : UPPER[band - 1];
    }

    /** The highest probability of a band: 0.80 for "likely". */
    public static double upperOf(int band) {
        return Math.min(1, UPPER[band]);
    }

    /** "unlikely": the term of a probability's band. */
    public static String termOf(double p) {
        return TERMS.get(bandOf(p));
    }

    /** "20–45 %": the range of a probability's band, which always holds the probability. */
    public static String rangeOf(double p) {
        return RANGES.get(bandOf(p));
    }

    /** "unlikely (20–45 %)": the term and range of a band. */
    public static String bandShown(int band) {
        return TERMS.get(band) + " (" + RANGES.get(band) + ")";
    }

    /** "22 %", "0.5 %": a probability as the review report and the edition show it. */
    public static String percentShown(double p) {
        return percent(p) + " %";
    }

    private static String percent(double p) {
        double pct = Math.round(p * 1000) / 10.0;
        return pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct);
    }
}
