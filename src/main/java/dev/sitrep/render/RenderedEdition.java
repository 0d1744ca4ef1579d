package dev.sitrep.render;

import java.util.List;

/** The files of one edition, in memory, before the archive writes them; the charts go beside the Markdown. */
public record RenderedEdition(String markdown, byte[] pdf, String bibliographyJson, String eventsCsv,
                              List<Chart> charts) {

    public RenderedEdition {
        charts = List.copyOf(charts);
    }
}
