package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** {@code sitrep users ...} and {@code sitrep tokens ...}: what they print, and that no secret is stored as given. */
class AccountCommandsTest {

    private SpringContext spring;
    private final InputStream stdin = System.in;

    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void start() {
        spring = new SpringContext(SitrepApplication.class, Map.of("spring.datasource.url",
                "jdbc:h2:mem:accounts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
    }

    @AfterEach
    void stop() {
        System.setIn(stdin);
        spring.close();
    }

    private Run run(String stdinText, String... args) {
        System.setIn(new ByteArrayInputStream(stdinText.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = SitrepCli.commandLine(spring);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aUserIsAddedWithAPasswordFromStandardInputStoredOnlyAsABcryptHash() {
        Run add = run("correct horse battery\n", "users", "add", "alice", "--role", "archivist,ADMIN",
                "--password-stdin");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("added user alice with role(s) ADMIN,ARCHIVIST")
                .doesNotContain("correct horse");
        String hash = spring.bean(JdbcClient.class).sql("SELECT password_hash FROM app_user WHERE name = 'alice'")
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("correct horse");

        assertThat(run("", "users", "list").out()).contains("alice\tADMIN,ARCHIVIST\tenabled").contains("1 user(s)");
        Run again = run("correct horse battery\n", "users", "add", "alice", "--role", "ADMIN", "--password-stdin");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("sitrep: user 'alice' exists already; remove it first to replace it");
        assertThat(run("", "users", "remove", "alice").out()).contains("removed user alice");
        assertThat(run("", "users", "remove", "alice").err()).contains("no user 'alice' in the database");
    }

    @Test
    void aPasswordIsNeverAnArgumentAndAShortOneOrAnUnknownRoleIsRefused() {
        Run asArgument = run("", "users", "add", "bob", "--role", "ADMIN", "--password", "hunter2hunter2");
        assertThat(asArgument.exitCode()).isEqualTo(2);
        Run shortOne = run("short\n", "users", "add", "bob", "--role", "ADMIN", "--password-stdin");
        assertThat(shortOne.err().strip()).isEqualTo("sitrep: the password is too short: use at least 12 characters");
        Run badRole = run("long enough password\n", "users", "add", "bob", "--role", "root", "--password-stdin");
        assertThat(badRole.err()).contains("unknown role 'root': use one of [ADMIN, ANALYST, ARCHIVIST, SUBSCRIBER]");
        Run noTerminal = run("", "users", "add", "bob", "--role", "ADMIN");
        assertThat(noTerminal.err()).contains("give --password-stdin");
        assertThat(run("", "users", "list").out()).contains("0 user(s)");
    }

    @Test
    void aTokenIsPrintedOnceStoredAsItsHashListedAndRevoked() {
        Run create = run("", "tokens", "create", "--name", "acled-importer", "--role", "ANALYST");
        assertThat(create.exitCode()).as(create.err()).isZero();
        String[] lines = create.out().strip().split("\n");
        String token = lines[1].strip();
        String id = lines[0].split(" ")[1];
        assertThat(token).startsWith("sitrep_").hasSizeGreaterThan(40);
        assertThat(spring.bean(JdbcClient.class).sql("SELECT token_sha256 FROM api_token").query(String.class).single())
                .isEqualTo(dev.sitrep.core.Sha256.hex(token));

        Run list = run("", "tokens", "list");
        assertThat(list.out()).contains(id + "\tacled-importer\tANALYST").contains("last used never", "live")
                .doesNotContain(token);
        assertThat(run("", "tokens", "revoke", id).out()).contains("revoked " + id + " (acled-importer)");
        assertThat(run("", "tokens", "list").out()).contains("\trevoked ");
        assertThat(run("", "tokens", "revoke", "tok-nope").err())
                .contains("no API token 'tok-nope' (`sitrep tokens list` shows their ids)");
    }
}
