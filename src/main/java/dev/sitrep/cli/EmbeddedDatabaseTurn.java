package dev.sitrep.cli;

import dev.sitrep.core.SitrepException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * One `sitrep` process at a time on the embedded H2 file, unless the first is `serve`. With AUTO_SERVER
 * the first process to open the file serves it to the others only while it lives: when it exits, H2
 * rolls back the others' open transactions and breaks their connections ("session closed"). So before
 * Spring opens the database, a process takes its turn: an OS lock on {@code <database>.process.lock},
 * held until the process ends (the OS drops it however it ends). A process that finds the turn taken by
 * `serve` uses the database beside it, served by that long-lived process; one that finds it taken by any
 * other command waits for that command to finish, saying so in one line, for at most
 * {@code sitrep.embedded-db.wait} (default 10 minutes). PostgreSQL needs none of this.
 */
final class EmbeddedDatabaseTurn implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseTurn.class);
    private static final String SERVE = "serve";
    /** Turns this JVM holds, kept for its life: closing a channel on a locked file drops the lock. */
    private static final Map<Path, FileChannel> HELD = new ConcurrentHashMap<>();

    private final String command;
    private final boolean serve;

    EmbeddedDatabaseTurn(String command, boolean serve) {
        this.command = command;
        this.serve = serve;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        String url = env.getProperty("spring.datasource.url");
        Optional<Path> file = embeddedFile(url);
        if (file.isEmpty()) {
            return;
        }
        Duration wait = env.getProperty("sitrep.embedded-db.wait", Duration.class, Duration.ofMinutes(10));
        boolean shared = url.toUpperCase(Locale.ROOT).replace(" ", "").contains(";AUTO_SERVER=TRUE");
        try {
            take(file.get(), shared, wait);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock beside the embedded database " + file.get(), e);
        }
    }

    private void take(Path database, boolean shared, Duration wait) throws IOException {
        Path lockFile = Path.of(database + ".process.lock");
        if (HELD.containsKey(lockFile)) {
            return;
        }
        Files.createDirectories(lockFile.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        Instant giveUp = Instant.now().plus(wait);
        boolean said = false;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                channel.truncate(0).write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
                channel.force(true);
                HELD.put(lockFile, channel);
                return;
            }
            String other = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            if (shared && other.contains("(`" + SERVE + "`)")) {
                channel.close();
                return;
            }
            if (Instant.now().isAfter(giveUp)) {
                channel.close();
                throw new Busy(database, other, wait);
            }
            if (!said && !other.isEmpty()) {
                LOG.warn("{} is using the embedded database {}; waiting for it to finish (it serves the file to "
                        + "others only while it runs). To run commands side by side, start `sitrep serve` first, "
                        + "or use PostgreSQL (SITREP_DB_URL)", other, database);
                said = true;
            }
            sleep();
        }
    }

    /** "sitrep process 1234 (`publish syria-weekly --period 2025-W48`)": what a waiting process names. */
    private String holder() {
        return "sitrep process " + ProcessHandle.current().pid() + " (`" + (serve ? SERVE : command) + "`)\n";
    }

    /** The file of an embedded H2 URL (jdbc:h2:file:path, jdbc:h2:path, ~ for home); empty for any other. */
    static Optional<Path> embeddedFile(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String name = url.substring(8).split(";", 2)[0];
        if (name.regionMatches(true, 0, "file:", 0, 5)) {
            name = name.substring(5);
        } else if (name.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF|retry):.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded database", e);
        }
    }

    /** The embedded database stayed in another command's hands for longer than the wait. */
    static final class Busy extends SitrepException {
        Busy(Path database, String other, Duration wait) {
            super((other.isEmpty() ? "another sitrep process" : other) + " is still using the embedded database "
                    + database + " after " + wait.toString().substring(2).toLowerCase(Locale.ROOT) + ": let it "
                    + "finish and run this again, start `sitrep serve` first to run commands beside it, or use "
                    + "PostgreSQL (SITREP_DB_URL) for runs side by side", SitrepCli.EXIT_FAILURE);
        }
    }
}
