package dev.sitrep.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.quartz.Calendar;
import org.quartz.Trigger;

/** The next firings of a job's triggers as Quartz computes them, with the dates its calendar excludes left out. */
final class FireTimes {

    private FireTimes() {
    }

    /** {@code calendars} finds a trigger's calendar by name (null: none). */
    static List<ZonedDateTime> next(List<? extends Trigger> triggers, Function<String, Calendar> calendars,
                                    Instant from, int count, ZoneId zone) {
        TreeSet<Instant> times = new TreeSet<>();
        for (Trigger trigger : triggers) {
            Calendar calendar = trigger.getCalendarName() == null ? null : calendars.apply(trigger.getCalendarName());
            Date after = Date.from(from);
            for (int i = 0; i < count; i++) {
                Date next = trigger.getFireTimeAfter(after);
                while (next != null && calendar != null && !calendar.isTimeIncluded(next.getTime())) {
                    next = trigger.getFireTimeAfter(next);
                }
                if (next == null) {
                    break;
                }
                times.add(next.toInstant());
                after = next;
            }
        }
        return times.stream().limit(count).map(t -> t.atZone(zone)).toList();
    }
}
