package dev.sitrep.jobs;

import dev.sitrep.events.Event;
import java.util.List;

/** Which job a flash assessment of an event belongs to: the one asked for, else the first whose scope holds it. */
final class FlashScope {

    private FlashScope() {
    }

    static boolean holds(JobDefinition job, Event e) {
        return job.countries().isEmpty() || job.countries().contains(e.place().country());
    }

    /** The job asked for, if the event is in its scope; else a clear error naming the scope. */
    static JobDefinition check(JobDefinition job, Event e) {
        if (!holds(job, e)) {
            throw new FlashRequestException("event " + e.id() + " (" + e.place().country() + ") is outside the scope "
                    + "of job " + job.id() + " (countries " + job.countries() + "): choose another job with --job");
        }
        return job;
    }

    /** The first job (by id) whose scope holds the event; a clear error when none does. */
    static JobDefinition first(List<JobDefinition> jobs, Event e) {
        return jobs.stream().filter(j -> holds(j, e)).findFirst().orElseThrow(() -> new FlashRequestException(
                "event " + e.id() + " (" + e.place().country() + ") is outside the scope of every job ("
                        + jobs.stream().map(j -> j.id() + " " + j.countries()).toList()
                        + "): no job assesses it; add its country to a job's scope.countries"));
    }
}
