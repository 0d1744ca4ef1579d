package dev.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RandomInputsTest {

    @Test
    void theSameSeedMakesTheSameInputs() {
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        RandomInputs.forAll(7, 50, r -> r.text(8), RandomInputs::shrinkText, first::add);
        RandomInputs.forAll(7, 50, r -> r.text(8), RandomInputs::shrinkText, second::add);
        assertThat(first).hasSize(50).isEqualTo(second);
    }

    @Test
    void aFailingCaseIsCutDownToWhatFailsAndNamesItsSeed() {
        assertThatThrownBy(() -> RandomInputs.forAll(11, 500, r -> r.text(20), RandomInputs::shrinkText,
                text -> assertThat(text).doesNotContain("<")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("(seed ")
                .hasMessageContaining("cut down to:\n<\n");
    }

    @Test
    void hostilePiecesTurnUp() {
        List<String> texts = new ArrayList<>();
        RandomInputs.forAll(3, 300, r -> r.text(10), RandomInputs::shrinkText, texts::add);
        String all = String.join("", texts);
        assertThat(all).contains("\"", "\n", "\u202e", "javascript:", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
    }
}
