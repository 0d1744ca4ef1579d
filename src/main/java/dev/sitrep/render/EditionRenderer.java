package dev.sitrep.render;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The render stage's entry point. Citations are resolved once for the whole document, the Markdown is
 * written from the template, and the PDF is laid out from that same Markdown: the two cannot disagree.
 */
public final class EditionRenderer {

    static final String STYLESHEET = "style.css";
    private static final int TOP_ROWS = 10;

    private final PdfWriter pdfWriter = new PdfWriter();

    public RenderedEdition render(Assessment assessment, RenderRequest request) {
        Written written = markdown(assessment, request);
        String markdown = written.markdown();
        List<Chart> charts = written.charts();
        CitationProcessor citations = written.citations();
        String header = assessment.title() + " · " + assessment.jobId() + " · " + assessment.period() + " · v"
                + request.version();
        String xhtml = HtmlDocument.fromMarkdown(markdown, stylesheet(request.templateFolder())
                        + "\n@page { size: " + request.pageSize() + " portrait; }\n",
                assessment.title() + " — " + assessment.period(), header,
                charts.stream().collect(java.util.stream.Collectors.toMap(Chart::file, Chart::svg)));
        // The PDF's dates and id come from the inputs (data as of, content), never from the clock.
        String bibliography = citations.cslJson();
        String eventsCsv = EventsCsv.write(assessment);
        String base = assessment.jobId() + "-" + assessment.period() + "-v" + request.version();
        // One PDF is the whole edition for an archivist: it carries its Markdown, sources and events.
        List<PdfWriter.Attachment> attachments = List.of(
                new PdfWriter.Attachment(base + ".md", "text/markdown", "The edition in Markdown, from which "
                        + "this PDF was rendered", "Source", utf8(markdown)),
                new PdfWriter.Attachment("bibliography.json", "application/json", "The sources cited, as CSL-JSON",
                        "Data", utf8(bibliography)),
                new PdfWriter.Attachment("events.csv", "text/csv", "The events of the period", "Data",
                        utf8(eventsCsv)));
        byte[] pdf = pdfWriter.write(xhtml, new PdfWriter.PdfInfo(assessment.title() + " — " + assessment.period()
                + " (v" + request.version() + ")", "Sitrep", assessment.jobId() + " " + assessment.period(),
                "situation assessment; " + assessment.jobId() + "; " + assessment.period() + "; v"
                        + request.version(), assessment.dataAsOf(),
                Sha256.hex(markdown).substring(0, 32)), attachments);
        return new RenderedEdition(markdown, pdf, bibliography, eventsCsv, shown(charts, markdown));
    }

    /** The Markdown of an edition, with what the rest of the render needs from its making. */
    record Written(String markdown, List<Chart> charts, CitationProcessor citations) {
    }

    /** Citations resolved once for the whole document, then the Markdown written from the template. */
    Written markdown(Assessment assessment, RenderRequest request) {
        CitationPass pass = new CitationPass(assessment);
        Set<String> cited = pass.citedKeys();
        List<Reference> references = assessment.references().stream().filter(r -> cited.contains(r.key())).toList();
        checkAllKnown(cited, references);
        CitationProcessor citations = citationProcessor(request.citationStyle(), references);
        CitationPass.Resolved resolved = pass.resolve(citations::citation);

        List<Chart> charts = new java.util.ArrayList<>(Charts.of(resolved.assessment()));
        charts.add(LocatorMaps.ofAssessment(resolved.assessment()));
        MarkdownView view = MarkdownView.of(resolved.assessment(), resolved.eventCitations(),
                citations.entries().stream().map(CitationMarkdown::entry).toList(), request.version(),
                request.softwareVersion(), request.citationStyle(), TOP_ROWS, charts);
        return new Written(new MarkdownWriter(request.templateFolder()).write(view), charts, citations);
    }

    /**
     * The charts the Markdown shows (and so the PDF, laid out from it): a chart the template does not place,
     * such as the flash's weekly forecast of its related events, is not published beside an edition that
     * never refers to it.
     */
    static List<Chart> shown(List<Chart> charts, String markdown) {
        return charts.stream().filter(c -> markdown.contains("](" + c.file() + ")")).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** True when {@code style} names a CSL style Sitrep can load (checked when a job is defined). */
    public static boolean citationStyleExists(String style) {
        return style.matches("[a-z0-9-]+") && EditionRenderer.class.getResource("/" + style + ".csl") != null;
    }

    private static CitationProcessor citationProcessor(String style, List<Reference> references) {
        try {
            return new CitationProcessor(style, references);
        } catch (IllegalArgumentException e) {
            throw new RenderException(e.getMessage(), e);
        }
    }

    private static void checkAllKnown(Set<String> cited, List<Reference> references) {
        Set<String> known = new java.util.HashSet<>();
        references.forEach(r -> known.add(r.key()));
        for (String key : cited) {
            if (!known.contains(key)) {
                throw new RenderException("the assessment cites [@" + key + "], which is no source in the event log");
            }
        }
    }

    /**
     * The template's style.css. A leading (after comments) {@code @import "../other-template/style.css";} is replaced by that
     * file's text (resolved within report-templates/), so that a template can start from another's look
     * and override only what differs, instead of carrying a copy of it.
     */
    static String stylesheet(Path templateFolder) {
        return stylesheet(templateFolder.resolve(STYLESHEET), templateFolder.toAbsolutePath().normalize().getParent(), 0);
    }

    private static final java.util.regex.Pattern IMPORT =
            java.util.regex.Pattern.compile("\\A(?:\\s*/\\*(?s:.*?)\\*/)*\\s*@import\\s+(?:url\\()?\"([^\"]+)\"\\)?\\s*;[ \\t]*\\R?");

    private static String stylesheet(Path css, Path templates, int depth) {
        String text;
        try {
            text = Files.isRegularFile(css) ? Files.readString(css, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new RenderException("cannot read " + css + ": " + e.getMessage(), e);
        }
        java.util.regex.Matcher imported = IMPORT.matcher(text);
        if (!imported.find()) {
            return text;
        }
        Path target = css.toAbsolutePath().normalize().resolveSibling(imported.group(1)).normalize();
        if (depth >= 3 || templates == null || !target.startsWith(templates) || !Files.isRegularFile(target)) {
            throw new RenderException(css + ": @import \"" + imported.group(1) + "\" must name a stylesheet of another "
                    + "template folder under " + templates + ", at most three deep");
        }
        return stylesheet(target, templates, depth + 1) + text.substring(imported.end());
    }
}
