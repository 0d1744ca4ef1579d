package dev.sitrep.core;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for which link targets user text may carry into anything Sitrep publishes or serves (the
 * edition's PDF, the review pages, the e-mail summary, judgments as they are added): web pages, e-mail
 * addresses, and links without a scheme (a fragment, a path within the archive). Everything else, whatever its
 * case, entities or hidden characters ({@code JavaScript:}, {@code java\tscript:}, {@code data:},
 * {@code file:}, {@code vbscript:}), is refused. An allow-list, because a deny-list is a list of the schemes
 * someone has thought of so far.
 */
public final class SafeLinks {

    /** The schemes a link may name. */
    public static final List<String> SCHEMES = List.of("http", "https", "mailto");

    // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:") and
    // before it, so they are dropped before the scheme is read.
    private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    private SafeLinks() {
    }

    /**
     * Whether {@code url} (as the reader's software will see it: entities already decoded) is a web page, an
     * e-mail address or a link without a scheme. Null and empty are not links at all, so they are allowed.
     */
    public static boolean allowed(String url) {
        if (url == null) {
            return true;
        }
        String seen = IGNORED.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        // A backslash is read as a slash by browsers: "\\evil.example" is another host, so it is refused.
        if (seen.startsWith("\\") || seen.startsWith("/\\")) {
            return false;
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(seen);
        if (!scheme.find()) {
            // No scheme: relative. A colon before the first '/', '?' or '#' would be read as one by some readers.
            int colon = seen.indexOf(':');
            int end = firstOf(seen, "/?#");
            return colon < 0 || (end >= 0 && end < colon);
        }
        return SCHEMES.contains(scheme.group(1));
    }

    /** What to tell a writer whose link was refused. */
    public static String rule() {
        return "links may be to web pages (http, https), e-mail addresses (mailto) or relative; not " 
                + "javascript:, data:, file: or any other scheme";
    }

    private static int firstOf(String s, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
