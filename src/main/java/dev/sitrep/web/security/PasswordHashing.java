package dev.sitrep.web.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are bcrypt, written {@code {bcrypt}$2a$...}. Only bcrypt is known here, unlike Spring's
 * default encoder, so a {@code {noop}} (plain) password in configuration can never match.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    static final String PREFIX = "{bcrypt}";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder()));
    }

    /** A bcrypt hash with its prefix; anything else (a plain password, another scheme) is refused. */
    static boolean isBcrypt(String hash) {
        return hash != null && hash.matches("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    }
}
