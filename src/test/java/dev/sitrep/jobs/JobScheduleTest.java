package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.spi.OperableTrigger;

/** The schedule as Quartz computes it, without a scheduler: DST, misfires, excluded dates, the period. */
class JobScheduleTest {

    private static final JobKey JOB = JobKey.jobKey("test-job", Schedules.GROUP);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static JobSchedule daily(String time, ZoneId zone, JobSchedule.Misfire misfire, LocalDate... excluded) {
        String[] hm = time.split(":");
        return new JobSchedule("0 " + Integer.parseInt(hm[1]) + " " + Integer.parseInt(hm[0]) + " * * ?", zone,
                misfire, new TreeSet<>(List.of(excluded)));
    }

    /** Every firing between two dates (in the zone), from each trigger Quartz would hold, through its calendar. */
    private static List<ZonedDateTime> firings(JobSchedule schedule, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(schedule.zone()).toInstant();
        Instant end = to.atStartOfDay(schedule.zone()).toInstant();
        List<ZonedDateTime> times = new ArrayList<>();
        org.quartz.Calendar calendar = schedule.calendar().orElse(null);
        for (Trigger trigger : schedule.triggers(JOB, start, end)) {
            // As the scheduler does on storing a trigger, then after each firing (TriggerUtils would move a
            // one-shot trigger's start to the window's start, so it is not used here).
            OperableTrigger t = (OperableTrigger) ((OperableTrigger) trigger).clone();
            for (Date next = t.computeFirstFireTime(calendar); next != null && next.before(Date.from(end));
                 next = nextIncluded(t, calendar, next)) {
                times.add(next.toInstant().atZone(schedule.zone()));
            }
        }
        return times.stream().sorted().toList();
    }

    private static Date nextIncluded(Trigger trigger, org.quartz.Calendar calendar, Date after) {
        Date next = trigger.getFireTimeAfter(after);
        while (next != null && calendar != null && !calendar.isTimeIncluded(next.getTime())) {
            next = trigger.getFireTimeAfter(next);
        }
        return next;
    }

    private static List<ZonedDateTime> on(List<ZonedDateTime> firings, LocalDate day) {
        return firings.stream().filter(t -> t.toLocalDate().equals(day)).toList();
    }

    @Test
    void aDailyJobAtTwoThirtyInNewYorkFiresOnceOnTheDayTheClocksSkipTwoThirty() {
        LocalDate springForward = LocalDate.of(2025, 3, 9);
        List<ZonedDateTime> firings = firings(daily("02:30", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW),
                springForward.minusDays(2), springForward.plusDays(2));

        assertThat(on(firings, springForward)).singleElement()
                .satisfies(t -> assertThat(t.toLocalTime()).hasToString("03:30"));
        assertThat(firings).hasSize(4).allSatisfy(t -> assertThat(t.getMinute()).isEqualTo(30));
    }

    @Test
    void aDailyJobFiresOnceOnTheDayTheClocksGoBackEvenAtATimeThatHappensTwice() {
        LocalDate fallBack = LocalDate.of(2025, 11, 2);
        List<ZonedDateTime> twoThirty = firings(daily("02:30", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW),
                fallBack.minusDays(1), fallBack.plusDays(1));
        List<ZonedDateTime> oneThirty = firings(daily("01:30", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW),
                fallBack.minusDays(1), fallBack.plusDays(1));

        assertThat(on(twoThirty, fallBack)).singleElement().satisfies(t -> assertThat(t.getHour()).isEqualTo(2));
        assertThat(on(oneThirty, fallBack)).as("01:30 happens twice that night").singleElement()
                .satisfies(t -> assertThat(t.getHour()).isEqualTo(1));
    }

