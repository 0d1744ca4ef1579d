package dev.sitrep.judgments;

import dev.sitrep.core.About;
import dev.sitrep.core.Citations;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.JudgmentMarkdown;
import dev.sitrep.core.Likelihood;
import dev.sitrep.core.VisibleText;
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

    static final Set<String> CONFIDENCE = Set.of("low", "moderate", "high");
    private static final Set<String> FIELDS = Set.of("id", "job", "jobs", "section", "title", "from", "until",
            "review-by", "revised", "withdrawn", "confidence", "likelihood", "actors", "places", "tags", "about");
    /** A tag, a closing tag, a comment, a declaration or a processing instruction: anything CommonMark passes. */
    private static final Pattern RAW_HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|<[!?]");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,199}");
    /** The target of an inline link "](target)", an autolink "<scheme:...>" or a reference "[label]: target". */
    private static final Pattern LINK_TARGET = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]*)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>]*)>|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    /** An edition never loads media: an image in a judgment would be fetched, or silently lost. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\s*[(\\[]");

    private JudgmentFile() {
    }

    static Judgment parse(String file, String text, Instant recorded, JudgmentTargets targets) {
        // A byte-order mark that an editor wrote at the start of the file is not part of the judgment.
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").split("\n", -1);
        checkVisible(file, lines);
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
        Map<String, Object> front = frontMatter(file, String.join("\n", List.of(lines).subList(1, end)), lines);
        String body = String.join("\n", List.of(lines).subList(end + 1, lines.length)).strip();
        FrontMatter fm = new FrontMatter(file, front, lines);
        checkBody(file, lines, end + 1);
        checkStructure(file, lines, end + 1);
        if (body.isEmpty()) {
            throw new JudgmentException(file + ":" + (end + 2) + ": the judgment has no prose after its front matter");
        }
        String id = fm.text("id", true);
        if (!ID.matcher(id).matches()) {
            throw new JudgmentException(file + ":" + fm.lineOf("id") + ": id '" + id
                    + "' must be lower-case letters, digits and . _ - (at most 200)");
        }
        String title = fm.text("title", true);
        if (RAW_HTML.matcher(title).find()) {
            throw new JudgmentException(file + ":" + fm.lineOf("title") + ": title: raw HTML is refused in judgments");
        }
        List<String> jobs = fm.jobs();
        String section = fm.section(jobs, targets);
        IsoWeek from = fm.week("from", true);
        IsoWeek until = fm.week("until", false);
        IsoWeek reviewBy = fm.week("review-by", false);
        IsoWeek revised = fm.week("revised", false);
        if (until != null && until.compareTo(from) < 0) {
            throw new JudgmentException(file + ":" + fm.lineOf("until") + ": until " + until + " is before from "
                    + from);
        }
        if (revised != null && (revised.compareTo(from) < 0 || (until != null && revised.compareTo(until) > 0))) {
            throw new JudgmentException(file + ":" + fm.lineOf("revised") + ": revised " + revised
                    + " must lie between from " + from + " and until " + (until == null ? "(open)" : until));
        }
        IsoWeek withdrawn = fm.week("withdrawn", false);
        if (withdrawn != null) {
            // Withdrawn from W: a revision that takes effect in W and ends before it, so editions before W
            // keep the judgment as it was and none from W on shows it.
            if (withdrawn.compareTo(from) <= 0 || revised != null || until != null) {
                throw new JudgmentException(file + ":" + fm.lineOf("withdrawn") + ": withdrawn " + withdrawn
                        + " must come after from " + from + ", without until or revised (to withdraw a judgment "
                        + "from its first period, set from to a later one)");
            }
            revised = withdrawn;
            until = withdrawn.minusWeeks(1);
        }
        String likelihood = fm.likelihood();
        if (likelihood != null) {
            TitleEstimate.contradiction(title, likelihood).ifPresent(why -> {
                throw new JudgmentException(file + ":" + fm.lineOf("title") + ": " + why + " (line "
                        + fm.lineOf("likelihood") + "): reword the title or change the likelihood so that they agree");
            });
        }
        About about = fm.about(jobs, targets);
        if (about != null && likelihood == null) {
            throw new JudgmentException(file + ":" + fm.lineOf("about") + ": 'about' links the judgment's "
                    + "likelihood to the model, but the judgment states no likelihood; add one (e.g. likelihood: likely)");
        }
        return new Judgment(id, 0, recorded, jobs, section, title, from, until, reviewBy, revised,
                fm.oneOf("confidence", CONFIDENCE, true), likelihood, fm.strings("actors"),
                fm.strings("places"), fm.strings("tags"), body, about);
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
            java.util.regex.Matcher link = LINK_TARGET.matcher(lines[i]);
            while (link.find()) {
                String target = link.group(1) != null ? link.group(1) : link.group(2) != null ? link.group(2)
                        : link.group(3);
                if (!dev.sitrep.core.SafeLinks.allowed(target)) {
                    throw new JudgmentException(file + ":" + (i + 1) + ": the link to '" + target + "' is refused: "
                            + dev.sitrep.core.SafeLinks.rule());
                }
            }
            List<String> malformed = Citations.malformed(lines[i]);
            if (!malformed.isEmpty()) {
                throw new JudgmentException(file + ":" + (i + 1) + ": " + malformed.get(0)
                        + " is not a citation key: keys are lower-case letters, digits and . _ : -");
            }
        }
    }

    /** Only what a judgment may contain (prose and lists; see JudgmentMarkdown), each refusal naming its line. */
    private static void checkStructure(String file, String[] lines, int firstBodyLine) {
        String body = String.join("\n", List.of(lines).subList(firstBodyLine, lines.length));
        JudgmentMarkdown.refusal(body).ifPresent(r -> {
            throw new JudgmentException(file + ":" + (firstBodyLine + r.line()) + ": " + r.reason());
        });
    }

    /** Characters that would make the judgment read differently from what it says (see VisibleText). */
    private static void checkVisible(String file, String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            VisibleText.describeHidden(lines[i]).ifPresent(what -> {
                throw new JudgmentException(file + ":" + line + ": " + what + " is refused: an invisible or control "
                        + "character can make text read differently from what it says (or hide some of it); "
                        + "delete it");
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> frontMatter(String file, String yaml, String[] lines) {
        try {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (!(parsed instanceof Map)) {
                throw new JudgmentException(file + ":2: the front matter must be a YAML mapping of fields");
            }
            Map<String, Object> map = (Map<String, Object>) parsed;
            for (String key : map.keySet()) {
                if (!FIELDS.contains(String.valueOf(key))) {
                    throw new JudgmentException(file + ":" + new FrontMatter(file, map, lines).lineOf(
                            String.valueOf(key)) + ": unknown front-matter field '" + key + "'; fields are "
                            + new java.util.TreeSet<>(FIELDS));
                }
            }
            return map;
        } catch (YAMLException e) {
            int line = e instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null
                    ? m.getProblemMark().getLine() + 2 : 2;
            throw new JudgmentException(file + ":" + line + ": the front matter is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
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

        /** 'job' or 'jobs': one job id or a list of them, each a defined job. */
        List<String> jobs() {
            if (fields.containsKey("job") && fields.containsKey("jobs")) {
                throw new JudgmentException(file + ":" + lineOf("jobs") + ": give 'job' or 'jobs', not both");
            }
            String field = fields.containsKey("jobs") ? "jobs" : "job";
            List<String> jobs = strings(field);
            if (jobs.isEmpty()) {
                throw new JudgmentException(file + ":" + lineOf(field) + ": '" + field
                        + "' must name one or more jobs");
            }
            return jobs;
        }

        /** A standard section, or one each job's template defines. */
        String section(List<String> jobs, JudgmentTargets targets) {
            String value = text("section", true);
            for (String job : jobs) {
                Set<String> sections = targets.sections(job).orElseThrow(() -> new JudgmentException(file + ":"
                        + lineOf(fields.containsKey("jobs") ? "jobs" : "job") + ": unknown job '" + job
                        + "': no jobs/" + job + ".yml"));
                if (!sections.contains(value)) {
                    throw new JudgmentException(file + ":" + lineOf("section") + ": section '" + value
                            + "' is not one of " + new java.util.TreeSet<>(sections) + " (job " + job + ")");
                }
            }
            return value;
        }

        String likelihood() {
            String value = text("likelihood", false);
            if (value == null) {
                return null;
            }
            String normalized = Likelihood.normalize(value);
            if (normalized == null) {
                throw new JudgmentException(file + ":" + lineOf("likelihood") + ": likelihood '" + value
                        + "' is neither an ICD 203 term " + Likelihood.TERMS + " nor a probability (0.7, 70 %)");
            }
            return normalized;
        }

        /** What 'about' may say, for the message that refuses anything else. */
    private static final String ABOUT_FORMS = "'{scenario: <name>}', '{condition: <series> total|weekly-max|weekly-min"
            + " <op> <n>}' or '{outcome: <name>, months: <n>}'";

    /**
     * {@code about: {scenario: base}}, {@code about: {condition: <series> total >= 10}} or
     * {@code about: {outcome: keeps-bases, months: 12}}, checked per job.
     */
        About about(List<String> jobs, JudgmentTargets targets) {
            Object value = fields.get("about");
            if (value == null) {
                return null;
            }
            About about = value instanceof Map<?, ?> map && map.containsKey("outcome") ? outcome(map) : null;
            if (about == null) {
                if (!(value instanceof Map<?, ?> map) || map.size() != 1
                        || !(map.get(map.keySet().iterator().next()) instanceof String target) || target.isBlank()) {
                    throw new JudgmentException(file + ":" + lineOf("about") + ": 'about' must be one of "
                            + ABOUT_FORMS);
                }
                String key = String.valueOf(map.keySet().iterator().next());
                for (About.Kind kind : About.Kind.values()) {
                    if (kind.word.equals(key) && kind != About.Kind.OUTCOME) {
                        about = new About(kind, target);
                    }
                }
                if (about == null || RAW_HTML.matcher(target).find()) {
                    throw new JudgmentException(file + ":" + lineOf("about") + ": about: '" + key
                            + "' is none of 'scenario', 'condition' or 'outcome'");
                }
            }
            for (String job : jobs) {
                java.util.Optional<String> problem = targets.problemWith(job, about);
                if (problem.isPresent()) {
                    throw new JudgmentException(file + ":" + lineOf("about") + ": about: " + problem.get());
                }
            }
            return about;
        }

        /** {@code {outcome: keeps-bases, months: 12}}: an outcome scenario at one of the job's horizons. */
        private About outcome(Map<?, ?> map) {
            Object name = map.get("outcome");
            Object months = map.get("months");
            if (map.size() != 2 || !(name instanceof String n) || !n.matches("[a-z0-9][a-z0-9-]*")
                    || !(months instanceof Integer m) || m < 1) {
                throw new JudgmentException(file + ":" + lineOf("about") + ": an outcome is named with its horizon:"
                        + " 'about: {outcome: <name>, months: <n>}', e.g. {outcome: keeps-bases, months: 12}");
            }
            return About.outcome(n, m);
        }

        List<String> strings(String field) {
            Object value = fields.get(field);
            if (value == null) {
                return List.of();
            }
            List<?> items = value instanceof List<?> l ? l : List.of(value);
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (item == null || item instanceof Map || item instanceof List || String.valueOf(item).isBlank()) {
                    throw new JudgmentException(file + ":" + lineOf(field) + ": '" + field
                            + "' must be a name or a list of names");
                }
                String s = String.valueOf(item).strip();
                if (s.contains("\n") || RAW_HTML.matcher(s).find()) {
                    throw new JudgmentException(file + ":" + lineOf(field) + ": " + field + ": '" + s
                            + "' is not a plain name");
                }
                out.add(s);
            }
            return List.copyOf(out);
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
