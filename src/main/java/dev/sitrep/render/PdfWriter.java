package dev.sitrep.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;

/**
 * Lays out XHTML as a PDF/A-3b with openhtmltopdf, in the embedded faces of {@link PdfFonts} (a character
 * none of them can draw shown as its code point, never as a bare '#'), then pins what openhtmltopdf takes from the
 * wall clock (dates, trailer /ID) to values from the inputs, so the same inputs give the same bytes.
 */
final class PdfWriter {

    static final String PRODUCER = "Sitrep";

    /**
     * What the PDF says about itself. {@code documentId} is hex, derived by the caller from the
     * inputs (e.g. a hash of them); it becomes both halves of the trailer /ID.
     */
    record PdfInfo(String title, String author, String subject, String keywords, Instant date, String documentId) {

        PdfInfo {
            if (date == null) {
                throw new IllegalArgumentException("a PDF needs a date: derive it from the inputs, never the clock");
            }
            if (documentId == null || documentId.isEmpty() || documentId.length() % 2 != 0
                    || !documentId.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw new IllegalArgumentException("documentId must be an even-length hex string: " + documentId);
            }
        }

        byte[] documentIdBytes() {
            return HexFormat.of().parseHex(documentId);
        }
    }

    static {
        OpenHtmlToPdfLog.install();
    }

    private final byte[] srgbProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /**
     * A file the PDF carries inside it (PDF/A-3 "associated file"), so that one PDF is the whole edition:
     * {@code relationship} is PDF's AFRelationship (Source: what the PDF was made from; Data: its data).
     */
    record Attachment(String name, String mimeType, String description, String relationship, byte[] bytes) {
    }

    byte[] write(String xhtml, PdfInfo info) {
        return write(xhtml, info, java.util.List.of());
    }

    byte[] write(String xhtml, PdfInfo info, java.util.List<Attachment> attachments) {
        return PdfMetadata.pin(render(xhtml), info, attachments);
    }

    private byte[] render(String xhtml) {
        // Through jsoup, not openhtmltopdf's own XML parser, which rejects HTML's named entities.
        org.jsoup.nodes.Document parsed = Jsoup.parse(xhtml, "", Parser.xmlParser());
        PdfFonts.makeDrawable(parsed);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_3_B)
                .useColorProfile(srgbProfile)
                .withProducer(PRODUCER)
                .useSVGDrawer(new BatikSVGDrawer())
                .useUnicodeLineBreaker(new LongWords.Breaks())
                // An edition is made from its inputs alone: nothing is fetched, neither from the network
                // (a request to an internal host) nor from disk (a local file leaking into a published PDF).
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withW3cDocument(dom, null)
                .toStream(out);
        PdfFonts.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("openhtmltopdf could not write the PDF", e);
        }
        return out.toByteArray();
    }
}
