package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisibleTextTest {

    @Test
    void bidiOverridesEmbeddingsAndIsolatesAreRemovedSoNothingReadsReversed() {
        String disguised = "invoice_\u202Efdp.exe\u202C and \u2066x\u2069 \u202Aa\u202B\u202D";

        assertThat(VisibleText.of(disguised)).isEqualTo("invoice_fdp.exe and x a");
        assertThat(VisibleText.describeHidden(disguised)).contains("U+202E RIGHT-TO-LEFT OVERRIDE at column 9");
    }

    @Test
    void arabicPlaceNamesAndTheMarksBesideThemAreKeptAndMarksBetweenLatinWordsGo() {
        String arabic = "\u062F\u0645\u0634\u0642 (Damascus), \u0627\u0644\u0644\u0627\u0630\u0642\u064A\u0629\u200F, "
                + "\u0637\u0631\u0637\u0648\u0633\u200E";

        assertThat(VisibleText.of(arabic)).isEqualTo(arabic);
        assertThat(VisibleText.firstHidden(arabic)).isEqualTo(-1);
        assertThat(VisibleText.of("abc \u200Fdef\u200E")).isEqualTo("abc def");
        assertThat(VisibleText.of("\u200Fabc")).isEqualTo("abc");
    }

    @Test
    void invisibleFormatCharactersGoButJoinersAndSoftHyphensNeededByScriptsAndEmojiStay() {
        assertThat(VisibleText.of("java\u200Bscript \uFEFFx\u2060y \uDB40\uDC41tag")).isEqualTo("javascript xy tag");
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645 "
                + "hyph\u00ADen \u2764\uFE0F";
        assertThat(VisibleText.of(family)).isEqualTo(family);
    }

    @Test
    void controlCharactersAreShownAsTheirPicturesAndBrokenTextAsTheReplacementCharacter() {
        assertThat(VisibleText.of("a\u0000b\u0007c\u001B[31md\u007Fe")).isEqualTo("a\u2400b\u2407c\u241B[31md\u2421e");
        assertThat(VisibleText.of("tab\tline\nreturn\r")).isEqualTo("tab\tline\nreturn\r");
        assertThat(VisibleText.of("c1\u0085 lone\uD83D x\uFFFE")).isEqualTo("c1\uFFFD lone\uFFFD x\uFFFD");
        assertThat(VisibleText.of("line\u2028para\u2029end")).isEqualTo("line para end");
    }

    @Test
    void plainTextComesBackAsTheSameString() {
        String plain = "Convoy leaves Hmeimim \uD83D\uDE00 \u4E2D\u6587 e\u0301";

        assertThat(VisibleText.of(plain)).isSameAs(plain);
        assertThat(VisibleText.describeHidden(plain)).isEmpty();
    }
}
