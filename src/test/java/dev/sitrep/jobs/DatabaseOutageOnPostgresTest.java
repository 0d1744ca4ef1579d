package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.SitrepProcess;
import dev.sitrep.testing.Sql;
import dev.sitrep.testing.TcpCutter;
import dev.sitrep.testing.TestPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sitrep serve` loses its database (the network to PostgreSQL is cut) just before a schedule fires:
 * health says DOWN meanwhile, and when the database is back the firing is not lost, it publishes the
 * edition of its own fire time.
 */
class DatabaseOutageOnPostgresTest {

    private static final Duration STARTUP = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @Test
    void aFiringDuringADatabaseOutageIsMadeWhenTheDatabaseReturnsAndHealthSaysDownMeanwhile() throws Exception {
        String direct = TestPostgres.newDatabase();
        Matcher hostPort = Pattern.compile("//([^/:]+):(\\d+)/").matcher(direct);
        assertThat(hostPort.find()).as(direct).isTrue();
        try (TcpCutter network = new TcpCutter(Integer.parseInt(hostPort.group(2)))) {
            String throughCutter = direct.replace("//" + hostPort.group(1) + ":" + hostPort.group(2) + "/",
                    "//127.0.0.1:" + network.port() + "/");
            Instant fire = Instant.now().plus(STARTUP);
            writeJob(fire);
            Map<String, String> settings = new TreeMap<>(Map.of(
                    "spring.datasource.url", throughCutter,
                    // Waiting for a connection gives up after 5 s rather than 30, so DOWN shows sooner.
                    "spring.datasource.hikari.connection-timeout", "5000",
                    "sitrep.jobs-dir", dir.resolve("jobs").toString(),
                    "sitrep.templates-dir", Path.of("report-templates").toAbsolutePath().toString(),
                    "sitrep.archive.out-dir", dir.resolve("out").toString(),
                    "sitrep.work-dir", dir.resolve("work").toString(),
                    "server.port", "0"));
            try (SitrepProcess node = SitrepProcess.start(dir.resolve("node.log"), settings, "serve")) {
                node.awaitOutput("Scheduler running", STARTUP);
                Matcher api = Pattern.compile("API on (http://[^/]+)/api").matcher(node.output());
                assertThat(api.find()).isTrue();
                URI health = URI.create(api.group(1) + "/actuator/health");
                assertThat(status(health)).isEqualTo(200);
                assertThat(Instant.now()).as("started before the firing").isBefore(fire.minusSeconds(3));

                network.cut();
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), fire).toMillis()) + 10_000);
                assertThat(status(health)).as("health while the database is unreachable").isEqualTo(503);
                assertThat(new Sql(direct).count("select count(*) from edition_version")).isZero();

                network.restore();
                Instant end = Instant.now().plus(Duration.ofSeconds(120));
                while (new Sql(direct).count("select count(*) from edition_version where job_id = 'outage'") == 0) {
                    assertThat(Instant.now()).as(node.output()).isBefore(end);
                    Thread.sleep(500);
                }
                String period = ScheduledPublication.periodFor(fire.atZone(ZoneOffset.UTC).toLocalDate()).toString();
                assertThat(new Sql(direct).count("select count(*) from edition_version where job_id = 'outage' and period = '"
                        + period + "' and version = 1")).isEqualTo(1);
                node.awaitOutput("job=outage period=" + period + " version=1 outcome=published", Duration.ofSeconds(30));
                assertThat(status(health)).isEqualTo(200);
            }
        }
    }

    private void writeJob(Instant fire) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        ZonedDateTime t = fire.atZone(ZoneOffset.UTC);
        String cron = String.format("%d %d %d %d %d ? %d", t.getSecond(), t.getMinute(), t.getHour(),
                t.getDayOfMonth(), t.getMonthValue(), t.getYear());
        Files.writeString(jobs.resolve("outage.yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                .replace("id: syria-weekly", "id: outage")
                .replace("\"0 0 6 ? * MON\"", "\"" + cron + "\"").replace("zone: Asia/Damascus", "zone: UTC"));
    }

    private static int status(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

}
