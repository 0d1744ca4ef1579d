package dev.sitrep.web.security;

import java.time.Instant;
import java.util.Set;

/** A user kept in the database, as listed: never with its password hash. */
public record UserAccount(String name, Set<Role> roles, boolean enabled, Instant created) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }
}
