package dev.sitrep.web.security;

import static dev.sitrep.web.security.PublicJobOr.publicJobOr;
import static dev.sitrep.web.security.Role.ADMIN;
import static dev.sitrep.web.security.Role.ANALYST;
import static dev.sitrep.web.security.Role.ARCHIVIST;
import static dev.sitrep.web.security.Role.SUBSCRIBER;

import dev.sitrep.jobs.JobAccess;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Who may do what over HTTP (the README's Security section is the same table in words). API clients
 * authenticate per request with a bearer token or HTTP Basic and need no CSRF token; browsers sign in
 * with the login form, keep a session cookie, and every form they post carries a CSRF token.
 * Only under {@code sitrep serve}: the other commands run locally and start no web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class WebSecurity {

    private static final String[] ALL_ROLES = {ADMIN.name(), ANALYST.name(), ARCHIVIST.name(), SUBSCRIBER.name()};

    @Bean
    SecurityFilterChain sitrepSecurity(HttpSecurity http, ApiTokens tokens, JobAccess jobs, AccountDetails accounts,
                                       PasswordEncoder encoder, LoginThrottle throttle, AuthenticationLog log,
                                       AuthenticationEventPublisher events) {
        AuthenticationEntryPoint entryPoint = ProblemResponses.entryPoint();
        HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
        // Only a page the reader asked for is worth returning to after sign-in: not the favicon or any other
        // request the browser makes on its own (the browser test landed on /favicon.ico?continue).
        pagesOnly.setRequestMatcher(request -> !ProblemResponses.isMachineRequest(request)
                && "GET".equals(request.getMethod())
                && String.valueOf(request.getHeader("Accept")).contains("text/html"));
        http
                .authorizeHttpRequests(requests -> requests
                        // An error dispatch renders a status already decided; the login form is for everyone.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error", "/login", "/favicon.ico").permitAll()
                        // An e-mail's unsubscribe link: its signed token is the credential.
                        .requestMatchers("/unsubscribe").permitAll()
                        .requestMatchers("/api/deliveries", "/api/deliveries/**").hasRole(ADMIN.name())
                        // Load balancers and monitors poll the status anonymously; its components need ADMIN
                        // (management.endpoint.health.roles), as do metrics.
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/events", "/api/judgments", "/api/judgments/**",
                                "/api/assessments", "/api/assessments/**").hasAnyRole(ADMIN.name(), ANALYST.name())
                        // Judgments not yet in an edition (a later from, a draft revision) are for their writers.
                        .requestMatchers("/api/judgments", "/api/judgments/**").hasAnyRole(ADMIN.name(), ANALYST.name())
                        // Reviewing drafts is the analysts' and admins' work; archivists see only what is published.
                        .requestMatchers("/review", "/review/**", "/api/drafts").hasAnyRole(ADMIN.name(), ANALYST.name())
                        .requestMatchers(HttpMethod.POST, "/api/editions/{job}/{period}/approve",
                                "/api/editions/{job}/{period}/send-back").hasAnyRole(ADMIN.name(), ANALYST.name())
                        .requestMatchers("/api/jobs", "/api/jobs/**", "/api/executions", "/api/executions/**")
                        .hasRole(ADMIN.name())
                        .requestMatchers("/api/subscriptions", "/api/subscriptions/**")
                        .hasAnyRole(SUBSCRIBER.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/editions")
                        .access(publicJobOr(jobs, ARCHIVIST, ADMIN))
                        // A subscriber may fetch the files a feed links to, not browse or verify the archive.
                        .requestMatchers(HttpMethod.GET, "/api/editions/{job}/{period}/{version}/files/{file}")
                        .access(publicJobOr(jobs, ARCHIVIST, ADMIN, SUBSCRIBER))
                        .requestMatchers(HttpMethod.GET, "/api/editions/{job}/**")
                        .access(publicJobOr(jobs, ARCHIVIST, ADMIN))
                        // The index itself is open; it lists only the jobs its viewer may read.
                        .requestMatchers(HttpMethod.GET, "/archive").permitAll()
                        .requestMatchers(HttpMethod.GET, "/archive/{job}/feed.atom")
                        .access(publicJobOr(jobs, ARCHIVIST, ADMIN, SUBSCRIBER))
                        .requestMatchers(HttpMethod.GET, "/archive/{job}", "/archive/{job}/**")
                        .access(publicJobOr(jobs, ARCHIVIST, ADMIN))
                        .anyRequest().hasAnyRole(ALL_ROLES))
                // Form and Basic sign-ins alike go through the throttle (tokens need none: no one guesses 32 bytes).
                .authenticationManager(ThrottledPasswordLogin.manager(accounts, encoder, throttle, log, events))
                .addFilterBefore(new BearerTokenFilter(tokens, entryPoint), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/archive")
                        .failureHandler(ProblemResponses.loginFormFailure()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/archive"))
                // A request that carries its own credentials cannot be forged by another site's form: CSRF
                // protects cookie sessions only.
                .csrf(csrf -> csrf.ignoringRequestMatchers(WebSecurity::carriesCredentials,
                        WebSecurity::apiCallWithoutSession, WebSecurity::oneClickUnsubscribe))
                .requestCache(cache -> cache.requestCache(pagesOnly))
                // On every response, files included: no script runs (not even one inside a served SVG), nothing
                // loads from elsewhere, no page can be framed, and no address leaks in a Referer.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny())
                        .contentTypeOptions(org.springframework.security.config.Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.accessDenied()));
        return http.build();
    }

    /** Styles inline in the page only; images and form posts to Sitrep itself; nothing else at all. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /** Basic or Bearer: the two schemes a filter above checks, so an unknown scheme cannot skip CSRF. */
    private static boolean carriesCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /**
     * An API call with no session rides on no cookie, so there is nothing to forge: it goes on to be
     * answered 401 (no credentials) rather than 403 (no CSRF token). The login form keeps its check.
     */
    private static boolean apiCallWithoutSession(jakarta.servlet.http.HttpServletRequest request) {
        return ProblemResponses.isMachineRequest(request) && request.getSession(false) == null;
    }

    /**
     * RFC 8058's one-click POST comes from a mail client with no session or CSRF token; the signed token
     * in it is the credential, so a forged request could only unsubscribe the token's own holder.
     */
    private static boolean oneClickUnsubscribe(jakarta.servlet.http.HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/unsubscribe").equals(request.getRequestURI());
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings, Clock clock) {
        return new LoginThrottle(settings.loginThrottle(), clock);
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return ProblemResponses.rejected();
    }
}
