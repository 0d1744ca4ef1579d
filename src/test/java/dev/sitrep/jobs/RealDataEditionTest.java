package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.Sha256;
import dev.sitrep.events.EventLog;
import dev.sitrep.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The real-data edition: the 13,616 UCDP GED Syria events, job syria-ucdp, 2018-W08 (the week the
 * Eastern Ghouta offensive began) and the flash assessment of that week's deadliest precisely dated
 * event. The data lives beside the repository (shared/), as in CI; without it the test is skipped,
 * except in CI, where it fails.
 */
@SpringBootTest(classes = SitrepApplication.class)
class RealDataEditionTest {

    static final Path FILE = Path.of("../shared/data/ucdp-ged-syria/ged-syria-2016-01_2018-07-01.csv");

    @TempDir
    static Path dir;

    @TestBean
    Clock clock;

    private final EventLog events;
    private final EditionPublisher publisher;
    private final FlashPublisher flash;

    RealDataEditionTest(EventLog events, EditionPublisher publisher, FlashPublisher flash) {
        this.events = events;
        this.publisher = publisher;
        this.flash = flash;
    }

    static Clock clock() {
        return Clock.fixed(Instant.parse("2026-01-05T08:00:00Z"), ZoneOffset.UTC);
    }

    @DynamicPropertySource
    static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:real-data;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    @Test
    void theEasternGhoutaWeekLeadsWithTheRifDimashqDeathSurgeAndItsEpisodeInPlainCitedWords() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FILE) || "true".equals(System.getenv("CI")),
                "the UCDP GED file is not beside the repository");
        assertThat(events.importFile(FILE, "ucdp-ged", false).rejected()).isZero();

        PublishOutcome edition = publisher.publish("syria-ucdp", "2018-W08");

        assertThat(edition.published()).isTrue();
        String markdown = Files.readString(edition.folder().resolve("syria-ucdp-2018-W08-v1.md"));
        String first = PublishEditionEndToEnd.section(markdown, "## Key judgments", "## Context").lines()
                .filter(l -> l.startsWith("1. ")).findFirst().orElseThrow();
        assertThat(first).startsWith("1. **Surge in deaths in Rif Dimashq Governorate.** ")
                .contains("deaths in Rif Dimashq Governorate this week", "times the 83 a week on average",
                        "Eastern Ghouta", "Kafr Batna", "episode of heightened violence in Rif Dimashq Governorate",
                        "Government of Syria against Syrian insurgents", "[SOHR 2018");
        EditionText.assertPlain(markdown);
        assertThat(PublishEditionEndToEnd.section(markdown, "### Deadliest events", "##"))
                .contains("| 21 Feb 2018 | Kafr Batna suburb, Rif Dimashq Governorate |");
        Path pdf = edition.folder().resolve("syria-ucdp-2018-W08-v1.pdf");
        Golden.check("syria-ucdp-2018-W08/edition.md", markdown);
        Golden.check("syria-ucdp-2018-W08/pdf.sha256", Sha256.hex(Files.readAllBytes(pdf)) + "\n");

        // syria-weekly's log starts in 2025: the 2018 event is in syria-ucdp's scope alone.
        assertThat(flash.jobFor("ucdp:261812"))
                .isEqualTo("syria-ucdp: the only job whose scope holds the event");
        PublishOutcome assessed = flash.assess("ucdp:261812", null);
        assertThat(assessed.jobId()).isEqualTo("syria-ucdp");
        assertThat(flash.jobFor("ucdp:261812")).isEqualTo("syria-ucdp: it has assessed the event before");
        assertThat(assessed.files()).anyMatch(f -> f.toString().endsWith(".pdf"));
        Path flashMarkdown = assessed.files().stream().filter(f -> f.toString().endsWith(".md")).findFirst()
                .orElseThrow();
        // The pattern in words, with both months: counted from the log, as the sample's flash test does.
        assertThat(Files.readString(flashMarkdown)).containsPattern("This is the \\d+(st|nd|rd|th) state-based event "
                + "involving Government of Syria or Syrian insurgents in 30 days and the \\d+(st|nd|rd|th) since "
                + "27 Nov 2017: \\d+ in February so far against \\d+ in January\\. Its week had \\d+, against \\d+ a week "
                + "over the 12 weeks before it: (within|above|below) the usual range");
        // The episode the weekly tells, told again by the flash of one of its events, citing that week's deadliest.
        assertThat(PublishEditionEndToEnd.section(Files.readString(flashMarkdown), "## Key judgments", "## "))
                .contains("2. **Part of heightened violence in Rif Dimashq Governorate, first week.** A week out of the "
                        + "ordinary may begin an episode of heightened violence in Rif Dimashq Governorate, mostly "
                        + "Government of Syria against Syrian insurgents around ");
        assertThat(PublishEditionEndToEnd.section(Files.readString(flashMarkdown), "## 2. Pattern", "## 3"))
                .contains("an episode of heightened violence in Rif Dimashq Governorate");
        EditionText.assertPlain(Files.readString(flashMarkdown));
    }
}
