package dev.sitrep.judgments;

import dev.sitrep.core.Likelihood;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a judgment's title says of its likelihood in words ("improbable", "likely", "almost certainly"),
 * so that a title and a likelihood pointing opposite ways are caught when the file is added rather
 * than printed side by side in an edition.
 */
final class TitleEstimate {

    /** Which side of an even chance a word puts the judgment; NONE for words that make no such claim. */
    enum Side {
        BELOW_EVEN("below an even chance"), ABOVE_EVEN("above an even chance"), NONE("");

        final String words;

        Side(String words) {
            this.words = words;
        }
    }

    private record Term(String regex, Side side) {
    }

    /**
     * Longest first: at a position the first alternative that matches wins, so "very unlikely" is read
     * before "unlikely", "not likely" before "likely", and "unlikely" is one word, never "likely".
     * Litotes ("not unlikely") and comparisons ("more likely", "less likely") make no claim of a side.
     */
    private static final List<Term> TERMS = List.of(
            new Term("not\\s+(?:un|im)(?:likely|probable)", Side.NONE),
            new Term("(?:more|less|least)\\s+likely(?!\\s+than\\s+not)", Side.NONE),
            new Term("more\\s+likely\\s+than\\s+not", Side.ABOVE_EVEN),
            new Term("(?:not|never|hardly|no\\s+longer|isn't|aren't|is\\s+not|are\\s+not)\\s+(?:very\\s+)?"
                    + "(?:likely|probable|expected)", Side.BELOW_EVEN),
            new Term("probably\\s+not", Side.BELOW_EVEN),
            new Term("almost\\s+no\\s+chance|(?:little|slim|slight|no)\\s+chance", Side.BELOW_EVEN),
            new Term("remote\\s+(?:chance|possibility|prospect)|(?:is|are|remains?|seems?|looks?)\\s+remote",
                    Side.BELOW_EVEN),
            new Term("(?:very\\s+|highly\\s+)?(?:unlikely|improbable)|doubtful|implausible", Side.BELOW_EVEN),
            new Term("(?:almost|nearly|virtually|all\\s+but)\\s+certain(?:ly)?|certainly", Side.ABOVE_EVEN),
            new Term("(?:very\\s+|highly\\s+|most\\s+)?(?:likely|probable)|probably|expected", Side.ABOVE_EVEN));
    private static final Pattern WORDS = Pattern.compile(TERMS.stream().map(t -> "\\b(" + t.regex() + ")\\b")
            .reduce((a, b) -> a + "|" + b).orElseThrow());

    private TitleEstimate() {
    }

    /** The title's estimative words and their side; empty when it has none, or words on both sides. */
    static Optional<Claim> of(String title) {
        String text = title.toLowerCase(Locale.ROOT).replace('’', '\'');
        Matcher m = WORDS.matcher(text);
        Claim claim = null;
        while (m.find()) {
            Side side = sideOf(m);
            if (side == Side.NONE) {
                continue;
            }
            if (claim != null && claim.side() != side) {
                return Optional.empty();
            }
            claim = claim == null ? new Claim(m.group(), side) : claim;
        }
        return Optional.ofNullable(claim);
    }

    /**
     * Why the title and the (stored) likelihood disagree, or empty: a title below an even chance against a
     * likelihood of 55 % or more, or above it against one of 45 % or less. "Roughly even chance" agrees with both.
     */
    static Optional<String> contradiction(String title, String likelihood) {
        int band = Likelihood.band(likelihood);
        int even = Likelihood.TERMS.indexOf("roughly even chance");
        return of(title).filter(c -> c.side() == Side.BELOW_EVEN ? band > even : band < even)
                .map(c -> "the title says '" + c.words() + "' (" + c.side().words + ") but the likelihood is "
                        + Likelihood.describe(likelihood));
    }

    private static Side sideOf(Matcher m) {
        for (int i = 0; i < TERMS.size(); i++) {
            if (m.group(i + 1) != null) {
                return TERMS.get(i).side();
            }
        }
        throw new IllegalStateException("a match belongs to one of the terms");
    }

    /** The words of the title that make the claim, as written, and the side they put it on. */
    record Claim(String words, Side side) {
    }
}
