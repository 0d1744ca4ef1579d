package dev.sitrep.judgments;

import dev.sitrep.core.Citations;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Sha256;
import dev.sitrep.events.EventLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Analysts' judgments: add them from files (all or nothing), and find those standing in an edition. */
@Service
public class Judgments {

    private final JudgmentStore store;
    private final EventLog events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JudgmentTargets targets;

    Judgments(JdbcClient jdbc, EventLog events, TransactionTemplate transactions, Clock clock,
            JudgmentTargets targets) {
        this.store = new JudgmentStore(jdbc);
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.targets = targets;
    }

    /** A judgment file's name (for errors) and its text, from disk or from an HTTP request. */
    public record Text(String name, String content) {
    }

    /**
     * Parses and checks every file before storing any: one bad file stores nothing. A file whose content
     * equals the judgment's latest revision adds no revision.
     */
    public List<JudgmentAdded> add(List<Path> files) {
        return addTexts(files.stream().map(f -> new Text(f.toString(), read(f))).toList());
    }

    /** As {@link #add}, for texts that are not files (POST /api/judgments). */
    public List<JudgmentAdded> addTexts(List<Text> texts) {
        Instant now = clock.instant();
        List<Judgment> parsed = new ArrayList<>();
        for (Text text : texts) {
            Judgment judgment = JudgmentFile.parse(text.name(), text.content(), now, targets);
            checkCitations(text, judgment);
            parsed.add(judgment);
        }
        return transactions.execute(status -> {
            List<JudgmentAdded> added = new ArrayList<>();
            java.util.Set<String> replayed = replayedGroups(parsed);
            for (int i = 0; i < parsed.size(); i++) {
                Judgment j = parsed.get(i);
                if (replayed.contains(j.id())) {
                    int revision = store.latest(j.id()).orElseThrow().revision()
                            - (int) parsed.subList(i + 1, parsed.size()).stream().filter(o -> o.id().equals(j.id()))
                            .count();
                    added.add(new JudgmentAdded(texts.get(i).name(), j.id(), revision, false));
                } else {
                    added.add(store(texts.get(i).name(), j));
                }
            }
            return added;
        });
    }

    /**
     * The judgments that stand in (job, period) as recorded by {@code asOf}, each at the latest revision
     * whose wording stands in the period: a revision "revised: 2025-W47" leaves earlier periods' editions as
     * they were. Ordered by id.
     */
    public List<Judgment> standing(String jobId, IsoWeek period, Instant asOf) {
        java.util.Map<String, Judgment> effective = new java.util.TreeMap<>();
        for (Judgment j : store.revisionsAsOf(asOf)) {
            if (j.effectiveFrom().compareTo(period) <= 0) {
                effective.put(j.id(), j);
            }
        }
        return effective.values().stream().filter(j -> j.standsIn(jobId, period)).toList();
    }

    /** The latest revision of every judgment, ordered by id; only those past their review-by if {@code due}. */
    public List<Judgment> list(boolean due) {
        java.util.Map<String, Judgment> latest = new java.util.TreeMap<>();
        store.revisionsAsOf(clock.instant().plusSeconds(1)).forEach(j -> latest.put(j.id(), j));
        IsoWeek current = IsoWeek.containing(LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
        return latest.values().stream().filter(j -> !due || j.dueForReview(current)).toList();
    }

    /** Every revision of one judgment, oldest first. */
    public List<Judgment> revisions(String id) {
        List<Judgment> revisions = store.revisions(id);
        if (revisions.isEmpty()) {
            throw new UnknownJudgmentException("no judgment '" + id + "'");
        }
        return revisions;
    }

    /**
     * Several files of one id in a batch are its successive revisions (the sample's r1 and r2). Adding the
     * same batch again must add nothing: an id whose files equal its latest stored revisions, in order, is
     * left alone rather than stored as r3 = r1 and r4 = r2.
     */
    private java.util.Set<String> replayedGroups(List<Judgment> parsed) {
        java.util.Map<String, List<String>> hashes = new java.util.LinkedHashMap<>();
        parsed.forEach(j -> hashes.computeIfAbsent(j.id(), k -> new ArrayList<>()).add(hash(j)));
        java.util.Set<String> replayed = new java.util.HashSet<>();
        hashes.forEach((id, batch) -> {
            List<String> stored = store.hashes(id);
            if (batch.size() > 1 && stored.size() >= batch.size()
                    && stored.subList(stored.size() - batch.size(), stored.size()).equals(batch)) {
                replayed.add(id);
            }
        });
        return replayed;
    }

    private JudgmentAdded store(String file, Judgment j) {
        String hash = hash(j);
        var latest = store.latest(j.id());
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return new JudgmentAdded(file, j.id(), latest.get().revision(), false);
        }
        int revision = latest.map(st -> st.revision() + 1).orElse(1);
        store.insert(j.withRevision(revision), hash);
        return new JudgmentAdded(file, j.id(), revision, true);
    }

    private static String hash(Judgment j) {
        String content = String.join("\u001f", String.join(",", j.jobs()), j.section(), j.title(),
                j.from().toString(), String.valueOf(j.until()), j.confidence(), String.valueOf(j.likelihood()),
                j.body());
        // The fields added later join the hash only when given, so that a file without them that was stored
        // before still counts as unchanged (one with actors, places or tags, which were not stored then, is
        // stored again once, as a revision that records them).
        if (j.reviewBy() != null || j.revised() != null || !j.actors().isEmpty() || !j.places().isEmpty()
                || !j.tags().isEmpty()) {
            content = String.join("\u001f", content, String.valueOf(j.reviewBy()), String.valueOf(j.revised()),
                    String.join("\n", j.actors()), String.join("\n", j.places()), String.join("\n", j.tags()));
        }
        if (j.about() != null) {
            content = String.join("\u001f", content, "about", j.about().stored());
        }
        return Sha256.hex(content);
    }

    /**
     * Every key must be a source or an event of the log, and a cited event must have happened by the end
     * of the first period the judgment stands in: an edition cannot cite what had not happened yet.
     */
    private void checkCitations(Text text, Judgment j) {
        String file = text.name();
        String[] lines = text.content().replace("\r\n", "\n").split("\n", -1);
        for (String key : Citations.keys(j.body())) {
            int line = lineOf(lines, "@" + key);
            if (!key.startsWith("event:")) {
                if (!events.hasSource(key)) {
                    throw new JudgmentException(file + ":" + line + ": unknown citation [@" + key
                            + "]: no source with that key is in the event log; import the event that cites it first");
                }
                continue;
            }
            String eventId = key.substring("event:".length());
            LocalDate occurred = events.occurredOf(eventId).orElseThrow(() -> new JudgmentException(file + ":" + line
                    + ": unknown citation [@" + key + "]: no event with that id is in the log"));
            // A revision's wording stands from its 'revised' period: it may cite what happened by then.
            IsoWeek first = j.effectiveFrom();
            String field = first.equals(j.from()) ? "from" : "revised";
            if (occurred.isAfter(first.sunday())) {
                throw new JudgmentException(file + ":" + line + ": [@" + key + "] happened on " + occurred
                        + ", after the first period the judgment stands in (" + field + ": " + first + " ends "
                        + first.sunday() + "); set " + field + ": " + IsoWeek.containing(occurred) + " or later");
            }
        }
    }

    private static int lineOf(String[] lines, String needle) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JudgmentException(file + ": cannot read: " + e.getMessage());
        }
    }
}
