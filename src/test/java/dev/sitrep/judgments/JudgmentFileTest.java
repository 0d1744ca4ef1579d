package dev.sitrep.judgments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.About;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JudgmentFileTest {

    private static final JudgmentTargets SYRIA_WEEKLY = new JudgmentTargets() {
        @Override
        public Optional<Set<String>> sections(String jobId) {
            return jobId.equals("syria-weekly") ? Optional.of(STANDARD_SECTIONS) : Optional.empty();
        }

        @Override
        public Optional<String> problemWith(String jobId, About about) {
            return Optional.empty();
        }
    };

    /** Front matter on lines 1-7; the body starts on line 8. */
    private static Judgment parse(String body) {
        return JudgmentFile.parse("kj.md", "---\nid: kj-1\njobs: [syria-weekly]\nsection: key-judgment\n"
                + "title: A title\nfrom: 2025-W40\nconfidence: moderate\n---\n" + body + "\n",
                Instant.parse("2025-10-01T00:00:00Z"), SYRIA_WEEKLY);
    }

    @Test
    void aTableIsRefusedAtTheDoorWithItsLineAndTheReason() {
        assertThatThrownBy(() -> parse("Figures:\n\n| Type | Count |\n|---|---|\n| Battles | 12 |"))
                .isInstanceOf(JudgmentException.class)
                .hasMessageStartingWith("kj.md:11: a table is refused in a judgment")
                .hasMessageContaining("give the figures in a sentence or a list");
    }

    @Test
    void headingsQuotesCodeAndRulesAreRefusedEachWithItsLine() {
        assertThatThrownBy(() -> parse("Text.\n\n## Next judgment")).hasMessageStartingWith("kj.md:11: a heading");
        assertThatThrownBy(() -> parse("> **Sample data.** Not really.")).hasMessageStartingWith("kj.md:9: a block quote");
        assertThatThrownBy(() -> parse("Text.\n\n~~~\nx\n~~~")).hasMessageStartingWith("kj.md:11: a code block");
        assertThatThrownBy(() -> parse("Text.\n\n---\n\nMore.")).hasMessageStartingWith("kj.md:11: a horizontal rule");
    }

    @Test
    void paragraphsAndListsAreAccepted() {
        assertThat(parse("Intro.\n\n- one\n- two\n\nClosing [@reuters-1].").body())
                .isEqualTo("Intro.\n\n- one\n- two\n\nClosing [@reuters-1].");
    }

    @Test
    void aBidiOverrideOrAnotherInvisibleCharacterIsRefusedNamingLineAndColumn() {
        assertThatThrownBy(() -> parse("Text.\nThe file is invoice_\u202Efdp.exe."))
                .isInstanceOf(JudgmentException.class)
                .hasMessageStartingWith("kj.md:10: U+202E RIGHT-TO-LEFT OVERRIDE at column 21 is refused");
        assertThatThrownBy(() -> JudgmentFile.parse("kj.md", "---\nid: kj-1\ntitle: A\u2066 title\n---\nx\n",
                Instant.EPOCH, SYRIA_WEEKLY)).hasMessageStartingWith("kj.md:3: U+2066 LEFT-TO-RIGHT ISOLATE");
    }

    @Test
    void arabicWithItsMarksAndAByteOrderMarkAtTheStartAreAccepted() {
        Judgment j = JudgmentFile.parse("kj.md", "\uFEFF---\nid: kj-1\njobs: [syria-weekly]\nsection: context\n"
                + "title: Latakia\nfrom: 2025-W40\nconfidence: low\n---\nIn \u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0629\u200F "
                + "(Latakia).\n", Instant.EPOCH, SYRIA_WEEKLY);

        assertThat(j.body()).isEqualTo("In \u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0629\u200F (Latakia).");
    }
}
