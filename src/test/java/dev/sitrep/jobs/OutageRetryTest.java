package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.render.RenderException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class OutageRetryTest {

    private final OutageRetry retry = new OutageRetry(null, null, null);
    private final RuntimeException outage = new PublishFailedException("could not start publishEdition",
            new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));

    @Test
    void anOutageIsRetriedAfterOneTwoFourMinutesAndSoOnUpToHalfAnHourSixTimesThenNoMore() {
        assertThat(IntStream.rangeClosed(1, 7).mapToObj(n -> retry.delayBefore(n, outage).orElse(null)))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(30), null);
    }

    @Test
    void theDelaysAndTheNumberOfRetriesAreSettings() {
        OutageRetry quick = new OutageRetry(Duration.ofSeconds(10), Duration.ofSeconds(25), 3);
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(n -> quick.delayBefore(n, outage).orElse(null)))
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(25), null);
    }

    @Test
    void anUnreachableDatabaseAnywhereInTheCauseChainIsAnOutage() {
        assertThat(OutageRetry.outageIn(outage)).containsInstanceOf(CannotGetJdbcConnectionException.class);
        assertThat(OutageRetry.outageIn(new IllegalStateException(new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 30000ms.")))).isPresent();
        assertThat(OutageRetry.outageIn(new CannotCreateTransactionException("Could not open JDBC Connection"))).isPresent();
        assertThat(OutageRetry.outageIn(new RuntimeException(new SQLException("FATAL: the database system is "
                + "starting up", "08006")))).isPresent();
    }

    @Test
    void aTransactionThatLostToAnotherNodeIsRetriedBecauseRunningItAgainSucceeds() {
        assertThat(OutageRetry.outageIn(new PublishFailedException("could not start publishEdition", new SQLException(
                "ERROR: could not serialize access due to read/write dependencies among transactions", "40001"))))
                .isPresent();
        assertThat(OutageRetry.outageIn(new org.springframework.dao.CannotAcquireLockException("deadlock detected",
                new SQLException("deadlock detected", "40P01")))).isPresent();
    }

    @Test
    void aBugOrABadTemplateIsNotRetriedBecauseItWouldFailTheSameWay() {
        for (RuntimeException failure : new RuntimeException[] {new RenderException("unknown template"),
                new DuplicateKeyException("duplicate edition version"),
                new PublishFailedException("ended FAILED", new SQLException("syntax error", "42601"))}) {
            assertThat(retry.delayBefore(1, failure)).as(failure.getMessage()).isEmpty();
        }
    }
}
