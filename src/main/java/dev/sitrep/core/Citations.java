package dev.sitrep.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pandoc citations as analysts write them: {@code [@key]}, {@code [@a; @b]}, {@code [@key, p. 2]},
 * {@code [@event:<id>]}. One definition, used where judgments are checked and where editions resolve
 * them, so that what was accepted is what gets cited. An escaped bracket ({@code \[@x]}) is text.
 */
public final class Citations {

    /** A citation group; its content (group 1) holds one or more @keys, each maybe with a locator. */
    public static final Pattern GROUP = Pattern.compile("(?<!\\\\)\\[(@[^\\]\\\\]*)]");
    /** A key: lower-case letters and digits, with . _ : - inside, as source keys and event ids are. */
    public static final Pattern KEY = Pattern.compile("@([a-z0-9](?:[a-z0-9._:-]*[a-z0-9])?)(?![A-Za-z0-9._:-]*[A-Za-z0-9])");
    /** A key citing an event of the log rather than a source: {@code event:<id>}. */
    public static final String EVENT_PREFIX = "event:";
    private static final Pattern ANY_AT_TOKEN = Pattern.compile("@([^\\s;,\\]]*)");

    private Citations() {
    }

    /** The keys cited in a group's content, in order, each once. */
    public static List<String> keysOfGroup(String groupContent) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher key = KEY.matcher(groupContent);
        while (key.find()) {
            keys.add(key.group(1));
        }
        return List.copyOf(keys);
    }

    /** Every key cited in a text, in order of first citation. */
    public static List<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            keys.addAll(keysOfGroup(group.group(1)));
        }
        return List.copyOf(keys);
    }

    /** The keys cited in some texts, split into cited event ids ({@code @event:<id>}) and source keys. */
    public record Cited(Set<String> eventIds, Set<String> sourceKeys) {
    }

    /** As {@link #keys}, over several texts, split into event ids and source keys. */
    public static Cited split(java.util.Collection<String> texts) {
        Set<String> events = new java.util.HashSet<>();
        Set<String> sources = new java.util.HashSet<>();
        texts.forEach(t -> keys(t).forEach(k -> {
            if (k.startsWith(EVENT_PREFIX)) {
                events.add(k.substring(EVENT_PREFIX.length()));
            } else {
                sources.add(k);
            }
        }));
        return new Cited(events, sources);
    }

    /** The @tokens in citation groups that are not valid keys (e.g. upper case), to refuse, not ignore. */
    public static List<String> malformed(String text) {
        List<String> bad = new ArrayList<>();
        Matcher group = GROUP.matcher(text);
        while (group.find()) {
            Matcher token = ANY_AT_TOKEN.matcher(group.group(1));
            while (token.find()) {
                if (!KEY.matcher("@" + token.group(1)).matches()) {
                    bad.add("@" + token.group(1));
                }
            }
        }
        return bad;
    }
}
