package dev.sitrep.jobs;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Sitrep's own version, from the build ({@code sitrep.version}); it goes into manifests and content hashes. */
@Component
class SoftwareVersion {

    private final String version;

    SoftwareVersion(Environment environment) {
        this.version = environment.getProperty("sitrep.version", "unknown");
    }

    String version() {
        return version;
    }
}
