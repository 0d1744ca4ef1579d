package dev.sitrep.core;

import java.util.regex.Pattern;

/**
 * Makes text from events inert in Markdown: characters that could open emphasis, a link, an image,
 * code, a table cell, an entity or raw HTML are backslash-escaped, line breaks are folded, and a
 * leading block marker ("# ", "- ", "+ ", "1. ", a line of "=", "---", "~~~") is escaped, so an event summary
 * can never become markup
 * in the Markdown or, through it, in the PDF. Parentheses stay as they are: without an unescaped
 * "]" before them they cannot form a link, and the Markdown stays readable.
 */
public final class MarkdownText {

    private static final String ALWAYS = "\\`*_[]<>|!&";
    private static final Pattern LEADING_BLOCK_MARKER =
            Pattern.compile("^(?:(?:#{1,6}|[+-]|\\d{1,9}[.)])(?=\\s|$)|=+$|-{2,}|~{3,})");

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        StringBuilder out = new StringBuilder(folded.length() + 16);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (ALWAYS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String escaped = out.toString();
        var leading = LEADING_BLOCK_MARKER.matcher(escaped);
        if (leading.find()) {
            int at = leading.end() - 1;
            escaped = escaped.substring(0, at) + "\\" + escaped.substring(at);
        }
        return escaped;
    }
}
