package dev.sitrep.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.Ids;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdRuleTest {

    @Test
    void everyEventIdTheRuleAcceptsNamesAFlashEditionTheArchiveServesAndEveryOtherIsRefused() {
        SplittableRandom random = new SplittableRandom(21);
        String first = "abcdefghijklmnopqrstuvwxyz0123456789";
        String rest = first + "._:-";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder id = new StringBuilder().append(first.charAt(random.nextInt(first.length())));
            int length = 1 + random.nextInt(Ids.EVENT_MAX);
            while (id.length() < length) {
                id.append(rest.charAt(random.nextInt(rest.length())));
            }
            String candidate = id.toString();
            if (Ids.isEvent(candidate)) {
                assertThat(EditionNames.period("flash-" + candidate)).isEqualTo("flash-" + candidate);
            } else {
                assertThat(candidate).satisfiesAnyOf(c -> assertThat(c).contains(".."), c -> assertThat(c).endsWith("."));
            }
        }
        for (String bad : List.of("conv..oy", "a".repeat(Ids.EVENT_MAX + 1), "convoy.", "Convoy", "-convoy", "a/b",
                "a\\\\b", "", "a b")) {
            assertThat(Ids.isEvent(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> EditionNames.period("flash-" + bad)).as(bad)
                    .isInstanceOf(EditionNames.Invalid.class).hasMessageContaining("at most 150 characters, no '..'");
        }
        assertThat(Ids.isEvent("a".repeat(Ids.EVENT_MAX))).isTrue();
        assertThat(Ids.isEvent("ucdp:261812")).isTrue();
    }

    @Test
    void everyJobIdTheRuleAcceptsIsOneTheArchiveServes() {
        for (String ok : List.of("syria-weekly", "a", "x".repeat(Ids.JOB_MAX))) {
            assertThat(EditionNames.job(ok)).isEqualTo(ok);
        }
        for (String bad : List.of("Syria", "syria weekly", "x".repeat(Ids.JOB_MAX + 1), "-x", "a_b", "a.b")) {
            assertThat(Ids.isJob(bad)).as(bad).isFalse();
        }
    }
}
