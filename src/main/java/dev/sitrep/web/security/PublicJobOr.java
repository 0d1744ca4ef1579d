package dev.sitrep.web.security;

import dev.sitrep.jobs.JobAccess;
import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Anyone may read a job whose yml says {@code access: public}; other jobs need one of the roles. The job
 * is the path's {job}, or the {@code job} parameter of a listing.
 */
final class PublicJobOr implements AuthorizationManager<RequestAuthorizationContext> {

    private final JobAccess jobs;
    private final AuthorityAuthorizationManager<RequestAuthorizationContext> roles;

    private PublicJobOr(JobAccess jobs, Role... roles) {
        this.jobs = jobs;
        this.roles = AuthorityAuthorizationManager.hasAnyRole(Arrays.stream(roles).map(Role::name)
                .toArray(String[]::new));
    }

    static PublicJobOr publicJobOr(JobAccess jobs, Role... roles) {
        return new PublicJobOr(jobs, roles);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        String job = context.getVariables().get("job");
        if (job == null) {
            job = context.getRequest().getParameter("job");
        }
        if (jobs.isPublic(job)) {
            return new AuthorizationDecision(true);
        }
        return roles.authorize(authentication, context);
    }
}
