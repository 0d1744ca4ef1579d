package dev.sitrep.web.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users defined in configuration ({@code sitrep.security.users[0].name}, {@code .password-hash},
 * {@code .roles}), beside those in the database. Only a bcrypt hash is accepted, so no plain password
 * ever sits in a properties file or environment variable; any bcrypt tool makes one (e.g.
 * {@code htpasswd -nbBC 12 x PASSWORD}). A name in configuration wins over the same name in the database.
 * {@code sitrep.security.login-throttle.*} limits failed password sign-ins (see {@link LoginThrottle}).
 */
@ConfigurationProperties("sitrep.security")
record SecuritySettings(List<ConfiguredUser> users, Throttle loginThrottle) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        for (int i = 0; i < users.size(); i++) {
            users.get(i).check("sitrep.security.users[" + i + "]");
        }
        loginThrottle = loginThrottle == null ? new Throttle(null, null, null, null, null, null) : loginThrottle;
    }

    /**
     * How many failed sign-ins lock a user name, and how many an address, within {@code window}; the first
     * lock lasts {@code firstLock}, each one after it (with no quiet window between) twice as long, up to
     * {@code maxLock}. Each table keeps at most {@code maxTracked} names or addresses.
     */
    record Throttle(Integer failuresPerName, Integer failuresPerAddress, Duration window, Duration firstLock,
                    Duration maxLock, Integer maxTracked) {

        private static final String PREFIX = "sitrep.security.login-throttle.";

        Throttle {
            failuresPerName = atLeastOne("failures-per-name", failuresPerName == null ? 5 : failuresPerName);
            failuresPerAddress = atLeastOne("failures-per-address", failuresPerAddress == null ? 20 : failuresPerAddress);
            window = positive("window", window == null ? Duration.ofMinutes(15) : window);
            firstLock = positive("first-lock", firstLock == null ? Duration.ofMinutes(1) : firstLock);
            maxLock = positive("max-lock", maxLock == null ? Duration.ofMinutes(15) : maxLock);
            maxTracked = atLeastOne("max-tracked", maxTracked == null ? 10_000 : maxTracked);
            if (maxLock.compareTo(firstLock) < 0) {
                throw new AccountException(PREFIX + "max-lock: " + maxLock + " is shorter than first-lock " + firstLock
                        + "; make it at least as long");
            }
        }

        private static int atLeastOne(String property, int value) {
            if (value < 1) {
                throw new AccountException(PREFIX + property + ": must be at least 1, not " + value);
            }
            return value;
        }

        private static Duration positive(String property, Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new AccountException(PREFIX + property + ": must be longer than zero, not " + value);
            }
            return value;
        }
    }

    record ConfiguredUser(String name, String passwordHash, List<Role> roles) {

        ConfiguredUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        void check(String property) {
            if (name == null || !Users.isValidName(name)) {
                throw new AccountException(property + ".name: '" + name + "' is not a user name "
                        + "(letters, digits, '.', '_', '@', '-'; at most 100)");
            }
            if (!PasswordHashing.isBcrypt(passwordHash)) {
                throw new AccountException(property + ".password-hash: user '" + name + "' needs a bcrypt hash "
                        + "written {bcrypt}$2a$..., never a plain password (make one with `htpasswd -nbBC 12 x "
                        + "PASSWORD`, or keep the user in the database with `sitrep users add`)");
            }
            if (roles.isEmpty()) {
                throw new AccountException(property + ".roles: user '" + name + "' has no role; give one or more of "
                        + List.of(Role.values()));
            }
        }
    }
}
