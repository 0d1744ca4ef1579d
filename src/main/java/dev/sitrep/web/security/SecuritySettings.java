package dev.sitrep.web.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Users defined in configuration ({@code sitrep.security.users[0].name}, {@code .password-hash},
 * {@code .roles}), beside those in the database. Only a bcrypt hash is accepted, so no plain password
 * ever sits in a properties file or environment variable; any bcrypt tool makes one (e.g.
 * {@code htpasswd -nbBC 12 x PASSWORD}). A name in configuration wins over the same name in the database.
 */
@ConfigurationProperties("sitrep.security")
record SecuritySettings(List<ConfiguredUser> users) {

    SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        for (int i = 0; i < users.size(); i++) {
            users.get(i).check("sitrep.security.users[" + i + "]");
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
