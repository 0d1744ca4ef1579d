package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.Await;
import dev.sitrep.testing.SitrepProcess;
import dev.sitrep.testing.Sql;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `sitrep serve` processes on one PostgreSQL, as two nodes of a cluster: Quartz's clustered JDBC
 * store lets exactly one node fire each schedule, and a node killed mid-run has its firing recovered by
 * the other. Schedules fire at real times (a cron with a year fires once). The jobs start with a firing
 * years away; only once both nodes say they run is the firing moved to a few seconds ahead, by editing
 * the job files and reloading them through one node's admin API (`POST /api/jobs/reload`), which reaches
 * the other through the shared job store. So however long the nodes take to start, the firing comes after.
 */
class ClusterOnPostgresTest {

    /** Two JVMs starting side by side on a loaded two-core machine have taken well over 50 s. */
    private static final Duration STARTUP = Duration.ofMinutes(5);
    /** From the reload to the firing: the reload itself, then each node looks at the triggers every second. */
    private static final Duration LEAD = Duration.ofSeconds(20);
    /** A firing years away: where the jobs stand until both nodes run. */
    private static final Instant NOT_YET = Instant.parse("2099-01-05T06:00:00Z");
    private static final String PASSWORD = "cluster-test-" + java.util.UUID.randomUUID();

    @TempDir
    Path dir;

    private String database;
    private Sql sql;

