package dev.sitrep.jobs;

import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Quartz needs its PostgreSQL delegate on PostgreSQL (it stores job data as bytea) and the standard one
 * on H2; the choice follows the database actually connected, so switching databases stays one setting.
 */
@Configuration
class QuartzDatabaseSettings {

    @Bean
    SchedulerFactoryBeanCustomizer quartzDelegateForDatabase(DataSource dataSource, QuartzProperties quartz) {
        return factory -> {
            Properties properties = new Properties();
            properties.putAll(quartz.getProperties());
            properties.put("org.quartz.jobStore.driverDelegateClass", delegateFor(dataSource));
            factory.setQuartzProperties(properties);
        };
    }

    private static String delegateFor(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
            return "PostgreSQL".equals(product) ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                    : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        } catch (Exception e) {
            throw new IllegalStateException("cannot tell which database Quartz is on: " + e.getMessage(), e);
        }
    }
}
