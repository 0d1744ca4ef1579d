package dev.sitrep.render;

/** One chart of an edition: its file beside the Markdown, its alt text, and the SVG itself. */
public record Chart(String file, String alt, String svg) {
}
