package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScenarioConditionTest {

    private static final Set<String> SERIES = Set.of("convoys", "attacks");

    @Test
    void readsTheJobsWordsAndAndBindsTighterThanOr() {
        ScenarioCondition c = ScenarioCondition.parse(
                "convoys weekly-max > 8 or attacks total >= 1 and convoys total <= 2", SERIES);

        assertThat(c.series()).containsExactly("convoys", "attacks");
        // convoys peak at 9: the first group holds
        assertThat(c.holds(Map.of("convoys", new int[] {1, 9}, "attacks", new int[] {0, 0}))).isTrue();
        // one attack, but 4 convoys in all: the second group needs both
        assertThat(c.holds(Map.of("convoys", new int[] {2, 2}, "attacks", new int[] {1, 0}))).isFalse();
        assertThat(c.holds(Map.of("convoys", new int[] {1, 1}, "attacks", new int[] {0, 1}))).isTrue();
    }

    @Test
    void measuresAndOperatorsMeanWhatTheySay() {
        int[] weeks = {3, 0, 5};
        assertThat(holds("convoys total = 8", weeks)).isTrue();
        assertThat(holds("convoys total < 8", weeks)).isFalse();
        assertThat(holds("convoys weekly-min >= 1", weeks)).isFalse();
        assertThat(holds("convoys weekly-min <= 0", weeks)).isTrue();
        assertThat(holds("convoys weekly-max > 4", weeks)).isTrue();
        assertThat(ScenarioCondition.parse("otherwise", SERIES).isOtherwise()).isTrue();
    }

    private static boolean holds(String text, int[] weeks) {
        return ScenarioCondition.parse(text, SERIES).holds(Map.of("convoys", weeks));
    }

    @Test
    void mistakesAreNamedWithWhatToWriteInstead() {
        assertThatThrownBy(() -> ScenarioCondition.parse("convoy total > 3", SERIES))
                .hasMessageContaining("'convoy' is not a tracked series").hasMessageContaining("convoys");
        assertThatThrownBy(() -> ScenarioCondition.parse("convoys sum > 3", SERIES))
                .hasMessageContaining("use total, weekly-max or weekly-min");
        assertThatThrownBy(() -> ScenarioCondition.parse("convoys total => 3", SERIES))
                .hasMessageContaining("use >, >=, <, <= or =");
        assertThatThrownBy(() -> ScenarioCondition.parse("convoys total > many", SERIES))
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> ScenarioCondition.parse("convoys > 3", SERIES))
                .hasMessageContaining("e.g. 'convoys weekly-max > 8'");
    }
}
