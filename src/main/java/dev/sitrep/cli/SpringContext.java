package dev.sitrep.cli;

import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts Spring (database, migrations, batch, scheduler) only when a command needs it, so that
 * {@code sitrep --help} answers at once.
 */
final class SpringContext implements AutoCloseable {

    private final Class<?> application;
    private final Map<String, Object> properties;
    private final String command;
    private ConfigurableApplicationContext context;
    private boolean web;
    private Class<?>[] reader;

    /** {@code properties} override application.properties (tests use them; the launcher uses -D). */
    SpringContext(Class<?> application, Map<String, Object> properties) {
        this(application, properties, "sitrep");
    }

    /** {@code command} is what the user ran, to be named to another process that waits for this one. */
    SpringContext(Class<?> application, Map<String, Object> properties, String command) {
        this.application = application;
        this.properties = Map.copyOf(properties);
        this.command = command;
    }

    /** Asks for the HTTP API too (only `serve` runs it); to be called before the first bean. */
    void withWebServer() {
        if (context != null) {
            throw new IllegalStateException("Spring is already running without the web server");
        }
        web = true;
    }

    /**
     * Asks for the slim context of a read-only verb ({@link ReaderApplication}): what it reads, nothing it would
     * not use. To be called before the first bean; a later bean outside it starts nothing more, it fails.
     */
    SpringContext reader(Class<?>... readers) {
        if (context == null) {
            reader = readers.clone();
        }
        return this;
    }

    <T> T bean(Class<T> type) {
        if (context == null) {
            java.util.Map<String, Object> all = new java.util.LinkedHashMap<>(properties);
            if (web) {
                all.put("spring.main.web-application-type", "servlet");
            }
            // As command-line arguments, they take precedence over application.properties.
            SpringApplicationBuilder builder = reader != null && !web
                    ? new SpringApplicationBuilder(ReaderApplication.class).sources(reader)
                    : new SpringApplicationBuilder(application);
            context = builder
                    .listeners(new EmbeddedDatabaseTurn(command, web))
                    .run(all.entrySet().stream()
                    .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        }
        return context.getBean(type);
    }

    /** Whether the context started holds a bean of this type (tests: which context a verb started). */
    boolean holds(Class<?> type) {
        return context != null && context.getBeanNamesForType(type).length > 0;
    }

    String property(String name) {
        return context == null ? null : context.getEnvironment().getProperty(name);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