    @Test
    void twentyFiringsOnTwoNodesMakeTwentyEditionsEachExactlyOnce() throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            jobs.add(String.format("fleet-%02d", i));
        }
        writeJobs(jobs, NOT_YET);
        try (SitrepProcess a = node("node-a"); SitrepProcess b = node("node-b")) {
            a.awaitOutput("Scheduler running", STARTUP);
            b.awaitOutput("Scheduler running", STARTUP);
            Instant fire = fireSoon(jobs, a);

            Await.until(() -> sql.count("select count(*) from edition_version") >= 20
                    && sql.count("select count(*) from batch_job_execution where status in ('STARTING', 'STARTED')") == 0,
                    Duration.between(Instant.now(), fire).plusMinutes(10), () -> a.output() + b.output());

            assertThat(sql.rows("select job_id, count(*) from edition_version group by job_id"))
                    .as("one version per edition").hasSize(20).allSatisfy((job, n) -> assertThat(n).isEqualTo(1));
            assertThat(sql.rows("select p.parameter_value, count(*) from batch_job_execution e join "
                    + "batch_job_execution_params p on p.job_execution_id = e.job_execution_id "
                    + "where p.parameter_name = 'job' and e.status = 'COMPLETED' group by p.parameter_value"))
                    .as("one completed run of publishEdition per firing").hasSize(20)
                    .allSatisfy((job, n) -> assertThat(n).isEqualTo(1));
            assertThat(sql.count("select count(*) from batch_job_execution")).as("no other runs").isEqualTo(20);
            int byA = occurrences(a.output(), "version=1 outcome=published");
            int byB = occurrences(b.output(), "version=1 outcome=published");
            System.out.printf("20 firings: node-a published %d, node-b %d%n", byA, byB);
            assertThat(byA + byB).isEqualTo(20);
            assertThat(byA).as("both nodes took firings").isPositive();
            assertThat(byB).as("both nodes took firings").isPositive();
            for (String job : jobs) {
                assertThat(versionFolders(job)).containsExactly("v1");
            }
        }
    }

    @Test
    void aNodeKilledWhileRenderingHasItsFiringRecoveredByTheOther() throws Exception {
        writeJobs(List.of("failover"), NOT_YET);
        Map<String, SitrepProcess> nodes = new LinkedHashMap<>();
        try (SitrepProcess a = node("node-a"); SitrepProcess b = node("node-b")) {
            nodes.put("node-a", a);
            nodes.put("node-b", b);
            a.awaitOutput("Scheduler running", STARTUP);
            b.awaitOutput("Scheduler running", STARTUP);
            Instant fire = fireSoon(List.of("failover"), b);

            Await.until(() -> sql.count("select count(*) from batch_step_execution where step_name = 'render' "
                    + "and status = 'STARTED'") == 1, Duration.between(Instant.now(), fire).plusMinutes(5),
                    () -> a.output() + b.output());
            String firing = sql.text("select instance_name from qrtz_fired_triggers where job_name = 'failover' "
                    + "and state = 'EXECUTING'");
            assertThat(nodes).containsKey(firing);
            nodes.get(firing).kill();
            SitrepProcess survivor = firing.equals("node-a") ? b : a;

            
            Await.until(() -> sql.count("select count(*) from edition_version where job_id = 'failover'") == 1,
                    Duration.ofMinutes(5), survivor::output);
            // The run's log line comes just after the version is committed.
            survivor.awaitOutput("version=1 outcome=published", Duration.ofMinutes(2));
            assertThat(survivor.output()).contains("job=failover period=");
            assertThat(versionFolders("failover")).containsExactly("v1");
            // The killed node's run is left STARTED (no process is left to end it); `executions recover` marks it.
            assertThat(sql.count("select count(*) from batch_job_execution where status = 'STARTED'")).isEqualTo(1);
            assertThat(sql.count("select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(1);
        }
    }

    private SitrepProcess node(String name) throws IOException {
        if (database == null) {
            database = TestPostgres.newDatabase();
            sql = new Sql(database);
        }
        Map<String, String> settings = new TreeMap<>(Map.of(
                "spring.datasource.url", database,
                "sitrep.jobs-dir", dir.resolve("jobs").toString(),
                "sitrep.templates-dir", Path.of("report-templates").toAbsolutePath().toString(),
                "sitrep.archive.out-dir", dir.resolve("out").toString(),
                "sitrep.work-dir", dir.resolve("work-" + name).toString(),
                "server.port", "0",
                "spring.quartz.properties.org.quartz.scheduler.instanceId", name,
                // Failed nodes are noticed within seconds rather than the default 7.5 s check-in.
                "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval", "1000"));
        // A node sees triggers that another node stored within a second, rather than Quartz's default 30 s.
        settings.put("spring.quartz.properties.org.quartz.scheduler.idleWaitTime", "1000");
        // The admin who reloads the jobs through the API.
        settings.put("sitrep.security.users[0].name", "admin");
        settings.put("sitrep.security.users[0].password-hash", "{bcrypt}"
                + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(PASSWORD));
        settings.put("sitrep.security.users[0].roles", "ADMIN");
        return SitrepProcess.start(dir.resolve(name + ".log"), settings, "serve");
    }

    private void writeJobs(List<String> ids, Instant fire) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        ZonedDateTime t = fire.atZone(ZoneOffset.UTC);
        // A cron with a year fires once, at that second.
        String cron = String.format("%d %d %d %d %d ? %d", t.getSecond(), t.getMinute(), t.getHour(),
                t.getDayOfMonth(), t.getMonthValue(), t.getYear());
        String shipped = Files.readString(Path.of("jobs/syria-weekly.yml"));
        for (String id : ids) {
            Files.writeString(jobs.resolve(id + ".yml"), shipped.replace("id: syria-weekly", "id: " + id)
                    .replace("\"0 0 6 ? * MON\"", "\"" + cron + "\"").replace("zone: Asia/Damascus", "zone: UTC"));
        }
    }

    /**
     * Moves the jobs' firing to {@link #LEAD} from now, through {@code node}'s admin API, and returns it. A
     * reload slow enough to leave less than a few seconds is tried again with a later firing.
     */
    private Instant fireSoon(List<String> jobs, SitrepProcess node) throws Exception {
        Matcher api = Pattern.compile("API on (http://[^/\\s]+)/api").matcher(node.output());
        assertThat(api.find()).as(node.output()).isTrue();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant giveUp = Instant.now().plus(STARTUP);
        while (true) {
            Instant fire = Instant.now().plus(LEAD).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            writeJobs(jobs, fire);
            HttpResponse<String> reload = client.send(HttpRequest.newBuilder(URI.create(api.group(1) + "/api/jobs/reload"))
                    .header("Authorization", basic).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
            assertThat(occurrences(reload.body(), "\"UPDATED\"")).as(reload.body()).isEqualTo(jobs.size());
            if (Instant.now().isBefore(fire.minusSeconds(5))) {
                return fire;
            }
            assertThat(Instant.now()).as("a reload that leaves time before its firing").isBefore(giveUp);
        }
    }

    private List<String> versionFolders(String job) throws IOException {
        Path jobDir = dir.resolve("out").resolve(job);
        try (Stream<Path> periods = Files.list(jobDir)) {
            List<Path> all = periods.toList();
            assertThat(all).as("one period folder").hasSize(1);
            try (Stream<Path> versions = Files.list(all.get(0))) {
                return versions.map(p -> p.getFileName().toString()).sorted().toList();
            }
        }
    }




    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

}
