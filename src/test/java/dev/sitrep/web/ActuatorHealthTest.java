package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * /actuator/health as operators and monitors see it: the status for anyone, the components (db,
 * scheduler, archive) for ADMIN, DOWN (503) while the database is unreachable or out/ cannot be written.
 */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:actuator-health-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
@Import(ActuatorHealthTest.UnreachableDatabase.class)
class ActuatorHealthTest {

    @TempDir
    static Path dir;

    private final MockMvc mvc;

    ActuatorHealthTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @DynamicPropertySource
    static void outDir(DynamicPropertyRegistry registry) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        registry.add("sitrep.archive.out-dir", out::toString);
        TestUsers.register(registry);
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @Test
    void anyoneSeesTheStatusButNotTheComponents() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void anAdminSeesTheDatabaseTheSchedulerAndTheArchive() throws Exception {
        mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("H2"))
                .andExpect(jsonPath("$.components.scheduler.status").value("UP"))
                .andExpect(jsonPath("$.components.scheduler.details.state").value("standby"))
                .andExpect(jsonPath("$.components.scheduler.details.clustered").value(true))
                .andExpect(jsonPath("$.components.archive.status").value("UP"))
                .andExpect(jsonPath("$.components.archive.details.path").value(dir.resolve("out").toString()))
                .andExpect(jsonPath("$.components.diskSpace").doesNotExist());
    }

    @Test
    void whileTheDatabaseIsUnreachableHealthIsDownAndItRecoversWithTheDatabase() throws Exception {
        UnreachableDatabase.down = true;
        try {
            mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"));
            mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.components.db.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.scheduler.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.archive.status").value("UP"));
        } finally {
            UnreachableDatabase.down = false;
        }
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void whenOutCannotBeWrittenHealthIsDown() throws Exception {
        Path out = dir.resolve("out");
        Files.delete(out);
        Files.writeString(out, "a file where the archive should be");
        try {
            mvc.perform(get("/actuator/health").with(admin())).andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.archive.status").value("DOWN"))
                    .andExpect(jsonPath("$.components.archive.details.reason").value("not a directory: " + out));
        } finally {
            Files.delete(out);
            Files.createDirectories(out);
        }
    }

    @Test
    void infoMetricsAndPrometheusAreExposedAndNothingElse() throws Exception {
        mvc.perform(get("/actuator/info")).andExpect(status().isOk())
                .andExpect(jsonPath("$.sitrep.version").isNotEmpty());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(TestUsers.as(dev.sitrep.web.security.Role.ARCHIVIST)))
                .andExpect(status().isForbidden());
        String names = mvc.perform(get("/actuator/metrics").with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(names).contains("jvm.memory.used");
        mvc.perform(get("/actuator/prometheus").with(admin())).andExpect(status().isOk());
        for (String hidden : new String[] {"env", "beans", "configprops", "loggers", "heapdump", "quartz"}) {
            mvc.perform(get("/actuator/" + hidden).with(admin())).andExpect(status().isNotFound());
        }
    }

    private static RequestPostProcessor admin() {
        return TestUsers.as(dev.sitrep.web.security.Role.ADMIN);
    }

    /** Wraps the DataSource so that a test can make the database unreachable, as a network outage would. */
    @TestConfiguration
    static class UnreachableDatabase {

        static volatile boolean down;

        @Bean
        static BeanPostProcessor unreachableWhenDown() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof Switchable)
                            ? new Switchable(dataSource) : bean;
                }
            };
        }

        static final class Switchable extends DelegatingDataSource {

            Switchable(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                refuseWhenDown();
                return super.getConnection();
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                refuseWhenDown();
                return super.getConnection(username, password);
            }

            private static void refuseWhenDown() throws SQLTransientConnectionException {
                if (down) {
                    throw new SQLTransientConnectionException("Connection refused (test outage)", "08001");
                }
            }
        }
    }
}
