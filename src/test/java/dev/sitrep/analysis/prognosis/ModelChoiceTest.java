package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelChoiceTest {

    private static ModelChoice choice(double auto, double naive, double mean) {
        return new ModelChoice("ensemble", "a mix", true, 44, auto, naive, mean, 26);
    }

    @Test
    void anErrorWithinOnePercentOfABaselineIsNotSkillAndTheEditionSaysSo() {
        // The sample's coastal series: 1.82 against 1.82 as printed, a hair lower unrounded.
        ModelChoice tie = choice(1.8150, 1.91, 1.8200);

        assertThat(tie.hasSkill()).isFalse();
        assertThat(tie.skillVerdict("weeks")).isEqualTo("no better than the average of the last 12, over the last 26 weeks");
        assertThat(choice(1.90, 1.91, 2.5).skillVerdict("weeks"))
                .isEqualTo("no better than assuming each week repeats the last, over the last 26 weeks");
    }

    @Test
    void aVerdictOnAShortHistoryStatesTheWeeksItRestsOnNotTheWindowConfigured() {
        ModelChoice short9 = new ModelChoice("ensemble", "a mix", true, 44, 1.04, 0.89, 1.04, 9);

        assertThat(short9.skillVerdict("weeks")).isEqualTo("no better than assuming each week repeats the last, over the last 9 weeks");
    }

    @Test
    void clearlyBeatingBothBaselinesIsSkillWithNothingToSay() {
        ModelChoice skilled = choice(1.70, 1.91, 1.82);

        assertThat(skilled.hasSkill()).isTrue();
        assertThat(skilled.skillVerdict("weeks")).isEmpty();
    }
}
