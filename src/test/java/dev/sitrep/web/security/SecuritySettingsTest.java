package dev.sitrep.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class SecuritySettingsTest {

    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("a-long-password");

    private static SecuritySettings withUser(String name, String hash, List<Role> roles) {
        return new SecuritySettings(List.of(new SecuritySettings.ConfiguredUser(name, hash, roles)));
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
