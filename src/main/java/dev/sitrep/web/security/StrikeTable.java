package dev.sitrep.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins counted per key (a user name, or a client address) within a sliding window, and the
 * locks they lead to: {@code limit} failures within the window lock the key; each lock that follows
 * another without a quiet window between lasts twice as long, up to the longest. The table holds at
 * most {@code maxKeys} keys: when full it forgets those with nothing left to remember, then the one that
 * matters least soon (whose lock and failures run out first), so a flood of names or addresses cannot
 * grow it, nor easily push out a lock in force.
 */
final class StrikeTable {

    /** A lock one failure began. */
    record Lock(Duration length, Instant until) {
    }

    /** One failure, and the other side of it (the address a name failed from). */
    private record Strike(Instant at, String other) {
    }

    private static final class Entry {
        final ArrayDeque<Strike> strikes = new ArrayDeque<>();
        Instant lockedUntil = Instant.EPOCH;
        int locks;

        /** Until when this entry says anything: its lock (and the doubling it may lead to), its failures. */
        Instant relevantUntil(Duration window) {
            Instant last = strikes.isEmpty() ? Instant.EPOCH : strikes.getLast().at();
            Instant lock = lockedUntil.plus(window);
            return last.plus(window).isAfter(lock) ? last.plus(window) : lock;
        }
    }

    private final int limit;
    private final Duration window;
    private final Duration firstLock;
    private final Duration maxLock;
    private final int maxKeys;
    private final Map<String, Entry> entries = new HashMap<>();

    StrikeTable(int limit, Duration window, Duration firstLock, Duration maxLock, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.firstLock = firstLock;
        this.maxLock = maxLock;
        this.maxKeys = maxKeys;
    }

    /** When the key's lock ends, if it is locked at {@code now}. */
    synchronized Optional<Instant> lockedUntil(String key, Instant now) {
        Entry entry = entries.get(key);
        return entry != null && entry.lockedUntil.isAfter(now) ? Optional.of(entry.lockedUntil) : Optional.empty();
    }

    /** Counts one failure of {@code key}; the lock it begins, if it is the limit's. */
    synchronized Optional<Lock> strike(String key, String other, Instant now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            makeRoom(now);
            entry = new Entry();
            entries.put(key, entry);
        }
        Instant windowStart = now.minus(window);
        entry.strikes.removeIf(s -> !s.at().isAfter(windowStart));
        entry.strikes.addLast(new Strike(now, other));
        if (entry.strikes.size() < limit) {
            return Optional.empty();
        }
        entry.strikes.clear();
        // A key quiet for a whole window since its last lock ended starts again from the first length.
        if (!now.isBefore(entry.lockedUntil.plus(window))) {
            entry.locks = 0;
        }
        Duration length = lockLength(entry.locks);
        entry.locks++;
        Instant until = now.plus(length);
        entry.lockedUntil = until.isAfter(entry.lockedUntil) ? until : entry.lockedUntil;
        return Optional.of(new Lock(length, entry.lockedUntil));
    }

    /** Forgets the key's failures that came from {@code other}; a lock in force stays. */
    synchronized void forgive(String key, String other) {
        Entry entry = entries.get(key);
        if (entry != null) {
            entry.strikes.removeIf(s -> s.other().equals(other));
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private Duration lockLength(int locksBefore) {
        Duration length = firstLock;
        for (int i = 0; i < locksBefore && length.compareTo(maxLock) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLock) < 0 ? length : maxLock;
    }

    private void makeRoom(Instant now) {
        if (entries.size() < maxKeys) {
            return;
        }
        entries.values().removeIf(e -> !e.relevantUntil(window).isAfter(now));
        if (entries.size() >= maxKeys) {
            entries.entrySet().stream().min(Comparator.comparing(e -> e.getValue().relevantUntil(window)))
                    .map(Map.Entry::getKey).ifPresent(entries::remove);
        }
    }
}
