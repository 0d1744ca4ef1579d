package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template's style.css may start from another template's, by a leading @import that is inlined. */
class TemplateStylesheetTest {

    @TempDir
    Path templates;

    @Test
    void theShippedFlashTemplateHasTheWeeklyLook() throws IOException {
        String weekly = Files.readString(Path.of("report-templates/weekly-assessment/style.css"));
        assertThat(EditionRenderer.stylesheet(Path.of("report-templates/flash-assessment"))).isEqualTo(weekly);
        assertThat(weekly).contains("@page").doesNotContain("@import");
    }

    @Test
    void rulesAfterTheImportFollowItAndOverrideIt() throws IOException {
        write("base/style.css", "table { font-size: 8pt; }\n");
        write("own/style.css", "/* mine */\n@import \"../base/style.css\";\ntable { font-size: 7pt; }\n");

        assertThat(EditionRenderer.stylesheet(templates.resolve("own")))
                .isEqualTo("table { font-size: 8pt; }\ntable { font-size: 7pt; }\n");
    }

    @Test
    void anImportOutsideTheTemplatesOrOfAMissingFileIsAnErrorNamingIt() throws IOException {
        write("own/style.css", "@import \"../../etc/passwd\";\n");
        write("gone/style.css", "@import \"../nowhere/style.css\";\n");

        assertThatThrownBy(() -> EditionRenderer.stylesheet(templates.resolve("own")))
                .isInstanceOf(RenderException.class).hasMessageContaining("own/style.css")
                .hasMessageContaining("../../etc/passwd");
        assertThatThrownBy(() -> EditionRenderer.stylesheet(templates.resolve("gone")))
                .isInstanceOf(RenderException.class).hasMessageContaining("../nowhere/style.css");
    }

    private void write(String file, String text) throws IOException {
        Files.createDirectories(templates.resolve(file).getParent());
        Files.writeString(templates.resolve(file), text);
    }
}
