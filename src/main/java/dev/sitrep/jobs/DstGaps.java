package dev.sitrep.jobs;

import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.JobKey;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Quartz's cron skips a wall-clock time that the spring-forward gap removes: a 02:30 daily job in
 * New York would not fire at all on the second Sunday of March. A daily assessment must still come out
 * that day, so each such firing becomes a one-shot trigger at the time java.time gives it (moved on by
 * the gap's length: 03:30 EDT). The fall-back overlap needs nothing: Quartz fires a repeated time once.
 */
final class DstGaps {

    static final String MARK = "-dst-";

    private DstGaps() {
    }

    static List<Trigger> oneShots(JobSchedule schedule, JobKey job, Instant from, Instant to) {
        CronExpression wallClock = expression(schedule.cron(), TimeZone.getTimeZone(ZoneOffset.UTC));
        CronExpression inZone = expression(schedule.cron(), TimeZone.getTimeZone(schedule.zone()));
        List<Trigger> triggers = new ArrayList<>();
        ZoneOffsetTransition t = schedule.zone().getRules().nextTransition(from);
        for (; t != null && t.getInstant().isBefore(to); t = schedule.zone().getRules().nextTransition(t.getInstant())) {
            if (!t.isGap()) {
                continue;
            }
            // The cron read on wall-clock times (as if UTC): its first time inside the gap, if any.
            Date inGap = wallClock.getTimeAfter(Date.from(t.getDateTimeBefore().minusSeconds(1).toInstant(ZoneOffset.UTC)));
            if (inGap == null || !inGap.toInstant().isBefore(t.getDateTimeAfter().toInstant(ZoneOffset.UTC))) {
                continue;
            }
            // An hourly (or more frequent) cron still fires in the hour after the gap: nothing is lost but
            // a time that did not exist, and a one-shot would fire twice.
            Date quartzNext = inZone.getTimeAfter(Date.from(t.getInstant().minusSeconds(1)));
            if (quartzNext != null && quartzNext.toInstant().isBefore(t.getInstant().plus(t.getDuration()))) {
                continue;
            }
            LocalDateTime missed = LocalDateTime.ofInstant(inGap.toInstant(), ZoneOffset.UTC);
            if (schedule.excluded().contains(missed.toLocalDate())) {
                continue;
            }
            triggers.add(oneShot(schedule, job, missed, ZonedDateTime.of(missed, schedule.zone()).toInstant()));
        }
        return triggers;
    }

    static boolean isOneShot(TriggerKey key, JobKey job) {
        return key.getName().startsWith(job.getName() + MARK);
    }

    private static Trigger oneShot(JobSchedule schedule, JobKey job, LocalDateTime missed, Instant at) {
        SimpleScheduleBuilder once = SimpleScheduleBuilder.simpleSchedule();
        once = schedule.misfire() == JobSchedule.Misfire.SKIP ? once.withMisfireHandlingInstructionNextWithRemainingCount()
                : once.withMisfireHandlingInstructionFireNow();
        TriggerBuilder<?> trigger = TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(job.getName() + MARK + missed.toLocalDate(), job.getGroup()))
                .withDescription("in place of " + missed + ", which the change to summer time skips")
                .forJob(job)
                .startAt(Date.from(at))
                .withSchedule(once);
        schedule.calendar().ifPresent(c -> trigger.modifiedByCalendar(JobSchedule.calendarName(job.getName())));
        return trigger.build();
    }

    private static CronExpression expression(String cron, TimeZone zone) {
        try {
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(zone);
            return expression;
        } catch (ParseException e) {
            throw new JobDefinitionException("'" + cron + "' is not a Quartz cron expression: " + e.getMessage());
        }
    }
}
