package dev.sitrep.cli;

import dev.sitrep.core.SitrepException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Sitrep's command line: picocli commands over the pipeline's services. */
public final class SitrepCli {

    static final int EXIT_FAILURE = 1;

    private SitrepCli() {
    }

    public static int run(String[] args, Class<?> application) {
        try (SpringContext spring = new SpringContext(application, java.util.Map.of(), String.join(" ", args))) {
            CommandLine cli = commandLine(spring);
            return cli.execute(args);
        }
    }

    static CommandLine commandLine(SpringContext spring) {
        CommandLine cli = new CommandLine(new SitrepCommand(), new CommandFactory(spring));
        cli.setUnmatchedOptionsAllowedAsOptionParameters(false);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("sitrep: " + message(e));
            err.flush();
            return e instanceof SitrepException s ? s.exitCode() : EXIT_FAILURE;
        });
        return cli;
    }

    /** The most useful line: the deepest cause's own words for a failure outside Sitrep (database down ...). */
    private static String message(Throwable e) {
        if (e instanceof SitrepException) {
            return e.getMessage();
        }
        Throwable root = e;
        Throwable sql = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sql = t instanceof java.sql.SQLException ? t : sql;
            root = t;
        }
        if (sql != null && (root instanceof java.net.ConnectException || root == sql)) {
            // The whole chain (bean names, Flyway's boxed report) says nothing an admin can act on: the
            // driver's own words do ("Connection to db.example:5432 refused").
            String words = String.valueOf(sql.getMessage()).lines().findFirst().orElse("").strip();
            return "cannot reach the database: " + words + " (it is set by SITREP_DB_URL, SITREP_DB_USER and "
                    + "SITREP_DB_PASSWORD; unset, Sitrep uses its embedded H2 file)";
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    /** Gives commands the Spring context they will start on demand. */
    private record CommandFactory(SpringContext spring) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(SpringContext.class).newInstance(spring);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
