package dev.sitrep.cli;

import java.time.Clock;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;

/**
 * What a read-only verb starts: the database (migrated, as every command finds it) and the readers it asks for
 * ({@code ArchiveReading}, {@code JobReading}, {@code EventReading}, given to {@link SpringContext#reader}),
 * without the batch, scheduler, mail, web and metrics machinery the whole application configures. Not a
 * configuration class, so the application's component scan leaves it alone.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, TransactionAutoConfiguration.class, FlywayAutoConfiguration.class})
final class ReaderApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MigratedSchema migratedSchema(javax.sql.DataSource dataSource) {
        return new MigratedSchema(dataSource);
    }
}
