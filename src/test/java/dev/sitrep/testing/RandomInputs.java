package dev.sitrep.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Property-based checks with fixed seeds: hostile text made from the pieces that have broken importers and
 * writers before (quotes, separators, line breaks, control and bidi characters, emoji, markup, scheme
 * tricks, very long words), a runner that tries many cases, and a shrinker that cuts a failing case down
 * before it is reported with the seed that made it.
 *
 * <p>jqwik, the usual library for this, is built on JUnit Platform 1 (this project runs Platform 6) and
 * its licence since 1.10 asks not to be used by coding agents, so this small harness stands in for it.
 */
public final class RandomInputs {

    /** Pieces chosen because each has broken a parser, a renderer or a sanitiser somewhere. */
    private static final List<String> HOSTILE = List.of(
            "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "'", "`", "```", "\\", "|", "| a | b |\n|---|---|\n",
            "#", "# ", "> ", "- ", "* ", "1. ", "_", "**", "[", "]", "(", ")", "[x](", "](javascript:alert(1))",
            "<", ">", "&", "&amp;", "&#106;avascript:", "&#x6A;", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "JavaScript:", "java\tscript:",
            "java\u0000script:", " javascript:", "data:text/html,<script>", "vbscript:", "file:///etc/passwd",
            "http://example.org/a?b=c&d=e", "mailto:a@example.org", "=SUM(A1)", "+1", "-1", "@cmd", "\u0000",
            "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u00a0", "\u200b", "\u200e", "\u202e", "\u2066", "\u2028",
            "\ufeff", "\ufffd", "\ud83d\ude00", "\ud83c\uddf8\ud83c\uddfe", "e\u0301", "\u062f\u0645\u0634\u0642",
            "\u0391\u03b8\u03ae\u03bd\u03b1", "\u4e2d\u6587", "null", "NaN", "-0", "9999-12-31", "0000-00-00",
            "1e309", "{", "}", "{\"id\":1}", "[]", "..", "../", "/", "%2F", "%00", "$", "${x}", "{{x}}");

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ 0123456789 .-";

    private final SplittableRandom random;

    public RandomInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Text of up to {@code maxPieces} pieces, each plain, hostile, or a long unbroken word. */
    public String text(int maxPieces) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(maxPieces + 1);
        for (int i = 0; i < pieces; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append(plain(1 + random.nextInt(12)));
            } else if (kind < 9) {
                text.append(pick(HOSTILE));
            } else {
                text.append("x".repeat(50 + random.nextInt(3000)));
            }
        }
        return text.toString();
    }

    /** Plain letters, digits and spaces: text every importer must accept as it is. */
    public String plain(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(PLAIN.charAt(random.nextInt(PLAIN.length())));
        }
        return text.toString();
    }

    public <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    public int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    public boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /**
     * Runs {@code check} on {@code cases} inputs made from seeds derived from {@code seed}. The first failure
     * is cut down by {@code shrink} (each candidate must be smaller) while it still fails, then reported with
     * its seed so that it can be replayed.
     */
    public static <T> void forAll(long seed, int cases, Function<RandomInputs, T> make,
            Function<T, List<T>> shrink, Consumer<T> check) {
        SplittableRandom seeds = new SplittableRandom(seed);
        for (int i = 0; i < cases; i++) {
            long caseSeed = seeds.nextLong();
            T input = make.apply(new RandomInputs(caseSeed));
            Throwable failure = failure(check, input);
            if (failure != null) {
                T smallest = shrunk(input, failure, shrink, check);
                Throwable smallestFailure = failure(check, smallest);
                AssertionError error = new AssertionError("case " + i + " (seed " + caseSeed + ") fails; cut down to:\n"
                        + describe(smallest) + "\n" + (smallestFailure == null ? failure : smallestFailure));
                error.initCause(smallestFailure == null ? failure : smallestFailure);
                throw error;
            }
        }
    }

    /** Candidates smaller than {@code text}: halves, then the text with one piece of it left out. */
    public static List<String> shrinkText(String text) {
        List<String> smaller = new ArrayList<>();
        if (text.length() <= 1) {
            return smaller;
        }
        int half = text.length() / 2;
        smaller.add(text.substring(0, half));
        smaller.add(text.substring(half));
        int step = Math.max(1, text.length() / 16);
        for (int start = 0; start < text.length(); start += step) {
            smaller.add(text.substring(0, start) + text.substring(Math.min(text.length(), start + step)));
        }
        return smaller;
    }

    /** Candidates smaller than {@code list}: each with one element left out. */
    public static <E> List<List<E>> shrinkList(List<E> list) {
        List<List<E>> smaller = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            List<E> without = new ArrayList<>(list);
            without.remove(i);
            smaller.add(without);
        }
        return smaller;
    }

    private static <T> T shrunk(T input, Throwable failure, Function<T, List<T>> shrink, Consumer<T> check) {
        T smallest = input;
        boolean smaller = true;
        for (int rounds = 0; smaller && rounds < 500; rounds++) {
            smaller = false;
            for (T candidate : shrink.apply(smallest)) {
                if (failure(check, candidate) != null) {
                    smallest = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return smallest;
    }

    private static <T> Throwable failure(Consumer<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }

    private static String describe(Object input) {
        StringBuilder shown = new StringBuilder();
        String text = String.valueOf(input);
        for (int i = 0; i < text.length() && shown.length() < 4000; i++) {
            char c = text.charAt(i);
            shown.append(c < 0x20 || c == 0x7f || (c >= 0x200b && c <= 0x206f) || c == 0xfeff
                    ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return shown.toString();
    }
}
