package dev.sitrep.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Sitrep run as its own JVM, as an admin would run it, so that a test can kill it with SIGKILL mid-work
 * (no shutdown hook, no finally block runs) and look at what it left. Its output goes to a log file.
 */
public final class SitrepProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private SitrepProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code sitrep args...} with the given -D settings, on the test's own class path. */
    public static SitrepProcess start(Path log, Map<String, String> settings, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC"));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("dev.sitrep.SitrepApplication");
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(new File(".")).start();
        return new SitrepProcess(p, log);
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Waits until the output contains {@code text}; fails with the output if the process ends or time runs out. */
    public void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended (exit " + process.exitValue() + ") before printing '"
                        + text + "':\n" + output());
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no '" + text + "' within " + timeout + ":\n" + output());
            }
            Thread.sleep(100);
        }
    }

    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output());
        }
        return process.exitValue();
    }

    /** SIGKILL: the JVM gets no chance to clean up, as when a machine or container dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
