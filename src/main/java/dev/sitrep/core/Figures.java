package dev.sitrep.core;

import java.util.Locale;

/** How figures read in an edition, the same in every section and both outputs. */
public final class Figures {

    private Figures() {
    }

    /** "p = 0.027", or "p < 0.001" rather than a p of zero, which no test can give. */
    public static String pValue(double p) {
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
