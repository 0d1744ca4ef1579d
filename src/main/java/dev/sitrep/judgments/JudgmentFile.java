package dev.sitrep.judgments;

import dev.sitrep.core.Citations;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses a judgment file: YAML front matter between {@code ---} lines, then Markdown prose with citations. */
final class JudgmentFile {

    static final Set<String> SECTIONS = Set.of("key-judgment", "context", "strategic-logic", "risks", "implications",
            "outlook", "conclusion");
    static final Set<String> CONFIDENCE = Set.of("low", "moderate", "high");
    static final Set<String> LIKELIHOOD = Set.of("almost no chance", "very unlikely", "unlikely",
            "roughly even chance", "likely", "very likely", "almost certain");
    private static final Set<String> FIELDS = Set.of("id", "jobs", "section", "title", "from", "until", "confidence",
            "likelihood", "actors", "places", "tags");
    private static final Pattern RAW_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");
    /** An edition never loads media: an image in a judgment would be fetched, or silently lost. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\s*[(\\[]");

    private JudgmentFile() {
    }

    static Judgment parse(String file, String text, Instant recorded) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length < 3 || !lines[0].strip().equals("---")) {
            throw new JudgmentException(file + ":1: a judgment starts with YAML front matter between '---' lines");
        }
        int end = 1;
        while (end < lines.length && !lines[end].strip().equals("---")) {
            end++;
        }
        if (end == lines.length) {
            throw new JudgmentException(file + ":1: the front matter has no closing '---' line");
        }
        Map<String, Object> front = frontMatter(file, String.join("\n", List.of(lines).subList(1, end)));
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length)).strip();
        FrontMatter fm = new FrontMatter(file, front, lines);
        checkBody(file, lines, end + 1);
        return new Judgment(fm.text("id", true), 0, recorded, fm.list("jobs"), fm.oneOf("section", SECTIONS, true),
                fm.text("title", true), fm.week("from", true), fm.week("until", false),
                fm.oneOf("confidence", CONFIDENCE, true), fm.oneOf("likelihood", LIKELIHOOD, false), body);
    }

    private static void checkBody(String file, String[] lines, int firstBodyLine) {
        for (int i = firstBodyLine; i < lines.length; i++) {
            if (RAW_HTML.matcher(lines[i]).find()) {
                throw new JudgmentException(file + ":" + (i + 1) + ": raw HTML is refused in judgments ("
                        + lines[i].strip() + "); write Markdown instead");
            }
            if (IMAGE.matcher(lines[i]).find()) {
                throw new JudgmentException(file + ":" + (i + 1) + ": images are refused in judgments; "
                        + "describe what it shows and cite its source instead");
            }
            List<String> malformed = Citations.malformed(lines[i]);
            if (!malformed.isEmpty()) {
                throw new JudgmentException(file + ":" + (i + 1) + ": " + malformed.get(0)
                        + " is not a citation key: keys are lower-case letters, digits and . _ : -");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String file, String yaml) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(parsed instanceof Map)) {
                throw new JudgmentException(file + ":2: the front matter must be a YAML mapping of fields");
            }
            Map<String, Object> map = (Map<String, Object>) parsed;
            for (String key : map.keySet()) {
                if (!FIELDS.contains(key)) {
                    throw new JudgmentException(file + ": unknown front-matter field '" + key + "'; fields are "
                            + new java.util.TreeSet<>(FIELDS));
                }
            }
            return map;
        } catch (YAMLException e) {
            throw new JudgmentException(file + ": the front matter is not valid YAML: " + e.getMessage());
        }
    }

    /** Front-matter fields, each error naming the file and the line the field is on. */
    private record FrontMatter(String file, Map<String, Object> fields, String[] lines) {

        String text(String field, boolean required) {
            Object value = fields.get(field);
            if (value == null) {
                if (required) {
                    throw new JudgmentException(file + ":1: the front matter needs '" + field + "'");
                }
                return null;
            }
            return String.valueOf(value).strip();
        }

        List<String> list(String field) {
            Object value = fields.get(field);
            if (value instanceof List<?> l && !l.isEmpty()) {
                return l.stream().map(String::valueOf).toList();
            }
            if (value instanceof String s && !s.isBlank()) {
                return List.of(s.strip());
            }
            throw new JudgmentException(file + ":" + lineOf(field) + ": '" + field + "' must name one or more jobs");
        }

        String oneOf(String field, Set<String> allowed, boolean required) {
            String value = text(field, required);
            if (value != null && !allowed.contains(value)) {
                throw new JudgmentException(file + ":" + lineOf(field) + ": " + field + " '" + value
                        + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
            return value;
        }

        IsoWeek week(String field, boolean required) {
            String value = text(field, required);
            try {
                return value == null ? null : IsoWeek.parse(value);
            } catch (IllegalArgumentException e) {
                throw new JudgmentException(file + ":" + lineOf(field) + ": " + field + ": " + e.getMessage());
            }
        }

        int lineOf(String field) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].startsWith(field + ":")) {
                    return i + 1;
                }
            }
            return 1;
        }
    }
}
