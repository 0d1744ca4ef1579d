package dev.sitrep.render;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Break opportunities in words too long for a table cell. In running text the stylesheet's
 * {@code word-wrap: break-word} breaks a word that meets the page edge; in a table openhtmltopdf would then
 * size every column as if any word could break after any letter ("Event|s", "governorat|e"), so cells keep
 * {@code word-wrap: normal} and a word of more than {@value #LONGEST} characters (a URL, a 3,000-letter
 * "word" in an event's summary) gets a zero-width space, where a line may break, every {@value #EVERY}.
 * Only the HTML behind the PDF gets them; the Markdown keeps the text as it was. The JDK's line breaking,
 * which openhtmltopdf uses, does not break at a zero-width space, so {@link Breaks} adds those breaks to it.
 */
final class LongWords {

    static final int LONGEST = 30;
    static final int EVERY = 15;
    private static final char BREAK = '\u200B';

    private LongWords() {
    }

    static void breakInCells(Element root) {
        for (Element cell : root.select("td, th")) {
            cell.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    String breakable = breakable(t.getWholeText());
                    if (!breakable.equals(t.getWholeText())) {
                        t.text(breakable);
                    }
                }
            });
        }
    }

    /** {@code text} with a break opportunity every {@value #EVERY} characters of each over-long word. */
    static String breakable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int wordStart = 0;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            if (Character.isWhitespace(cp) || i == text.length()) {
                appendWord(out, text.substring(wordStart, i));
                if (i < text.length()) {
                    out.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
                wordStart = i;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.codePointCount(0, word.length()) <= LONGEST) {
            out.append(word);
            return;
        }
        int run = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            // Never between a letter and the accent or joiner that belongs to it.
            if (run >= EVERY && !clingsToPrevious(cp)) {
                out.append(BREAK);
                run = 0;
            }
            out.appendCodePoint(cp);
            run++;
            i += Character.charCount(cp);
        }
    }

    private static boolean clingsToPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** openhtmltopdf's line breaks (words, and URLs after their slashes) and one after every zero-width space. */
    static final class Breaks implements FSTextBreaker {

        private final FSTextBreaker standard = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));
        private String text = "";
        private int standardNext = BreakIterator.DONE;
        private int position;

        @Override
        public void setText(String newText) {
            text = newText;
            standard.setText(newText);
            standardNext = standard.next();
            position = 0;
        }

        @Override
        public int next() {
            while (standardNext != BreakIterator.DONE && standardNext <= position) {
                standardNext = standard.next();
            }
            int zeroWidth = position < text.length() ? text.indexOf(BREAK, position) : -1;
            int afterZeroWidth = zeroWidth < 0 ? BreakIterator.DONE : zeroWidth + 1;
            int next = afterZeroWidth == BreakIterator.DONE ? standardNext
                    : standardNext == BreakIterator.DONE ? afterZeroWidth : Math.min(afterZeroWidth, standardNext);
            position = next == BreakIterator.DONE ? text.length() + 1 : next;
            return next;
        }
    }
}
