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
    private ConfigurableApplicationContext context;

    /** {@code properties} override application.properties (tests use them; the launcher uses -D). */
    SpringContext(Class<?> application, Map<String, Object> properties) {
        this.application = application;
        this.properties = Map.copyOf(properties);
    }

    <T> T bean(Class<T> type) {
        if (context == null) {
            // As command-line arguments, they take precedence over application.properties.
            context = new SpringApplicationBuilder(application).run(properties.entrySet().stream()
                    .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        }
        return context.getBean(type);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
