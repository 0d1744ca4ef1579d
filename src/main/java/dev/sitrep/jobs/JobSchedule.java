package dev.sitrep.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TimeZone;
import java.util.TreeSet;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.calendar.HolidayCalendar;

/**
 * When a job fires: a Quartz cron in an IANA zone, what to do about a missed firing, and the dates (in
 * that zone) on which it does not fire. Builds the Quartz objects, so the schedule a test checks is the
 * one the scheduler runs.
 */
record JobSchedule(String cron, ZoneId zone, Misfire misfire, SortedSet<LocalDate> excluded) {

    JobSchedule {
        excluded = new TreeSet<>(excluded);
    }

    /** What Quartz does when a firing was missed (scheduler down, database down, every node busy). */
    enum Misfire {
        /** Fire once as soon as possible, then keep to the schedule (the default). */
        FIRE_ONCE_NOW("fire-once-now"),
        /** Let the missed firing go; the next one comes on schedule. */
        SKIP("skip");

        final String yaml;

        Misfire(String yaml) {
            this.yaml = yaml;
        }

        static Optional<Misfire> of(String yaml) {
            for (Misfire m : values()) {
                if (m.yaml.equals(yaml)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    /** How far ahead the firings that DST would swallow are stored; every reload (and serve) moves it on. */
    static final java.time.Duration GAP_HORIZON = java.time.Duration.ofDays(5 * 366);

    static String calendarName(String jobId) {
        return Schedules.GROUP + "-" + jobId + "-excluded";
    }

    /** The Quartz calendar of the excluded dates, each a whole day in the job's zone; empty when none. */
    Optional<HolidayCalendar> calendar() {
        if (excluded.isEmpty()) {
            return Optional.empty();
        }
        HolidayCalendar calendar = new HolidayCalendar();
        // The zone first: the calendar cuts the dates it is given into days of its own zone.
        calendar.setTimeZone(TimeZone.getTimeZone(zone));
        calendar.setDescription("dates on which no firing happens, in " + zone.getId());
        excluded.forEach(d -> calendar.addExcludedDate(Date.from(d.atStartOfDay(zone).toInstant())));
        return Optional.of(calendar);
    }

    /** The job's cron trigger, fires from {@code start} on (the scheduler passes the system's now). */
    CronTrigger cronTrigger(JobKey job, Instant start) {
        TriggerBuilder<CronTrigger> trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(job.getName(), job.getGroup()))
                .forJob(job)
                .startAt(Date.from(start))
                .withSchedule(cronSchedule());
        calendar().ifPresent(c -> trigger.modifiedByCalendar(calendarName(job.getName())));
        return trigger.build();
    }

    CronScheduleBuilder cronSchedule() {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
        return misfire == Misfire.SKIP ? schedule.withMisfireHandlingInstructionDoNothing()
                : schedule.withMisfireHandlingInstructionFireAndProceed();
    }

    /** The cron trigger and the one-shot triggers for the firings DST would swallow between from and to. */
    List<Trigger> triggers(JobKey job, Instant from, Instant to) {
        List<Trigger> triggers = new ArrayList<>();
        triggers.add(cronTrigger(job, from));
        triggers.addAll(DstGaps.oneShots(this, job, from, to));
        return triggers;
    }

    /** The next firings after {@code from}, in the job's zone, as the scheduler would make them. */
    List<ZonedDateTime> nextFireTimes(Instant from, int count) {
        JobKey key = JobKey.jobKey("preview", Schedules.GROUP);
        Optional<HolidayCalendar> calendar = calendar();
        return FireTimes.next(triggers(key, from, from.plus(GAP_HORIZON)), name -> calendar.orElse(null), from,
                count, zone);
    }

    /** Everything that decides the firings: a stored job whose fingerprint matches needs no update. */
    String fingerprint() {
        return cron + "|" + zone.getId() + "|" + misfire.yaml + "|" + excluded;
    }
}
