package dev.sitrep.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The faces every PDF may use, all shipped in the jar and embedded (PDF/A forbids any other): DejaVu Sans
 * and Sans Mono for text, then Symbola (free for any use, see fonts/Symbola-LICENSE.txt) for the symbols and
 * emoji DejaVu lacks. A character none of them can draw would be printed by openhtmltopdf as a bare '#', with
 * nothing to tell a reader that something else stood there; {@link #drawable} shows it instead as its code
 * point, "[U+4E2D]", and drops the invisible joiners and variation selectors that need no glyph.
 */
final class PdfFonts {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String MONO_FONT_FAMILY = "DejaVu Sans Mono";
    static final String SYMBOL_FONT_FAMILY = "Symbola";

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", FONT_FAMILY, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", FONT_FAMILY, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", FONT_FAMILY, 400, FontStyle.OBLIQUE),
            new Face("DejaVuSans-Oblique.ttf", FONT_FAMILY, 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", FONT_FAMILY, 700, FontStyle.OBLIQUE),
            new Face("DejaVuSans-BoldOblique.ttf", FONT_FAMILY, 700, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", MONO_FONT_FAMILY, 400, FontStyle.NORMAL),
            new Face("Symbola.ttf", SYMBOL_FONT_FAMILY, 400, FontStyle.NORMAL));

    /** Font files read from the jar once: every edition embeds the same faces. */
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static volatile BitSet drawable;

    private PdfFonts() {
    }

    // DejaVu Sans is the final fallback, Symbola after it: in PDF/A mode openhtmltopdf has no built-in fonts,
    // and text in a family nobody registered ('serif', or no stylesheet at all) would silently vanish.
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            EnumSet<FSFontUseCase> uses = face.family().equals(MONO_FONT_FAMILY)
                    ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG)
                    : EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL);
            builder.useFont(() -> stream(face.file()), face.family(), face.weight(), face.style(), true, uses);
        }
    }

    /** Every text under {@code root} with each character no embedded face can draw shown as its code point. */
    static void makeDrawable(Element root) {
        for (TextNode text : descendantTexts(root)) {
            String shown = drawable(text.getWholeText());
            if (!shown.equals(text.getWholeText())) {
                text.text(shown);
            }
        }
    }

    /** {@code text} as the embedded faces can draw it. */
    static String drawable(String text) {
        BitSet glyphs = glyphs();
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean keep = glyphs.get(cp) || cp == '\n' || cp == '\r' || cp == '\t';
            if (!keep && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(keep ? text.substring(i, next) : standIn(cp));
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static String standIn(int cp) {
        if (invisible(cp)) {
            return "";
        }
        if (Character.isSpaceChar(cp)) {
            return " ";
        }
        return String.format(Locale.ROOT, "[U+%04X]", cp);
    }

    /** Joiners, variation selectors and the like: they steer how neighbours are drawn and have no glyph. */
    private static boolean invisible(int cp) {
        return cp == 0x200C || cp == 0x200D || cp == 0x034F || cp == 0x00AD || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x180B && cp <= 0x180F)
                || Character.getType(cp) == Character.FORMAT;
    }

    private static List<TextNode> descendantTexts(Element root) {
        List<TextNode> texts = new java.util.ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                texts.add(t);
            }
        });
        return texts;
    }

    /** The code points some embedded face has a glyph for (a face's glyph 0 is "missing", not a glyph). */
    private static BitSet glyphs() {
        BitSet known = drawable;
        if (known == null) {
            synchronized (PdfFonts.class) {
                if (drawable == null) {
                    BitSet all = new BitSet(0x110000);
                    FACES.stream().map(Face::file).distinct().forEach(f -> all.or(cmap(f)));
                    drawable = all;
                }
                known = drawable;
            }
        }
        return known;
    }

    private static BitSet cmap(String file) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)))) {
            var lookup = font.getUnicodeCmapLookup(false);
            BitSet glyphs = new BitSet(0x110000);
            for (int cp = 0; cp < 0x110000; cp++) {
                if (lookup.getGlyphId(cp) > 0) {
                    glyphs.set(cp);
                }
            }
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the character map of font /fonts/" + file, e);
        }
    }

    private static InputStream stream(String file) {
        return new ByteArrayInputStream(bytes(file));
    }

    private static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("font /fonts/" + f + " is missing from the classpath");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font /fonts/" + f, e);
            }
        });
    }
}
