package dev.sitrep.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class SecuritySettingsTest {

    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("a-long-password");

    private static SecuritySettings withUser(String name, String hash, List<Role> roles) {
        return new SecuritySettings(List.of(new SecuritySettings.ConfiguredUser(name, hash, roles)), null);
    }

    @Test
    void aConfiguredUserNeedsABcryptHashNeverAPlainPassword() {
        assertThat(withUser("alice", HASH, List.of(Role.ADMIN)).users()).hasSize(1);
        for (String notAHash : new String[] {"a-long-password", "{noop}a-long-password", HASH.substring(8), null}) {
            assertThatThrownBy(() -> withUser("alice", notAHash, List.of(Role.ADMIN)))
                    .isInstanceOf(AccountException.class)
                    .hasMessageContaining("sitrep.security.users[0].password-hash: user 'alice' needs a bcrypt hash")
                    .hasMessageNotContaining("a-long-password");
        }
    }

    @Test
    void aConfiguredUserNeedsANameAndARole() {
        assertThatThrownBy(() -> withUser("al ice", HASH, List.of(Role.ADMIN)))
                .hasMessageContaining("sitrep.security.users[0].name: 'al ice' is not a user name");
        assertThatThrownBy(() -> withUser("alice", HASH, List.of()))
                .hasMessageContaining("sitrep.security.users[0].roles: user 'alice' has no role");
    }

    @Test
    void theLoginThrottleHasSaneDefaultsAndRefusesLimitsThatMakeNoSense() {
        SecuritySettings.Throttle defaults = withUser("alice", HASH, List.of(Role.ADMIN)).loginThrottle();
        assertThat(defaults).isEqualTo(new SecuritySettings.Throttle(5, 20, java.time.Duration.ofMinutes(15),
                java.time.Duration.ofMinutes(1), java.time.Duration.ofMinutes(15), 10_000));

        assertThatThrownBy(() -> new SecuritySettings.Throttle(0, null, null, null, null, null))
                .hasMessage("sitrep.security.login-throttle.failures-per-name: must be at least 1, not 0");
        assertThatThrownBy(() -> new SecuritySettings.Throttle(null, null, java.time.Duration.ZERO, null, null, null))
                .hasMessage("sitrep.security.login-throttle.window: must be longer than zero, not PT0S");
        assertThatThrownBy(() -> new SecuritySettings.Throttle(null, null, null, java.time.Duration.ofHours(1), null,
                null)).hasMessage("sitrep.security.login-throttle.max-lock: PT15M is shorter than first-lock PT1H; "
                        + "make it at least as long");
    }

    @Test
    void anUnknownRoleNamesTheRolesThatExist() {
        assertThat(Role.parse("archivist")).isEqualTo(Role.ARCHIVIST);
        assertThatThrownBy(() -> Role.parse("root"))
                .hasMessage("unknown role 'root': use one of [ADMIN, ANALYST, ARCHIVIST, SUBSCRIBER]");
    }

    @Test
    void anIssuedTokenNeverPrintsItsSecret() {
        ApiToken token = new ApiToken("tok-1", "bot", java.util.Set.of(Role.ANALYST), java.time.Instant.EPOCH, null,
                null);
        assertThat(new IssuedToken(token, "sitrep_secret").toString()).doesNotContain("sitrep_secret");
    }
}
