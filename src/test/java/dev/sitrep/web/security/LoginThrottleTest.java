package dev.sitrep.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.9";
    private static final String HOME = "198.51.100.7";
    private static final String ELSEWHERE = "192.0.2.44";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    /** 5 per name, 20 per address, a 15-minute window, locks of 1 minute doubling up to 15. */
    private LoginThrottle throttle = new LoginThrottle(new SecuritySettings.Throttle(null, null, null, null, null, null),
            clock);

    private List<LoginThrottle.Locked> fail(String name, String address, int times) {
        List<LoginThrottle.Locked> locks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            locks.addAll(throttle.failed(name, address));
        }
        return locks;
    }

    @Test
    void fiveWrongPasswordsForANameLockItForAMinuteFromAnyNewAddressThenItOpensAgain() {
        assertThat(fail("admin", ATTACKER, 4)).isEmpty();
        assertThat(throttle.refusal("admin", ATTACKER)).isEmpty();

        List<LoginThrottle.Locked> locks = fail("admin", ATTACKER, 1);

        assertThat(locks).singleElement().satisfies(lock -> {
            assertThat(lock.byName()).isTrue();
            assertThat(lock.length()).isEqualTo(Duration.ofMinutes(1));
            assertThat(lock.address()).isEqualTo(ATTACKER);
        });
        assertThat(throttle.refusal("admin", ATTACKER)).hasValueSatisfying(refusal -> {
            assertThat(refusal.byName()).isTrue();
            assertThat(refusal.retryAfter()).isEqualTo(Duration.ofSeconds(60));
        });
        assertThat(throttle.refusal("admin", ELSEWHERE)).isPresent();
        assertThat(throttle.refusal("carol", ATTACKER)).as("another name from the same address").isEmpty();
        clock.advance(Duration.ofSeconds(59).plusMillis(500));
        assertThat(throttle.refusal("admin", ATTACKER).orElseThrow().retryAfter()).as("rounded up")
                .isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofMillis(500));
        assertThat(throttle.refusal("admin", ATTACKER)).isEmpty();
    }

    @Test
    void locksThatFollowEachOtherDoubleUpToFifteenMinutesAndAQuietWindowStartsThemAgain() {
        List<Duration> lengths = new ArrayList<>();
        for (int lock = 0; lock < 6; lock++) {
            LoginThrottle.Locked locked = fail("admin", ATTACKER, 5).get(0);
            lengths.add(locked.length());
            clock.set(locked.until());
        }

        assertThat(lengths).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15));
        assertThat(fail("admin", ATTACKER, 5)).singleElement()
                .satisfies(lock -> assertThat(lock.length()).isEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        fail("admin", ATTACKER, 4);
        clock.advance(Duration.ofMinutes(15));

        assertThat(fail("admin", ATTACKER, 4)).isEmpty();
        assertThat(throttle.refusal("admin", ATTACKER)).isEmpty();
        assertThat(fail("admin", ATTACKER, 1)).hasSize(1);
    }

    @Test
    void anAttackerElsewhereCannotLockTheOwnerOutOfAnAddressTheNameHasSignedInFrom() {
        throttle.succeeded("admin", HOME);
        for (int round = 0; round < 10; round++) {
            fail("admin", ATTACKER, 5);
            assertThat(throttle.refusal("admin", ATTACKER)).isPresent();
            assertThat(throttle.refusal("admin", ELSEWHERE)).isPresent();
            assertThat(throttle.refusal("admin", HOME)).as("round " + round).isEmpty();
            clock.advance(Duration.ofMinutes(16));
        }
    }

    @Test
    void aSuccessForgetsTheNamesFailuresFromItsOwnAddressButNotAnAttackersNorALock() {
        fail("admin", HOME, 4);
        throttle.succeeded("admin", HOME);
        assertThat(fail("admin", HOME, 4)).as("the owner's typos were forgotten").isEmpty();

        throttle.succeeded("admin", HOME);
        fail("admin", ATTACKER, 4);
        throttle.succeeded("admin", HOME);
        assertThat(fail("admin", ATTACKER, 1)).as("the attacker's four still count").hasSize(1);

        throttle.succeeded("admin", HOME);
        assertThat(throttle.refusal("admin", ELSEWHERE)).as("a success lifts no lock").isPresent();
    }

    @Test
    void anAddressWithTwentyFailuresForAnyNamesIsRefusedEvenTheRightPasswordAndOthersAreNot() {
        for (int i = 0; i < 19; i++) {
            fail("user" + i, ATTACKER, 1);
        }
        assertThat(throttle.refusal("carol", ATTACKER)).isEmpty();

        assertThat(fail("user19", ATTACKER, 1)).singleElement().satisfies(lock -> {
            assertThat(lock.byName()).isFalse();
            assertThat(lock.failures()).isEqualTo(20);
        });

        throttle.succeeded("carol", ATTACKER);
        assertThat(throttle.refusal("carol", ATTACKER)).hasValueSatisfying(r -> assertThat(r.byName()).isFalse());
        assertThat(throttle.refusal("carol", ELSEWHERE)).isEmpty();
        assertThat(throttle.refusal("user3", ELSEWHERE)).as("one failure each is no lock").isEmpty();
    }

    @Test
    void aNameNoUserCanHaveCountsAgainstItsAddressOnlyAndTakesNoRoom() {
        String notAName = "x".repeat(5_000) + "\r\nforged log line";

        assertThat(fail(notAName, ATTACKER, 19)).isEmpty();
        assertThat(throttle.tracked()).isEqualTo(1);
        assertThat(fail(notAName, ATTACKER, 1)).singleElement()
                .satisfies(lock -> assertThat(lock.byName()).isFalse());
        assertThat(AuthenticationLog.shown(notAName)).doesNotContain("\r", "\n").hasSizeLessThan(80);
    }

    @Test
    void aFloodOfNamesAndAddressesStaysWithinTheBoundAndDoesNotPushOutALockInForce() {
        throttle = new LoginThrottle(new SecuritySettings.Throttle(null, null, null, null, null, 100), clock);
        fail("admin", ATTACKER, 5);

        for (int i = 0; i < 5_000; i++) {
            throttle.failed("name" + i, "10.0." + (i / 250) + "." + (i % 250));
            assertThat(throttle.tracked()).isLessThanOrEqualTo(200);
        }

        assertThat(throttle.refusal("admin", ELSEWHERE)).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.refusal("admin", ELSEWHERE)).isEmpty();
    }
}
