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

    Judgments(JdbcClient jdbc, EventLog events, TransactionTemplate transactions, Clock clock) {
        this.store = new JudgmentStore(jdbc);
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Parses and checks every file before storing any: one bad file stores nothing. A file whose content
     * equals the judgment's latest revision adds no revision.
     */
    public List<JudgmentAdded> add(List<Path> files) {
        Instant now = clock.instant();
        List<Judgment> parsed = new ArrayList<>();
        for (Path file : files) {
            Judgment judgment = JudgmentFile.parse(file.toString(), read(file), now);
            checkCitations(file, judgment);
            parsed.add(judgment);
        }
        return transactions.execute(status -> {
            List<JudgmentAdded> added = new ArrayList<>();
            for (int i = 0; i < parsed.size(); i++) {
                added.add(store(files.get(i).toString(), parsed.get(i)));
            }
            return added;
        });
    }

    /** The judgments that stand in (job, period), at their latest revision recorded by {@code asOf}. */
    public List<Judgment> standing(String jobId, IsoWeek period, Instant asOf) {
        return store.latestAsOf(asOf).stream().filter(j -> j.standsIn(jobId, period)).toList();
    }

    private JudgmentAdded store(String file, Judgment j) {
        String hash = Sha256.hex(String.join("\u001f", String.join(",", j.jobs()), j.section(), j.title(),
                j.from().toString(), String.valueOf(j.until()), j.confidence(), String.valueOf(j.likelihood()),
                j.body()));
        var latest = store.latest(j.id());
        if (latest.isPresent() && latest.get().contentHash().equals(hash)) {
            return new JudgmentAdded(file, j.id(), latest.get().revision(), false);
        }
        int revision = latest.map(s -> s.revision() + 1).orElse(1);
        store.insert(new Judgment(j.id(), revision, j.recorded(), j.jobs(), j.section(), j.title(), j.from(),
                j.until(), j.confidence(), j.likelihood(), j.body()), hash);
        return new JudgmentAdded(file, j.id(), revision, true);
    }

    /**
     * Every key must be a source or an event of the log, and a cited event must have happened by the end
     * of the first period the judgment stands in: an edition cannot cite what had not happened yet.
     */
    private void checkCitations(Path file, Judgment j) {
        String[] lines = read(file).split("\n", -1);
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
            if (occurred.isAfter(j.from().sunday())) {
                throw new JudgmentException(file + ":" + line + ": [@" + key + "] happened on " + occurred
                        + ", after the first period the judgment stands in (from: " + j.from() + " ends "
                        + j.from().sunday() + "); set from: " + IsoWeek.containing(occurred) + " or later");
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
