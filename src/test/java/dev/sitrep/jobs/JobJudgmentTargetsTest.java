package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.judgments.JudgmentTargets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobJudgmentTargetsTest {

    @Test
    void aTemplateDefinesASectionByPlacingIt() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("t")).resolve("assessment.md.ftl"), """
                <@passages a.section("context").passages/>
                <#if a.section( "sanctions-regime" ).passages?has_content>
                ## Sanctions
                </#if>""");

        assertThat(JobJudgmentTargets.sectionsOf(dir.resolve("t")))
                .containsAll(JudgmentTargets.STANDARD_SECTIONS).contains("sanctions-regime");
        assertThat(JobJudgmentTargets.sectionsOf(Path.of("report-templates/weekly-assessment")))
                .isEqualTo(new java.util.TreeSet<>(JudgmentTargets.STANDARD_SECTIONS));
    }

    @TempDir
    Path dir;
}
