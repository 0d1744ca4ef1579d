package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventsCsvTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        List<String> formulas = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

        assertThat(formulas).allSatisfy(f -> assertThat(EventsCsv.inert(f)).isEqualTo("'" + f));
        assertThat(EventsCsv.inert("Convoy leaves Hmeimim = 12 trucks")).isEqualTo("Convoy leaves Hmeimim = 12 trucks");
        assertThat(EventsCsv.inert("")).isEmpty();
        assertThat(EventsCsv.inert(null)).isNull();
    }
}
