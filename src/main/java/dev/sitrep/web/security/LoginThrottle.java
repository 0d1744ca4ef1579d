package dev.sitrep.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Limits password guessing, by user name and by client address, each on its own count (README, Security):
 * <ul>
 * <li>An address with too many failures (for any names) within the window is refused every sign-in,
 * correct or not, until its lock ends.</li>
 * <li>A name with too many failures (from any addresses) is refused from every address except those it has
 * signed in from before: so an attacker elsewhere cannot lock its owner out, however long they keep at it,
 * while from anywhere else the name gets a few guesses per lock, and locks grow to the cap.</li>
 * <li>A success forgets the failures for that name from that address (the user's own typos), not those
 * from elsewhere: a script signing in with HTTP Basic at every request would otherwise wipe an
 * attacker's count as fast as it grows. It never shortens a lock.</li>
 * </ul>
 * Only passwords are throttled: an API token is 32 random bytes, which no one guesses. Names that can
 * never be a user's (not a valid user name) are counted against their address only, so they take no room.
 */
final class LoginThrottle {

    /** Addresses remembered per name. */
    static final int KNOWN_ADDRESSES_PER_NAME = 4;

    /** Why a sign-in is refused before its password is checked. */
    record Refusal(boolean byName, String name, String address, Instant until, Duration retryAfter) {
    }

    /** A lock one failure began, on the name ({@code byName}) or the address. */
    record Locked(boolean byName, String name, String address, Duration length, Instant until, int failures,
                  Duration window) {
    }

    private final Clock clock;
    private final SecuritySettings.Throttle settings;
    private final StrikeTable names;
    private final StrikeTable addresses;
    private final Map<String, Set<String>> knownAddresses;

    LoginThrottle(SecuritySettings.Throttle settings, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.names = new StrikeTable(settings.failuresPerName(), settings.window(), settings.firstLock(),
                settings.maxLock(), settings.maxTracked());
        this.addresses = new StrikeTable(settings.failuresPerAddress(), settings.window(), settings.firstLock(),
                settings.maxLock(), settings.maxTracked());
        // Only a correct password adds to it, so it holds real users; bounded all the same, oldest use first out.
        this.knownAddresses = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
                return size() > settings.maxTracked();
            }
        };
    }

    /** Why this attempt is refused unheard, if it is. */
    Optional<Refusal> refusal(String name, String address) {
        Instant now = clock.instant();
        Optional<Instant> addressLock = addresses.lockedUntil(address, now);
        if (addressLock.isPresent()) {
            return Optional.of(refusal(false, name, address, addressLock.get(), now));
        }
        Optional<Instant> nameLock = Users.isValidName(name) ? names.lockedUntil(name, now) : Optional.empty();
        if (nameLock.isPresent() && !isKnown(name, address)) {
            return Optional.of(refusal(true, name, address, nameLock.get(), now));
        }
        return Optional.empty();
    }

    /** Counts a wrong password; the locks it began (none, the name's, the address's or both). */
    List<Locked> failed(String name, String address) {
        Instant now = clock.instant();
        List<Locked> locks = new ArrayList<>(2);
        if (Users.isValidName(name)) {
            names.strike(name, address, now).ifPresent(lock -> locks.add(new Locked(true, name, address,
                    lock.length(), lock.until(), settings.failuresPerName(), settings.window())));
        }
        addresses.strike(address, name, now).ifPresent(lock -> locks.add(new Locked(false, name, address,
                lock.length(), lock.until(), settings.failuresPerAddress(), settings.window())));
        return locks;
    }

    void succeeded(String name, String address) {
        names.forgive(name, address);
        synchronized (knownAddresses) {
            Set<String> known = knownAddresses.computeIfAbsent(name, n -> new LinkedHashSet<>());
            known.remove(address);
            known.add(address);
            if (known.size() > KNOWN_ADDRESSES_PER_NAME) {
                known.remove(known.iterator().next());
            }
        }
    }

    /** How many names and addresses are tracked: never more than {@code maxTracked} each. */
    int tracked() {
        return names.size() + addresses.size();
    }

    private boolean isKnown(String name, String address) {
        synchronized (knownAddresses) {
            Set<String> known = knownAddresses.get(name);
            return known != null && known.contains(address);
        }
    }

    private static Refusal refusal(boolean byName, String name, String address, Instant until, Instant now) {
        // Retry-After counts whole seconds; rounding up never invites a retry the lock would refuse.
        Duration left = Duration.between(now, until);
        Duration seconds = Duration.ofSeconds(left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
        return new Refusal(byName, name, address, until, seconds);
    }
}
