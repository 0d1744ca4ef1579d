package dev.sitrep.assessment;

import dev.sitrep.analysis.trend.Finding;
import dev.sitrep.analysis.trend.FindingGroup;
import java.util.ArrayList;
import java.util.List;

/** A group of findings (one story, see FindingGroup) with the period's events behind its broadest finding. */
record Story(Finding head, List<Finding> parts, List<EventEntry> events) {

    static List<Story> group(List<FindingGroup> groups, List<EventEntry> periodEvents) {
        List<Story> out = new ArrayList<>();
        for (FindingGroup g : groups) {
            List<EventEntry> events = periodEvents.stream()
                    .filter(e -> FindingJudgments.matches(g.head().dimension(), g.head().key(), e)).toList();
            if (!events.isEmpty()) {
                out.add(new Story(g.head(), g.parts(), events));
            }
        }
        return out;
    }
}
