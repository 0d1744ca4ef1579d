package dev.sitrep.jobs;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When a scheduled publication that failed because the database was unreachable is tried again
 * ({@code sitrep.schedule.outage-retry.*}): after {@code first-delay}, then twice as long each time up to
 * {@code max-delay}, at most {@code max-attempts} times. Other failures (a bad template, a programming
 * error) are not retried: running them again would fail the same way.
 */
@ConfigurationProperties("sitrep.schedule.outage-retry")
record OutageRetry(Duration firstDelay, Duration maxDelay, Integer maxAttempts) {

    OutageRetry {
        firstDelay = firstDelay == null ? Duration.ofMinutes(1) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofMinutes(30) : maxDelay;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    }

    /**
     * How long to wait before retry number {@code retry} (1 for the first) of a publication that failed
     * with {@code failure}; empty when it is not to be retried.
     */
    Optional<Duration> delayBefore(int retry, Throwable failure) {
        if (retry < 1 || retry > maxAttempts || outageIn(failure).isEmpty()) {
            return Optional.empty();
        }
        Duration delay = firstDelay;
        for (int i = 1; i < retry && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    /**
     * The cause in {@code failure}'s chain that says the database could not be reached, if any. Not every
     * DataAccessException: a constraint violation or bad SQL is a bug a retry would only repeat.
     */
    static Optional<Throwable> outageIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (isOutage(t)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException || t instanceof ConnectException) {
            return true;
        }
        // A serialization failure or deadlock (another node's transaction won) succeeds when run again.
        if (t instanceof org.springframework.dao.TransientDataAccessException) {
            return true;
        }
        // SQLState class 08 is "connection exception" in every driver (PgJDBC throws plain PSQLExceptions);
        // class 40 is "transaction rollback": 40001 serialization failure, 40P01 deadlock.
        return t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40"));
    }
}
