package dev.sitrep.web.security;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in, from the login form or HTTP Basic alike, asks the throttle first: a locked name or
 * address is refused before its password is checked (so a guess during a lock tells nothing, and costs no
 * bcrypt); a wrong password counts against both, a right one forgets the name's failures from that address.
 */
final class ThrottledPasswordLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuthenticationLog log;

    ThrottledPasswordLogin(AuthenticationProvider passwords, LoginThrottle throttle, AuthenticationLog log) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.log = log;
    }

    /** The one authentication manager of the filter chain: its only provider checks passwords, throttled. */
    static AuthenticationManager manager(UserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                         AuthenticationLog log, AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledPasswordLogin(passwords, throttle, log));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = address(attempt);
        throttle.refusal(name, address).ifPresent(refusal -> {
            throw new LoginRefusedException(refusal);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(name, address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(name, address).forEach(log::locked);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
