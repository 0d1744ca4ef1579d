package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.render.PdfWriter.PdfInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    static final Instant DATE = Instant.parse("2025-11-30T18:00:00Z");
    static final PdfInfo INFO = new PdfInfo("Syria weekly assessment 2025-W48", "Sitrep analysts",
            "Weekly situation assessment", "Syria; conflict; 2025-W48", DATE, "00112233445566778899aabbccddeeff");
    static final String MARKDOWN = """
            # Syria weekly assessment

            > **Sample data.** Events here are invented for testing.

            ## Key judgments

            Russian activity at Ḥmeimim — Ţarţūs, Dayr az-Zawr, *italic*, **bold**, ***both*** and `code`,
            as [Reuters](https://www.reuters.com/) reported[^1].

            | Governorate | Events |
            |---|---:|
            | Dayr az-Zawr | 12 |
            | Idlib | 7 |

            [^1]: Reuters, 24 November 2025.
            """;

    static String xhtml;
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        String css = Files.readString(Path.of("report-templates/weekly-assessment/style.css"));
        xhtml = HtmlDocument.fromMarkdown(MARKDOWN, css, INFO.title(), "Syria weekly · syria-weekly · 2025-W48 · v1");
        pdf = new PdfWriter().write(xhtml, INFO);
    }

    @Test
    void theTextIncludingNonAsciiNamesAndThePageFooterIsExtractable() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(text).contains("Ḥmeimim — Ţarţūs, Dayr az-Zawr").contains("Governorate").contains("Idlib")
                    .contains("Syria weekly · syria-weekly · 2025-W48 · v1").contains("page 1 of 1");
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }

            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void theSameInputsGiveTheSameBytesEvenSecondsApart() throws InterruptedException {
        Thread.sleep(1_100);

        assertThat(new PdfWriter().write(xhtml, INFO)).isEqualTo(pdf);
    }

    @Test
    void datesProducerAndDocumentIdComeFromTheInputsNotTheClock() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getCreationDate().toInstant()).isEqualTo(DATE);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(DATE);
            assertThat(info.getProducer()).isEqualTo("Sitrep");
            assertThat(info.getTitle()).isEqualTo(INFO.title());

            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            byte[] expected = HexFormat.of().parseHex(INFO.documentId());
            assertThat(((COSString) id.getObject(0)).getBytes()).isEqualTo(expected);
            assertThat(((COSString) id.getObject(1)).getBytes()).isEqualTo(expected);

            String xmp = new String(doc.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());
            assertThat(xmp).contains("<xmp:CreateDate>2025-11-30T18:00:00+00:00</xmp:CreateDate>")
                    .contains("<xmp:ModifyDate>2025-11-30T18:00:00+00:00</xmp:ModifyDate>")
                    .contains("<xmp:MetadataDate>2025-11-30T18:00:00+00:00</xmp:MetadataDate>")
                    .contains("<pdfaid:part>3</pdfaid:part>").contains("<pdfaid:conformance>B</pdfaid:conformance>");
        }
    }

    @Test
    void headingsBecomeThePdfOutline() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var outline = doc.getDocumentCatalog().getDocumentOutline();

            assertThat(outline.getFirstChild().getTitle()).isEqualTo("Syria weekly assessment");
            assertThat(outline.getFirstChild().getFirstChild().getTitle()).isEqualTo("Key judgments");
        }
    }

    @Test
    void veraPdfFindsItPdfA3bCompliant() throws Exception {
        dev.sitrep.testing.PdfA.assertCompliant(pdf);
    }

    @Test
    void withoutAStylesheetTheTextIsStillDrawnInAnEmbeddedFont() throws IOException {
        byte[] bare = new PdfWriter().write(HtmlDocument.fromMarkdown(MARKDOWN, "", "t", "h"), INFO);

        try (PDDocument doc = Loader.loadPDF(bare)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Ḥmeimim — Ţarţūs, Dayr az-Zawr");
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aDocumentIdThatIsNotHexIsRejected() {
        assertThatThrownBy(() -> new PdfInfo("t", null, null, null, DATE, "not-hex"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not-hex");
    }
}
