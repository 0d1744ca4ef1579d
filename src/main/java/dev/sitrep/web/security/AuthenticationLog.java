package dev.sitrep.web.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/** A failed sign-in is worth a line for whoever watches the server: the name and why, never the password. */
@Component
class AuthenticationLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationLog.class);

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        LOG.warn("sign-in refused for '{}': {}", event.getAuthentication().getName(),
                event.getException().getClass().getSimpleName());
    }
}
