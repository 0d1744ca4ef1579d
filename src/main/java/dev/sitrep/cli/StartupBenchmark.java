package dev.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times whole processes of the launcher, start to exit, as a user meets them, each beside {@code java -version} (the
 * JVM's own start, the anchor): pairs run in turn so that a drift of the machine's speed moves both.
 */
final class StartupBenchmark {

    /** The verbs timed, each with the goal its median should meet (seconds, wall). */
    static final List<Verb> VERBS = List.of(new Verb(0.3, "--help"), new Verb(1.0, "editions", "list"),
            new Verb(1.0, "jobs", "list"), new Verb(1.0, "events", "rejected"), new Verb(1.0, "deliveries", "list"));

    record Verb(double goalSeconds, String... args) {
        String name() {
            return String.join(" ", args);
        }
    }

    record Timing(String verb, double medianSeconds, double anchorSeconds, double goalSeconds) {
        double ratio() {
            return medianSeconds / anchorSeconds;
        }
    }

    private final Path launcher;
    private final String java;

    StartupBenchmark(Path launcher, String java) {
        this.launcher = launcher;
        this.java = java;
    }

    /** The java this process runs on, and the launcher beside the sitrep.home the launcher set. */
    static StartupBenchmark here() {
        String home = System.getProperty("sitrep.home");
        if (home == null || !Files.isExecutable(Path.of(home, "sitrep"))) {
            throw new dev.sitrep.core.SitrepException("bench startup times the launcher: run it as ./sitrep bench "
                    + "startup (sitrep.home is " + home + ")", 2);
        }
        return new StartupBenchmark(Path.of(home, "sitrep"),
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    Timing time(Verb verb, int runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(verb.args()));
        run(command); // warm-up: the file cache, and a first start after a build prepares its archive
        double[] seconds = new double[runs];
        double[] anchor = new double[runs];
        for (int r = 0; r < runs; r++) {
            seconds[r] = run(command);
            anchor[r] = run(List.of(java, "-version"));
        }
        Arrays.sort(seconds);
        Arrays.sort(anchor);
        return new Timing(verb.name(), seconds[runs / 2], anchor[runs / 2], verb.goalSeconds());
    }

    private static double run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("SITREP_JAVA_OPTS");
        long t0 = System.nanoTime();
        Process p = builder.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish within 10 minutes");
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + p.exitValue());
        }
        return elapsed;
    }
}
