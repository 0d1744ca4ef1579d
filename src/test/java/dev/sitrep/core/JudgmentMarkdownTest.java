package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JudgmentMarkdownTest {

    @Test
    void proseListsEmphasisCodeLinksAndCitationsAreWhatAJudgmentMayContain() {
        String prose = "Russia *hedges* with **two** bases, `S-400` kits and [a report](https://example.org/a) "
                + "[@reuters-1; @event:e-1]. <https://example.org/b>\nA second line.\n\n"
                + "- one\n- two\n  1. nested\n\nLast paragraph [@reuters-1, p. 2].";

        assertThat(JudgmentMarkdown.refusal(prose)).isEmpty();
    }

    @Test
    void everyOtherBlockIsRefusedWithItsLineAndWhatToDoInstead() {
        List<String[]> cases = List.of(
                new String[] {"Text.\n\n## Heading", "2", "a heading is refused"},
                new String[] {"Text\n===", "0", "a heading is refused"},
                new String[] {"Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |", "2", "a table is refused"},
                new String[] {"> quoted", "0", "a block quote ('>') is refused"},
                new String[] {"Text.\n\n```\ncode\n```", "2", "a code block is refused"},
                new String[] {"Text.\n\n    indented", "2", "indented by four spaces"},
                new String[] {"Text.\n\n***", "2", "a horizontal rule"},
                new String[] {"See [r].\n\n[r]: https://example.org", "2", "a link reference definition"},
                new String[] {"Claim[^1].\n\n[^1]: Note.", "0", "footnotes are refused"},
                new String[] {"Text.\n\n[TOC]", "2", "a table of contents"},
                new String[] {"See [x](javascript:alert(1)).", "0", "the link to 'javascript:alert(1)' is refused"},
                new String[] {"- item\n\n  # heading in a list", "2", "a heading is refused"});
        for (String[] c : cases) {
            assertThat(JudgmentMarkdown.refusal(c[0])).as(c[0]).hasValueSatisfying(r -> {
                assertThat(r.line()).isEqualTo(Integer.parseInt(c[1]) + 1);
                assertThat(r.reason()).contains(c[2]);
            });
        }
    }

    @Test
    void aSingleParagraphIsLaidOutAsItIs() {
        String paragraph = "Russia hedges ([Reuters 2025](#ref-reuters-1)),\nas before.";

        assertThat(JudgmentMarkdown.contained(paragraph, 0)).isEqualTo(paragraph);
        assertThat(JudgmentMarkdown.contained(paragraph, 4)).isEqualTo("Russia hedges ([Reuters 2025](#ref-reuters-1)),"
                + "\n    as before.");
    }

    @Test
    void insideANumberedItemParagraphsAndListsAreIndentedAndAListThatEndsTheTextIsSetApart() {
        String text = "Intro.\n\nSecond paragraph.\n\n- one\n- two";

        assertThat(JudgmentMarkdown.contained(text, 4))
                .isEqualTo("Intro.\n\n    Second paragraph.\n\n    - one\n    - two\n\n    ");
        assertThat(JudgmentMarkdown.contained("- one\n- two", 0)).isEqualTo("\n\n- one\n- two\n\n");
    }

    @Test
    void aBlockThatSlippedPastTheChecksBecomesInertText() {
        String laid = JudgmentMarkdown.contained("Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n## Heading\n\n"
                + "[x](javascript:alert(1))", 4);

        assertThat(laid).isEqualTo("Intro.\n\n    \\| a \\| b \\| \\|---\\|---\\| \\| 1 \\| 2 \\|\n\n    #\\# Heading"
                + "\n\n    \\[x\\](javascript:alert(1))");
        assertThat(JudgmentMarkdown.refusal(laid.replace("\n    ", "\n"))).isEmpty();
    }
}
