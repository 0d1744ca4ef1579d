package dev.sitrep.web.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds a user for a login (form or HTTP Basic): first in configuration, then in the database. Being a
 * UserDetailsService bean, it also stops Spring Boot from making its default user with a logged password.
 */
@Component
class AccountDetails implements UserDetailsService {

    private final SecuritySettings settings;
    private final Users users;

    AccountDetails(SecuritySettings settings, Users users) {
        this.settings = settings;
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        for (SecuritySettings.ConfiguredUser u : settings.users()) {
            if (u.name().equals(name)) {
                return User.withUsername(name).password(u.passwordHash()).authorities(authorities(u.roles())).build();
            }
        }
        UserAccount account = users.find(name).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(name).password(users.passwordHash(name).orElseThrow())
                .disabled(!account.enabled()).authorities(authorities(account.roles())).build();
    }

    static List<GrantedAuthority> authorities(Collection<Role> roles) {
        return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }
}
