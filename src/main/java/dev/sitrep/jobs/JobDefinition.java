package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.core.IsoWeek;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

/** A job as an admin defines it in {@code jobs/<id>.yml}, validated at load. */
record JobDefinition(
        String id,
        String title,
        JobSchedule schedule,
        int baselineWeeks,
        String template,
        String citationStyle,
        String pageSize,
        int notableEvents,
        List<String> countries,
        java.time.LocalDate coverageFrom,
        PrognosisSettings prognosis,
        Integer keepSuperseded,
        Path file,
        boolean publicAccess,
        boolean reviewRequired,
        FlashRule flash,
        OnDisagreement onDisagreement) {

    JobDefinition {
        countries = List.copyOf(countries);
    }

    String cron() {
        return schedule.cron();
    }

    ZoneId zone() {
        return schedule.zone();
    }

    /**
     * Refuses a week that ends before {@code scope.from}: the log is not kept for it, so its edition would
     * have no events, no baseline and no history. A week that holds {@code scope.from} is in scope.
     */
    void checkInScope(IsoWeek week, java.time.Instant now) {
        checkInScope(week);
        java.time.LocalDate today = now.atZone(zone()).toLocalDate();
        if (week.monday().isAfter(today)) {
            throw new PeriodOutsideScopeException(id + ": " + week + " has not begun (today is " + today + " in "
                    + zone() + "): an edition covers a week that has begun, usually the one just ended");
        }
    }

    void checkInScope(IsoWeek week) {
        if (coverageFrom != null && week.sunday().isBefore(coverageFrom)) {
            throw new PeriodOutsideScopeException(id + ": " + week + " is before the job's scope, which starts "
                    + coverageFrom + " (scope.from in " + file + ")");
        }
    }
}
