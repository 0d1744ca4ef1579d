package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongWordsTest {

    @Test
    void aWordLongerThanACellGetsABreakOpportunityEveryFifteenCharactersAndShortWordsNone() {
        String word = "p".repeat(40);

        assertThat(LongWords.breakable("Damascus " + word + " Latakia"))
                .isEqualTo("Damascus " + "p".repeat(15) + "\u200B" + "p".repeat(15) + "\u200B" + "p".repeat(10)
                        + " Latakia");
        assertThat(LongWords.breakable("governorate military-movement / convoy")).isEqualTo(
                "governorate military-movement / convoy");
        // Never between a letter and its accent.
        assertThat(LongWords.breakable("e\u0301".repeat(40))).doesNotContain("\u200B\u0301");
    }

    @Test
    void theLineBreaksAreTheUsualOnesPlusOneAfterEveryZeroWidthSpace() {
        LongWords.Breaks breaks = new LongWords.Breaks();
        breaks.setText("ab cd\u200Bef gh");

        List<Integer> at = new ArrayList<>();
        for (int b = breaks.next(); b != BreakIterator.DONE; b = breaks.next()) {
            at.add(b);
        }
        assertThat(at).containsExactly(3, 6, 9, 11);
    }
}
