package dev.sitrep.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * A failed sign-in is worth a line for whoever watches the server: the name, the address and why, never the
 * password; and so is each lock the failures lead to. A name that is not a valid user name is shown escaped
 * and cut short, so that no one can write lines of their own into the log through the Basic header.
 */
@Component
class AuthenticationLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationLog.class);

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        LOG.warn("sign-in refused for {} from {}: {}", shown(event.getAuthentication().getName()),
                ThrottledPasswordLogin.address(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
    }

    void locked(LoginThrottle.Locked lock) {
        if (lock.byName()) {
            LOG.warn("sign-ins as {} locked for {} (until {}, except from addresses it has signed in from): {} failed "
                    + "within {}, the last from {}", shown(lock.name()), human(lock.length()), lock.until(),
                    lock.failures(), human(lock.window()), lock.address());
        } else {
            LOG.warn("sign-ins from {} locked for {} (until {}): {} failed within {}, the last as {}", lock.address(),
                    human(lock.length()), lock.until(), lock.failures(), human(lock.window()), shown(lock.name()));
        }
    }

    static String shown(String name) {
        if (Users.isValidName(name)) {
            return "'" + name + "'";
        }
        StringBuilder escaped = new StringBuilder("an invalid name \"");
        String text = String.valueOf(name);
        for (int i = 0; i < text.length() && i < 40; i++) {
            char c = text.charAt(i);
            escaped.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf(c)
                    : String.format("\\u%04x", (int) c));
        }
        return escaped.append(text.length() > 40 ? "...\"" : "\"").toString();
    }

    /** PT15M as 15m, PT1M30S as 1m30s. */
    static String human(java.time.Duration duration) {
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
