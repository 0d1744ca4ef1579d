package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");

    private static Assessment withEventSources(Map<String, List<String>> eventSources, String title) {
        return new Assessment("syria-weekly", title, W48.toString(), W48.monday(), W48.sunday(),
                Instant.parse("2025-12-01T00:00:00Z"), 0, 0, List.of(), List.of(),
                TrendAnalysis.analyse(List.of(), W48, 12, null),
                PrognosisAnalysis.forecast(List.of(), W48, PrognosisSettings.of(List.of(), List.of(), List.of()), null),
                List.of(), List.of(), eventSources, List.of(), null);
    }

    @Test
    void theSameModelHashesTheSameWhateverOrderItsMapsWereFilledIn() {
        Map<String, List<String>> ab = new LinkedHashMap<>();
        ab.put("a", List.of("reuters"));
        ab.put("b", List.of("sohr"));
        Map<String, List<String>> ba = new LinkedHashMap<>();
        ba.put("b", List.of("sohr"));
        ba.put("a", List.of("reuters"));

        assertThat(ContentHash.of(withEventSources(ab, "T"), "apa", "A4", "t", "1"))
                .isEqualTo(ContentHash.of(withEventSources(ba, "T"), "apa", "A4", "t", "1"));
    }

    @Test
    void anyChangeOfContentStyleTemplateOrSoftwareChangesTheHash() {
        Assessment a = withEventSources(Map.of(), "T");
        String hash = ContentHash.of(a, "apa", "A4", "t", "1");

        assertThat(ContentHash.of(withEventSources(Map.of(), "T2"), "apa", "A4", "t", "1")).isNotEqualTo(hash);
        assertThat(ContentHash.of(a, "ieee", "A4", "t", "1")).isNotEqualTo(hash);
        assertThat(ContentHash.of(a, "apa", "A4", "t2", "1")).isNotEqualTo(hash);
        assertThat(ContentHash.of(a, "apa", "A4", "t", "2")).isNotEqualTo(hash);
        assertThat(ContentHash.of(a, "apa", "letter", "t", "1")).isNotEqualTo(hash);
    }
}
