package dev.sitrep.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import dev.sitrep.web.security.Role;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** One configured user per role (bcrypt at the lowest cost, to keep tests quick), signed in with HTTP Basic. */
final class TestUsers {

    private static final BCryptPasswordEncoder FAST = new BCryptPasswordEncoder(4);

    private TestUsers() {
    }

    static void register(DynamicPropertyRegistry registry) {
        Role[] roles = Role.values();
        for (int i = 0; i < roles.length; i++) {
            String prefix = "sitrep.security.users[" + i + "].";
            Role role = roles[i];
            registry.add(prefix + "name", () -> name(role));
            registry.add(prefix + "password-hash", () -> "{bcrypt}" + FAST.encode(password(role)));
            registry.add(prefix + "roles", role::name);
        }
    }

    static String name(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String password(Role role) {
        return name(role) + "-password-1";
    }

    static RequestPostProcessor as(Role role) {
        return httpBasic(name(role), password(role));
    }
}
