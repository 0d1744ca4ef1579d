package dev.sitrep.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user or API token may do over HTTP. ADMIN runs jobs and executions and writes events; ANALYST
 * writes events (and, later, judgments and assessments); ARCHIVIST reads, verifies and diffs every
 * edition; SUBSCRIBER reads feeds and the files they link to.
 */
public enum Role {
    ADMIN, ANALYST, ARCHIVIST, SUBSCRIBER;

    /** Roles as the database keeps them: {@code ADMIN,ARCHIVIST}. */
    public static String join(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    static Set<Role> split(String roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        for (String r : roles.split(",")) {
            if (!r.isBlank()) {
                set.add(parse(r));
            }
        }
        return set;
    }

    /** Case-insensitive, so configuration may say {@code admin}; an unknown name says which exist. */
    public static Role parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AccountException("unknown role '" + name + "': use one of " + java.util.List.of(values()));
        }
    }
}
