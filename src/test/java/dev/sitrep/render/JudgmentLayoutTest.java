package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** How analysts' prose and text from feeds sit in the edition: in their own block, on the page, legible. */
class JudgmentLayoutTest {

    private static Document html(String markdown) {
        return Jsoup.parse(HtmlDocument.fromMarkdown(markdown, "", "t", "h"));
    }

    private static Element keyJudgments(Document doc) {
        return doc.selectFirst("h2:containsOwn(Key judgments) ~ ol");
    }

    @Test
    void aTableInAKeyJudgmentLeavesEveryLaterKeyJudgmentItsOwnItemInTheMarkdownAndThePdf() throws IOException {
        RenderedEdition edition = new EditionRenderer().render(
                JudgmentEditions.around("Figures:\n\n| Type | Count |\n|---|---|\n| Battles | 12 |"),
                JudgmentEditions.request());

        Element list = keyJudgments(html(edition.markdown()));
        assertThat(list.children()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(list.child(1).text()).isEqualTo("Second. " + JudgmentEditions.SECOND + " (Confidence: high.)");
        assertThat(list.child(0).text()).contains("| Type | Count |", "(Confidence: moderate; likely");
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            assertThat(new PDFTextStripper().getText(pdf).lines())
                    .anyMatch(line -> line.startsWith("Second. " + JudgmentEditions.SECOND));
        }
    }

    @Test
    void aListInAKeyJudgmentNestsInItsItemAndTheConfidenceFollowsIt() {
        String md = new EditionRenderer().markdown(JudgmentEditions.around("Three signs:\n\n- flights\n- convoys\n"
                + "  1. by road\n- talks"), JudgmentEditions.request()).markdown();

        Element list = keyJudgments(html(md));
        Element first = list.child(0);
        assertThat(first.select("> ul > li")).extracting(e -> e.ownText()).containsExactly("flights", "convoys", "talks");
        assertThat(first.select("> ul > li > ol > li")).extracting(Element::text).containsExactly("by road");
        assertThat(first.select("> p").last().text()).startsWith("(Confidence: moderate; likely");
        assertThat(list.child(1).text()).startsWith("Second. ");
        Element context = html(md).selectFirst("h3:containsOwn(Ctx one)");
        assertThat(context.nextElementSibling().text()).isEqualTo("Three signs:");
        assertThat(html(md).selectFirst("h3:containsOwn(Ctx two)").nextElementSibling().text())
                .isEqualTo(JudgmentEditions.AFTER_CONTEXT + " (Confidence: moderate.)");
    }

    @Test
    void aLongWordWrapsAnEmojiIsDrawnAndACharacterNoFontHasIsShownAsItsCodePointInAPdfA() throws Exception {
        String word = "x".repeat(3000);
        String url = "https://example.org/" + "a".repeat(400);
        RenderedEdition edition = new EditionRenderer().render(JudgmentEditions.around(
                "A long word " + word + " and <" + url + ">, emoji \uD83D\uDC4D \uD83C\uDDF8\uD83C\uDDFE, "
                        + "a newer one \uD83E\uDD72, and \u202Eevil\u202C [@reuters-1].",
                "Summary " + word + " \uD83D\uDC4D."), JudgmentEditions.request());

        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            List<TextPosition> glyphs = glyphs(pdf);
            PDPage page = pdf.getPage(0);
            assertThat(glyphs).allSatisfy(g -> assertThat(g.getXDirAdj() + g.getWidthDirAdj())
                    .as("'%s' within the page", g.getUnicode()).isLessThanOrEqualTo(page.getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("\uD83D\uDC4D", "[U+1F972]").doesNotContain("\u202E", "#");
            assertThat(fonts(pdf)).anyMatch(f -> f.endsWith("Symbola"));
        }
        dev.sitrep.testing.PdfA.assertCompliant(edition.pdf());
    }

    private static List<TextPosition> glyphs(PDDocument pdf) throws IOException {
        List<TextPosition> all = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                all.addAll(positions);
            }
        };
        stripper.getText(pdf);
        return all;
    }

    private static List<String> fonts(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                names.add(font.getName());
            }
        }
        return names;
    }
}
