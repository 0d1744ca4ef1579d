package dev.sitrep.jobs;

import dev.sitrep.archive.Archive;
import dev.sitrep.assessment.FlashSubject;
import dev.sitrep.delivery.FlashAlertText;
import dev.sitrep.delivery.FlashAlerts;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.EventsImported;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs each job's flash rule once an import has committed. Per job: the new events of the import that
 * match the rule, the corrections of events that already have a flash assessment (a later revision or a
 * withdrawal makes v2), and the events with a flash assessment that a stored event is related to (a new
 * or late related event makes v2). Up to the rule's limit, each is assessed, published and delivered to the
 * subscribers who opted into flash alerts; beyond it (a backfill, a storm) nothing is assessed
 * automatically and the job's subscribers get one grouped alert listing the matches. A failed
 * assessment is logged and kept in the batch tables; it never fails the import, which has committed.
 */
@Component
class FlashTrigger {

    private static final Logger log = LoggerFactory.getLogger(FlashTrigger.class);

    private final JobCatalog catalog;
    private final EventLog events;
    private final FlashPublisher publisher;
    private final FlashAlerts alerts;
    private final Archive archive;
    private final dev.sitrep.archive.Editions editions;
    private final Clock clock;

    FlashTrigger(JobCatalog catalog, EventLog events, FlashPublisher publisher, FlashAlerts alerts, Archive archive,
                 dev.sitrep.archive.Editions editions, Clock clock) {
        this.editions = editions;
        this.catalog = catalog;
        this.events = events;
        this.publisher = publisher;
        this.alerts = alerts;
        this.archive = archive;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onImport(EventsImported imported) {
        List<Event> stored = events.find(Set.copyOf(imported.eventIds()), clock.instant());
        for (JobCatalog.Entry entry : catalog.load()) {
            if (entry.ok() && entry.definition().flash().triggers()) {
                run(entry.definition(), stored, imported);
            }
        }
    }

    private void run(JobDefinition job, List<Event> stored, EventsImported imported) {
        List<Event> matches = new ArrayList<>();
        for (Event e : stored) {
            boolean assessedBefore = e.revision() > 1
                    && archive.latest(job.id(), FlashSubject.editionOf(e.id())).isPresent();
            boolean fresh = e.revision() == 1 && job.flash().matches(e);
            if (FlashScope.holds(job, e) && (fresh || assessedBefore)) {
                matches.add(e);
            }
        }
        for (Event assessed : assessedAndRelatedTo(job, stored)) {
            if (matches.stream().noneMatch(m -> m.id().equals(assessed.id()))) {
                matches.add(assessed);
            }
        }
        if (matches.isEmpty() && imported.unlisted() == 0) {
            return;
        }
        if (matches.size() > job.flash().limit() || imported.unlisted() > 0) {
            alerts.sendGrouped(job.id(), job.title(), imported.origin(), matches.stream().map(FlashTrigger::item).toList(),
                    job.flash().limit(), imported.unlisted());
            return;
        }
        for (Event e : matches) {
            try {
                PublishOutcome outcome = publisher.assess(e.id(), job.id(), true);
                log.info("{}: flash {} {}", job.id(), outcome.period(), outcome.published()
                        ? "v" + outcome.version() + " published" : "unchanged since v" + outcome.version());
            } catch (RuntimeException failure) {
                log.warn("{}: the flash assessment of {} failed ({}); `sitrep assess {} --job {}` tries again", job.id(),
                        e.id(), failure.getMessage(), e.id(), job.id());
            }
        }
    }

    /** The events with a flash under the job that one of {@code stored} is related to, within their windows. */
    private List<Event> assessedAndRelatedTo(JobDefinition job, List<Event> stored) {
        Set<String> subjects = new java.util.TreeSet<>();
        editions.list(job.id(), null, null).stream().map(v -> v.period()).filter(p -> p.startsWith("flash-"))
                .forEach(p -> subjects.add(p.substring("flash-".length())));
        stored.forEach(e -> subjects.remove(e.id()));
        if (subjects.isEmpty()) {
            return List.of();
        }
        return events.find(subjects, clock.instant()).stream()
                .filter(s -> stored.stream().anyMatch(e -> inPatternOf(job, s, e))).toList();
    }

    /** {@code e} is of {@code subject}'s pattern: related to it and within its window (withdrawn or not). */
    private static boolean inPatternOf(JobDefinition job, Event subject, Event e) {
        dev.sitrep.core.IsoWeek week = dev.sitrep.core.IsoWeek.containing(subject.occurred());
        return FlashScope.holds(job, e) && RelatedEvents.seriesOf(subject).matches(Gatherer.observation(e))
                && (subject.subType() == null || subject.subType().equals(e.subType()))
                && !e.occurred().isBefore(week.minusWeeks(job.baselineWeeks()).monday())
                && !e.occurred().isAfter(week.sunday());
    }

    private static FlashAlertText.Item item(Event e) {
        String where = e.place().name() != null ? e.place().name() : String.valueOf(e.place().admin1());
        return new FlashAlertText.Item(e.id(), e.occurred().toString(), where, e.summary());
    }
}