    @Test
    void aDailyJobInLondonFiresOnceADayAcrossBothChangesOfTheClocks() {
        for (String time : List.of("01:30", "02:30")) {
            JobSchedule schedule = daily(time, LONDON, JobSchedule.Misfire.FIRE_ONCE_NOW);
            for (LocalDate change : List.of(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 10, 26))) {
                List<ZonedDateTime> firings = firings(schedule, change.minusDays(3), change.plusDays(3));
                assertThat(firings).as(time + " around " + change).hasSize(6)
                        .extracting(ZonedDateTime::toLocalDate).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void anHourlyJobLosesOnlyTheHourThatDoesNotExistAndGetsNoExtraFiring() {
        JobSchedule hourly = new JobSchedule("0 30 * * * ?", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW,
                new TreeSet<>());
        LocalDate springForward = LocalDate.of(2025, 3, 9);
        assertThat(on(firings(hourly, springForward, springForward.plusDays(1)), springForward)).hasSize(23)
                .doesNotHaveDuplicates();
    }

    @Test
    void theMisfirePolicyBecomesQuartzsMisfireInstruction() {
        Instant now = Instant.parse("2025-03-01T00:00:00Z");
        CronTrigger fireOnce = daily("02:30", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW).cronTrigger(JOB, now);
        CronTrigger skip = daily("02:30", NEW_YORK, JobSchedule.Misfire.SKIP).cronTrigger(JOB, now);

        assertThat(fireOnce.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(skip.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
        assertThat(daily("02:30", NEW_YORK, JobSchedule.Misfire.SKIP)
                .triggers(JOB, now, Instant.parse("2025-04-01T00:00:00Z")))
                .filteredOn(t -> t instanceof SimpleTrigger).singleElement()
                .extracting(Trigger::getMisfireInstruction)
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
    }

    @Test
    void anExcludedDateHasNoFiringAWholeDayLongInTheJobsZone() {
        ZoneId damascus = ZoneId.of("Asia/Damascus");
        LocalDate christmas = LocalDate.of(2025, 12, 25);
        // 00:30 in Damascus is still 24 December in UTC: the calendar must cut days in Damascus.
        JobSchedule schedule = daily("00:30", damascus, JobSchedule.Misfire.FIRE_ONCE_NOW, christmas);

        List<ZonedDateTime> firings = firings(schedule, christmas.minusDays(2), christmas.plusDays(2));

        assertThat(firings).extracting(ZonedDateTime::toLocalDate)
                .containsExactly(christmas.minusDays(2), christmas.minusDays(1), christmas.plusDays(1));
        assertThat(schedule.nextFireTimes(christmas.minusDays(1).atStartOfDay(damascus).toInstant().plusSeconds(3600), 2))
                .extracting(ZonedDateTime::toLocalDate).containsExactly(christmas.plusDays(1), christmas.plusDays(2));
    }

    @Test
    void aMondayFiringJustAfterMidnightInDamascusPublishesTheWeekJustEndedThereThoughUtcIsStillSunday() {
        JobSchedule schedule = new JobSchedule("0 30 0 ? * MON", ZoneId.of("Asia/Damascus"),
                JobSchedule.Misfire.FIRE_ONCE_NOW, new TreeSet<>());
        ZonedDateTime firing = schedule.nextFireTimes(Instant.parse("2025-11-30T12:00:00Z"), 1).get(0);

        assertThat(firing.toInstant()).isEqualTo(Instant.parse("2025-11-30T21:30:00Z"));
        assertThat(firing.toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(ScheduledPublication.periodFor(firing.toLocalDate())).hasToString("2025-W48");
        assertThat(ScheduledPublication.periodFor(firing.toInstant().atZone(ZoneId.of("UTC")).toLocalDate()))
                .as("what UTC would wrongly say").hasToString("2025-W47");
    }

    @Test
    void theFingerprintChangesWithEveryPartOfTheSchedule() {
        JobSchedule base = daily("06:00", LONDON, JobSchedule.Misfire.FIRE_ONCE_NOW);
        assertThat(Set.of(base.fingerprint(), daily("06:01", LONDON, JobSchedule.Misfire.FIRE_ONCE_NOW).fingerprint(),
                daily("06:00", NEW_YORK, JobSchedule.Misfire.FIRE_ONCE_NOW).fingerprint(),
                daily("06:00", LONDON, JobSchedule.Misfire.SKIP).fingerprint(),
                daily("06:00", LONDON, JobSchedule.Misfire.FIRE_ONCE_NOW, LocalDate.of(2025, 12, 25)).fingerprint()))
                .hasSize(5);
    }
}
