package dev.sitrep;

import dev.sitrep.cli.SitrepCli;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Sitrep: versioned, sourced, periodic situation assessments from a log of events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SitrepApplication {

    public static void main(String[] args) {
        System.exit(SitrepCli.run(args, SitrepApplication.class));
    }

    /** The one clock everything asks for "now"; tests replace it with a fixed one. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
