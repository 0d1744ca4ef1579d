package dev.sitrep.render;

/** The files of one edition, in memory, before the archive writes them. */
public record RenderedEdition(String markdown, byte[] pdf, String bibliographyJson, String eventsCsv) {
}
