package dev.sitrep.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The answers of the security layer, as RFC 9457 problems like the rest of the API: 401 says how to
 * authenticate, 403 says why not; none carries a stack trace or echoes a credential. Pages (not the API
 * nor feeds) are sent to the login form instead of a 401.
 */
final class ProblemResponses {

    private static final LoginUrlAuthenticationEntryPoint LOGIN = new LoginUrlAuthenticationEntryPoint("/login");

    private ProblemResponses() {
    }

    /** API calls and feeds answer 401 (feed readers and curl need a status, not a login page). */
    static boolean isMachineRequest(HttpServletRequest request) {
        return isMachinePath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean isMachinePath(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator/")
                || path.endsWith("/feed.atom");
    }

    static AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (e instanceof LoginRefusedException refused) {
                tooManySignIns(request, response, refused.refusal());
                return;
            }
            if (!isMachineRequest(request)) {
                LOGIN.commence(request, response, e);
                return;
            }
            // The API challenges with Bearer only: a Basic challenge would make browsers prompt and then send
            // the cached password with every later request to /api/, cross-site posts included, where the
            // Authorization header exempts them from CSRF checks. curl -u sends Basic without being asked.
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, request.getRequestURI().endsWith("/feed.atom")
                    ? "Basic realm=\"sitrep\", charset=\"UTF-8\"" : "Bearer realm=\"sitrep\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Authentication required",
                    unauthenticated(e), request);
        };
    }

    private static String unauthenticated(AuthenticationException e) {
        if (e instanceof DisabledException) {
            return "this user is disabled";
        }
        if (e instanceof BadCredentialsException || e instanceof InvalidTokenException) {
            return "the credentials were not accepted: check the user name and password, or the API token "
                    + "(it may have been revoked; `sitrep tokens list` shows which are live)";
        }
        return "send an API token as 'Authorization: Bearer <token>' (`sitrep tokens create`) or a user's name "
                + "and password with HTTP Basic (`curl -u NAME`)";
    }

    /** The login form's failures: back to the form, or a 429 while the name or address is locked. */
    static AuthenticationFailureHandler loginFormFailure() {
        SimpleUrlAuthenticationFailureHandler backToForm = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, e) -> {
            if (e instanceof LoginRefusedException refused) {
                tooManySignIns(request, response, refused.refusal());
            } else {
                backToForm.onAuthenticationFailure(request, response, e);
            }
        };
    }

    private static void tooManySignIns(HttpServletRequest request, HttpServletResponse response,
                                       LoginThrottle.Refusal refusal) throws IOException {
        long seconds = refusal.retryAfter().getSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String wait = "try again in " + seconds + " s (after " + refusal.until() + ")";
        write(response, 429, "too-many-sign-ins", "Too many failed sign-ins", refusal.byName()
                ? "too many wrong passwords for user '" + refusal.name() + "' lately: its sign-ins are refused from "
                        + "addresses it has not signed in from before; " + wait + ", or use an API token"
                : "too many failed sign-ins from your address (" + refusal.address() + ") lately: every sign-in "
                        + "from it is refused; " + wait, request);
    }

    static AccessDeniedHandler accessDenied() {
        return (request, response, e) -> {
            if (e instanceof CsrfException) {
                write(response, HttpServletResponse.SC_FORBIDDEN, "csrf", "Missing or wrong CSRF token",
                        "a form sent with a session cookie must carry the page's CSRF token: reload the page and "
                                + "send the form again (API clients authenticate with an Authorization header "
                                + "instead, which needs no token)", request);
                return;
            }
            String who = request.getUserPrincipal() == null ? "you" : "'" + request.getUserPrincipal().getName() + "'";
            write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Forbidden",
                    who + " may not " + request.getMethod() + " " + request.getRequestURI()
                            + ": that needs another role (see the Security section of the README)", request);
        };
    }

    /**
     * A path Spring Security's firewall refuses (";", "//", an encoded "." or "%", a control character in a
     * header, ...) is a 400 problem (or page), not a 500. Tomcat refuses an encoded '/', '\' or NUL before
     * the firewall sees it: {@link TomcatErrorReport} answers those.
     */
    static RequestRejectedHandler rejected() {
        return (request, response, e) -> write(response, HttpServletResponse.SC_BAD_REQUEST, "rejected-request",
                "Rejected request", "the request's path or headers hold characters or sequences Sitrep never "
                        + "uses (an encoded '/', '..', ';' ...): ask for a plain path", request);
    }

    private static void write(HttpServletResponse response, int status, String type, String title, String detail,
                              HttpServletRequest request) throws IOException {
        new ErrorAnswer(status, type, title, detail).writeTo(response, request.getRequestURI(),
                request.getHeader(HttpHeaders.ACCEPT));
    }
}
