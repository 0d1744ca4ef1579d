package dev.sitrep.core;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for characters that would let user text show a reader something other than what it says,
 * applied to everything Sitrep publishes or serves (the Markdown, the HTML behind the PDF, the review pages,
 * the e-mail summary) and used to refuse such characters in judgments as they are added:
 * <ul>
 * <li>bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed: they carry no
 * text, and an override ("Trojan Source") reverses what follows it. Arabic and Hebrew text needs none of
 * them to read correctly; the Unicode bidi algorithm orders it from its own letters;</li>
 * <li>the marks U+200E, U+200F and U+061C stay only next to a right-to-left letter, where they do no more
 * than that letter does already; elsewhere (between Latin words, say) they could only reorder text, and
 * are removed;</li>
 * <li>other invisible format characters (zero-width space, word joiner, byte-order mark, tag characters,
 * ...) are removed, except the zero-width (non-)joiner and the soft hyphen, which Arabic, Persian, emoji
 * and hyphenation need;</li>
 * <li>control characters other than tab and line breaks are shown as their Unicode control pictures
 * (U+0000 as ␀, ESC as ␛, DEL as ␡); C1 controls, unpaired surrogates and non-characters as U+FFFD;
 * U+2028 and U+2029 (line and paragraph separators) become spaces, as Markdown does not break lines there.</li>
 * </ul>
 */
public final class VisibleText {

    private static final int LRM = 0x200E;
    private static final int RLM = 0x200F;
    private static final int ALM = 0x061C;
    private static final char REPLACEMENT = '\uFFFD';

    private VisibleText() {
    }

    /** {@code text} as a reader should see it: nothing hidden, nothing reordered by invisible characters. */
    public static String of(String text) {
        if (text == null || firstHidden(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String shown = shown(text, i, cp);
            out.append(shown == null ? new String(Character.toChars(cp)) : shown);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Where {@link #of} would change {@code text}: the index of the first such character, or -1. */
    public static int firstHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (shown(text, i, cp) != null) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * What is hidden in {@code line}, for a writer to act on: "U+202E RIGHT-TO-LEFT OVERRIDE at column 12", or
     * empty when nothing is.
     */
    public static Optional<String> describeHidden(String line) {
        int at = firstHidden(line);
        if (at < 0) {
            return Optional.empty();
        }
        int cp = line.codePointAt(at);
        String name = Character.getName(cp);
        return Optional.of(String.format(Locale.ROOT, "U+%04X%s at column %d", cp, name == null ? "" : " " + name,
                line.codePointCount(0, at) + 1));
    }

    /** What stands for the code point at {@code i}: null to keep it, "" to remove it, else its stand-in. */
    private static String shown(String text, int i, int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return null;
        }
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp));
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        if ((cp >= 0x80 && cp <= 0x9F) || Character.isSurrogate((char) cp) || nonCharacter(cp)) {
            return String.valueOf(REPLACEMENT);
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return " ";
        }
        if (cp == LRM || cp == RLM || cp == ALM) {
            return nextToRightToLeft(text, i, cp) ? null : "";
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return cp == 0x200C || cp == 0x200D || cp == 0x00AD ? null : "";
        }
        return null;
    }

    private static boolean nonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean nextToRightToLeft(String text, int i, int cp) {
        int before = i > 0 ? text.codePointBefore(i) : -1;
        int after = i + Character.charCount(cp) < text.length() ? text.codePointAt(i + Character.charCount(cp)) : -1;
        return rightToLeft(before) || rightToLeft(after);
    }

    private static boolean rightToLeft(int cp) {
        if (cp < 0) {
            return false;
        }
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }
}
