package dev.sitrep.web.security;

import java.time.Instant;
import java.util.Set;

/** An API token as stored: its id, a name saying who uses it, its roles and dates; never the token. */
public record ApiToken(String id, String name, Set<Role> roles, Instant created, Instant lastUsed, Instant revoked) {

    public ApiToken {
        roles = Set.copyOf(roles);
    }

    public boolean isRevoked() {
        return revoked != null;
    }
}
