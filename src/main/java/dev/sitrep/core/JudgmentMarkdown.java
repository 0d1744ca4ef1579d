package dev.sitrep.core;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.WhiteSpace;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.toc.TocBlockBase;
import com.vladsch.flexmark.ext.toc.TocExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an analyst's judgment may contain, and how it is laid into an edition so that it can never change
 * the edition's structure around it. A judgment is prose: paragraphs, bullet and numbered lists (nested or
 * not), emphasis, code spans, links and citations. Everything else that Markdown has is refused when the
 * judgment is added, each with its line and why ({@link #refusal}): headings (the edition's outline is its
 * own), tables, block quotes (the edition's notices), code blocks, horizontal rules, raw HTML, images,
 * footnotes, link reference definitions (they would apply to the whole edition) and {@code [TOC]}.
 *
 * <p>An edition places a judgment either at the top level (under its title) or inside a numbered item (the
 * key judgments). {@link #contained} lays the prose out for either: every line indented to stay inside the
 * item, and a list that opens or closes it set apart, so that the text the template writes next (the
 * confidence, the next item) starts where it should. Anything refused that reaches it anyway (a judgment
 * stored before these checks) becomes inert text, never structure. Both writers, Markdown and PDF, read
 * that one layout.
 */
public final class JudgmentMarkdown {

    /** The extensions the edition's Markdown is read with: judgments are checked as the edition reads them. */
    public static final List<Extension> EDITION_EXTENSIONS = List.of(TablesExtension.create(),
            FootnoteExtension.create(), TocExtension.create());

    /** What a judgment may contain, for messages that refuse anything else. */
    public static final String ALLOWED = "paragraphs, bullet and numbered lists, *emphasis*, **bold**, `code`, "
            + "links and citations";

    private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
            EDITION_EXTENSIONS)).build();

    private static final Set<Class<? extends Node>> BLOCKS = Set.of(Document.class, Paragraph.class,
            BulletList.class, OrderedList.class, BulletListItem.class, OrderedListItem.class);
    private static final Set<Class<? extends Node>> INLINES = Set.of(Text.class, TextBase.class, WhiteSpace.class,
            Emphasis.class, StrongEmphasis.class, Code.class, Link.class, LinkRef.class, AutoLink.class,
            MailLink.class, SoftLineBreak.class, HardLineBreak.class, HtmlEntity.class);

    private static final Map<Class<? extends Node>, String> WHY = Map.ofEntries(
            Map.entry(Heading.class, "a heading is refused in a judgment: the edition's headings are its own "
                    + "(a judgment's heading is its title); write it as a sentence, or in **bold**"),
            Map.entry(TableBlock.class, "a table is refused in a judgment: the edition sets judgments as numbered "
                    + "items and paragraphs, where a table does not stay in place in every format; give the figures "
                    + "in a sentence or a list, or cite the source that tabulates them"),
            Map.entry(BlockQuote.class, "a block quote ('>') is refused in a judgment: the edition uses them for its "
                    + "own notices; quote in running text, in quotation marks, and cite the source"),
            Map.entry(FencedCodeBlock.class, "a code block is refused in a judgment; use `code` within a sentence"),
            Map.entry(IndentedCodeBlock.class, "this line is indented by four spaces or more after a blank line, "
                    + "which Markdown reads as a code block: remove the indentation"),
            Map.entry(ThematicBreak.class, "a horizontal rule ('---', '***', '___') is refused in a judgment; a "
                    + "blank line separates paragraphs"),
            Map.entry(Reference.class, "a link reference definition ('[label]: target') is refused in a judgment: "
                    + "it would apply to the whole edition; write the link inline, [text](https://...)"),
            Map.entry(FootnoteBlock.class, "footnotes are refused in judgments: cite sources as [@key]"),
            Map.entry(Footnote.class, "footnotes are refused in judgments: cite sources as [@key]"),
            Map.entry(Image.class, "images are refused in judgments; describe what it shows and cite its source"),
            Map.entry(ImageRef.class, "images are refused in judgments; describe what it shows and cite its source"));

    private JudgmentMarkdown() {
    }

    /** Something a judgment may not contain: its line (1 is the text's first) and why, in words for the writer. */
    public record Refusal(int line, String reason) {
    }

    /** The first thing in {@code text} that a judgment may not contain, or empty. */
    public static Optional<Refusal> refusal(String text) {
        return refusal(PARSER.parse(text));
    }

    private static Optional<Refusal> refusal(Node node) {
        if (!allowed(node)) {
            return Optional.of(new Refusal(node.getStartLineNumber() + 1, why(node)));
        }
        String target = node instanceof Link l ? l.getUrl().toString() : node instanceof AutoLink a
                ? a.getUrl().toString() : null;
        if (!SafeLinks.allowed(target)) {
            return Optional.of(new Refusal(node.getStartLineNumber() + 1, "the link to '" + target + "' is refused: "
                    + SafeLinks.rule()));
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Optional<Refusal> found = refusal(child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code text} laid out to follow a list marker or a heading: lines after the first indented by
     * {@code indent} spaces (4 inside a numbered item, 0 at the top level), blocks separated by blank lines, a
     * list that opens the text or closes it set apart by a blank line, and any block a judgment may not contain
     * written as inert text. A single paragraph comes back as it is.
     */
    public static String contained(String text, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        Node first = null;
        Node last = null;
        for (Node block = PARSER.parse(text).getFirstChild(); block != null; block = block.getNext()) {
            String laid = refusal(block).isEmpty() ? block.getChars().toString().stripTrailing()
                    : MarkdownText.escape(block.getChars().toString());
            if (laid.isBlank()) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "\n\n" + pad).append(laid.replace("\n", "\n" + pad));
            first = first == null ? block : first;
            last = block;
        }
        String laidOut = out.toString().replaceAll("(?m)^[ \\t]+$", "");
        if (first != null && !(first instanceof Paragraph) && refusal(first).isEmpty()) {
            laidOut = "\n\n" + pad + laidOut;
        }
        if (last != null && !(last instanceof Paragraph) && refusal(last).isEmpty()) {
            laidOut = laidOut + "\n\n" + pad;
        }
        return laidOut;
    }

    private static boolean allowed(Node node) {
        return BLOCKS.contains(node.getClass()) || INLINES.contains(node.getClass());
    }

    private static String why(Node node) {
        for (Map.Entry<Class<? extends Node>, String> e : WHY.entrySet()) {
            if (e.getKey().isInstance(node)) {
                return e.getValue();
            }
        }
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            return "raw HTML is refused in judgments; write Markdown instead";
        }
        if (node instanceof TocBlockBase) {
            return "a table of contents ([TOC]) is refused in a judgment: the edition has its own";
        }
        return "'" + node.getChars().toString().strip().lines().findFirst().orElse("") + "' is not among what a "
                + "judgment may contain: " + ALLOWED;
    }
}
