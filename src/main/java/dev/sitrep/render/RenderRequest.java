package dev.sitrep.render;

import java.nio.file.Path;

/**
 * How to render one edition: which template folder, which CSL style, which version number, and the
 * job's page size (a CSS page size such as "A4" or "letter"; it overrides the template's own).
 */
public record RenderRequest(Path templateFolder, String citationStyle, int version, String softwareVersion,
                            String pageSize) {

    public RenderRequest(Path templateFolder, String citationStyle, int version, String softwareVersion) {
        this(templateFolder, citationStyle, version, softwareVersion, "A4");
    }
}
