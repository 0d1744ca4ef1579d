package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.OutcomeScenario;
import dev.sitrep.analysis.prognosis.OutcomeSettings;
import dev.sitrep.analysis.prognosis.ScenarioCondition;
import dev.sitrep.analysis.prognosis.Signpost;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code prognosis.outcomes} of a job: the horizons in months and the analysts' outcome scenarios, each
 * with an optional condition over the tracked series by month and its signposts (texts, or mappings with a
 * measured condition).
 */
final class OutcomeReader {

    private OutcomeReader() {
    }

    static OutcomeSettings read(YamlFields o, Set<String> series) {
        o.allowOnly(Set.of("months", "scenarios"));
        List<Integer> months = months(o);
        List<OutcomeScenario> scenarios = new ArrayList<>();
        for (YamlFields sc : o.mappings("scenarios")) {
            sc.allowOnly(Set.of("name", "title", "description", "when", "signposts"));
            String name = sc.text("name");
            if (!name.matches("[a-z0-9][a-z0-9-]*")) {
                throw sc.error("name", "'" + name + "': an outcome's name is lower-case letters, digits and '-', "
                        + "e.g. keeps-bases");
            }
            String when = sc.optionalText("when", null);
            if (when != null) {
                condition(sc, "when", when, series);
            }
            scenarios.add(new OutcomeScenario(name, sc.text("title"), sc.optionalText("description", ""), when,
                    signposts(sc, series)));
        }
        try {
            return new OutcomeSettings(months, scenarios);
        } catch (IllegalArgumentException e) {
            throw o.error("scenarios", e.getMessage());
        }
    }

    private static List<Integer> months(YamlFields o) {
        if (!o.has("months")) {
            return OutcomeSettings.DEFAULT_MONTHS;
        }
        List<Integer> months = new ArrayList<>();
        for (String m : o.list("months")) {
            try {
                months.add(Integer.valueOf(m));
            } catch (NumberFormatException e) {
                throw o.error("months", "'" + m + "' is not a whole number of months: write e.g. [6, 12, 24]");
            }
        }
        try {
            OutcomeSettings.checkMonths(months);
        } catch (IllegalArgumentException e) {
            throw o.error("months", e.getMessage());
        }
        return months;
    }

    private static List<Signpost> signposts(YamlFields sc, Set<String> series) {
        List<Signpost> out = new ArrayList<>();
        for (Object item : sc.textsOrMappings("signposts")) {
            if (item instanceof String text) {
                out.add(Signpost.observed(text));
                continue;
            }
            YamlFields sp = (YamlFields) item;
            sp.allowOnly(Set.of("title", "when", "months"));
            String when = sp.optionalText("when", null);
            if (when != null) {
                condition(sp, "when", when, series);
                if (when.strip().equalsIgnoreCase(ScenarioCondition.OTHERWISE)) {
                    throw sp.error("when", "a signpost is a condition, not 'otherwise'");
                }
            }
            out.add(new Signpost(sp.text("title"), when, sp.integer("months", Signpost.DEFAULT_MONTHS, 1, 24)));
        }
        return out;
    }

    private static void condition(YamlFields f, String field, String text, Set<String> series) {
        try {
            ScenarioCondition.parse(text, series, ScenarioCondition.Grain.MONTHS);
        } catch (IllegalArgumentException e) {
            throw f.error(field, e.getMessage());
        }
    }
}
