package dev.sitrep.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} against the stored token hashes, for this request
 * only (nothing goes into a session). A wrong or revoked token is a 401 at once, never an anonymous pass.
 * Not a bean: as one, Spring Boot would also run it outside the security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final String BEARER = "bearer ";

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token = tokens.lookup(header.substring(BEARER.length()).strip());
        if (token.isEmpty() || token.get().isRevoked()) {
            LOG.warn(token.isEmpty() ? "refused an unknown API token from " + request.getRemoteAddr()
                    : "refused revoked API token " + token.get().id() + " (" + token.get().name() + ") from "
                    + request.getRemoteAddr());
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidTokenException("unknown or revoked API token"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("token:" + token.get().name(),
                null, AccountDetails.authorities(token.get().roles())));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
