package dev.sitrep.web.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unheard, its password never checked: too many failures lately (see LoginThrottle). */
final class LoginRefusedException extends AuthenticationException {

    private final transient LoginThrottle.Refusal refusal;

    LoginRefusedException(LoginThrottle.Refusal refusal) {
        super("too many failed sign-ins");
        this.refusal = refusal;
    }

    LoginThrottle.Refusal refusal() {
        return refusal;
    }
}
