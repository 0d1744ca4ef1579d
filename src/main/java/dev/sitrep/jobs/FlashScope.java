package dev.sitrep.jobs;

import dev.sitrep.events.Event;
import java.util.List;

/**
 * Which job a flash assessment of an event belongs to: the one asked for; else the job that has assessed it
 * before (a new version goes where the first went); else the job whose flash rule matches the event (the job
 * that would have assessed it on import); else the only job whose scope holds it; else the first of those by id. The choice and its reason are told to whoever asked.
 */
final class FlashScope {

    private FlashScope() {
    }

    /** In the job's countries, and not before the day its log is kept from (scope.from), when it says. */
    static boolean holds(JobDefinition job, Event e) {
        return holds(job, e.place().country(), e.occurred());
    }

    static boolean holds(JobDefinition job, String country, java.time.LocalDate occurred) {
        return (job.countries().isEmpty() || job.countries().contains(country))
                && (job.coverageFrom() == null || !occurred.isBefore(job.coverageFrom()));
    }

    /** The job asked for, if the event is in its scope; else a clear error naming the scope. */
    static JobDefinition check(JobDefinition job, Event e) {
        if (!holds(job, e)) {
            throw new FlashRequestException("event " + e.id() + " (" + e.place().country() + ", " + e.occurred()
                    + ") is outside the scope of job " + job.id() + " (countries " + job.countries()
                    + (job.coverageFrom() == null ? "" : ", from " + job.coverageFrom())
                    + "): choose another job with --job");
        }
        return job;
    }

    /** A job chosen for an event, and why, in words for the person who asked. */
    record Choice(JobDefinition job, String reason) {
    }

    /** The job the event belongs to when none was asked for; a clear error when no job's scope holds it. */
    static Choice choose(List<JobDefinition> jobs, Event e, java.util.function.Predicate<JobDefinition> assessedBefore) {
        List<JobDefinition> before = jobs.stream().filter(j -> holds(j, e) && assessedBefore.test(j)).toList();
        if (!before.isEmpty()) {
            return new Choice(before.get(0), "it has assessed the event before" + others(before));
        }
        List<JobDefinition> ruled = jobs.stream().filter(j -> holds(j, e) && j.flash().matches(e)).toList();
        if (!ruled.isEmpty()) {
            return new Choice(ruled.get(0), "its flash rule matches the event" + others(ruled));
        }
        List<JobDefinition> scoped = jobs.stream().filter(j -> holds(j, e)).toList();
        if (scoped.size() == 1) {
            return new Choice(scoped.get(0), "the only job whose scope holds the event");
        }
        return new Choice(first(jobs, e), "the first by id of the jobs whose scope holds the event" + others(scoped));
    }

    private static String others(List<JobDefinition> jobs) {
        return jobs.size() < 2 ? "" : " (also: " + String.join(", ", jobs.subList(1, jobs.size()).stream()
                .map(JobDefinition::id).toList()) + "; choose one with --job)";
    }

    /** The first job (by id) whose scope holds the event; a clear error when none does. */
    static JobDefinition first(List<JobDefinition> jobs, Event e) {
        return jobs.stream().filter(j -> holds(j, e)).findFirst().orElseThrow(() -> new FlashRequestException(
                "event " + e.id() + " (" + e.place().country() + ") is outside the scope of every job ("
                        + jobs.stream().map(j -> j.id() + " " + j.countries()).toList()
                        + "): no job assesses it; add its country to a job's scope.countries"));
    }
}
