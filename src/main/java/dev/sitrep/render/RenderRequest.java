package dev.sitrep.render;

import java.nio.file.Path;

/** How to render one edition: which template folder, which CSL style, which version number. */
public record RenderRequest(Path templateFolder, String citationStyle, int version, String softwareVersion) {
}
