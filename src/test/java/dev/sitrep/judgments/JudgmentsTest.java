package dev.sitrep.judgments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.EventLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = SitrepApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:judgments-test;DB_CLOSE_DELAY=-1")
class JudgmentsTest {

    @TempDir
    Path dir;

    private final Judgments judgments;
    private final EventLog events;

    JudgmentsTest(Judgments judgments, EventLog events) {
        this.judgments = judgments;
        this.events = events;
    }

    @BeforeEach
    void logOneEventWithOneSource() throws IOException {
        events.importFile(Files.writeString(dir.resolve("e.jsonl"), """
                {"id":"ev-1","occurred":"2025-09-30","recorded":"2025-09-30T20:00:00Z","type":"military-movement",\
                "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","summary":"Convoy.",\
                "sources":[{"key":"reuters-1","kind":"article-newspaper","publisher":"Reuters","title":"[Convoy]"}]}
                """), "sitrep-jsonl", false);
    }

    private Path judgment(String name, String frontMatter, String body) throws IOException {
        return Files.writeString(dir.resolve(name), "---\n" + frontMatter + "\n---\n" + body + "\n");
    }

    private static String front(String id, String section) {
        return "id: " + id + "\njobs: [syria-weekly]\nsection: " + section
                + "\ntitle: A title\nfrom: 2025-W40\nconfidence: moderate";
    }

    @Test
    void aJudgmentStandsFromItsFirstPeriodAndARevisionReplacesIt() throws IOException {
        judgments.add(List.of(judgment("a.md", front("j-stand", "context"), "Russia hedges [@reuters-1].")));
        List<JudgmentAdded> again = judgments.add(List.of(
                judgment("a.md", front("j-stand", "context"), "Russia hedges [@reuters-1].")));
        List<JudgmentAdded> revised = judgments.add(List.of(judgment("a.md", front("j-stand", "context"),
                "Russia hedges, as the convoy shows [@event:ev-1].")));

        assertThat(again).singleElement().extracting(JudgmentAdded::changed).isEqualTo(false);
        assertThat(revised).singleElement().extracting(JudgmentAdded::revision).isEqualTo(2);
        Instant later = Instant.now().plusSeconds(60);
        assertThat(judgments.standing("syria-weekly", IsoWeek.parse("2025-W39"), later))
                .noneMatch(j -> j.id().equals("j-stand"));
        assertThat(judgments.standing("syria-weekly", IsoWeek.parse("2025-W48"), later))
                .filteredOn(j -> j.id().equals("j-stand")).singleElement()
                .satisfies(j -> assertThat(j.body()).contains("@event:ev-1"));
        assertThat(judgments.standing("other-job", IsoWeek.parse("2025-W48"), later))
                .noneMatch(j -> j.id().equals("j-stand"));
    }

    @Test
    void anUnknownCitationIsRefusedWithFileAndLineAndNothingOfTheBatchIsStored() throws IOException {
        Path good = judgment("good.md", front("j-good", "risks"), "Fine [@reuters-1].");
        Path bad = judgment("bad.md", front("j-bad", "risks"), "First line.\nCites [@no-such-source].");

        assertThatThrownBy(() -> judgments.add(List.of(good, bad)))
                .isInstanceOf(JudgmentException.class)
                .hasMessageContaining("bad.md:10: unknown citation [@no-such-source]");
        assertThat(judgments.standing("syria-weekly", IsoWeek.parse("2025-W48"), Instant.now().plusSeconds(60)))
                .noneMatch(j -> j.id().equals("j-good"));
    }

    @Test
    void aJudgmentCannotCiteAnEventAfterTheFirstPeriodItStandsIn() throws IOException {
        Path early = judgment("early.md", front("j-early", "context").replace("2025-W40", "2025-W39"),
                "Foreseen [@event:ev-1].");

        assertThatThrownBy(() -> judgments.add(List.of(early))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("early.md:9: [@event:ev-1] happened on 2025-09-30")
                .hasMessageContaining("set from: 2025-W40 or later");
    }

    @Test
    void imagesAndMalformedCitationKeysAreRefusedNamingTheLine() throws IOException {
        assertThatThrownBy(() -> judgments.add(List.of(judgment("img.md", front("j-img", "context"),
                "See ![map](http://127.0.0.1/map.png)."))))
                .hasMessageContaining("img.md:9: images are refused in judgments");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("key.md", front("j-key", "context"),
                "Cites [@Reuters-1]."))))
                .hasMessageContaining("key.md:9: @Reuters-1 is not a citation key");
    }

    @Test
    void rawHtmlAnUnknownSectionAndABadWeekAreRefusedNamingTheLine() throws IOException {
        assertThatThrownBy(() -> judgments.add(List.of(judgment("html.md", front("j-html", "context"),
                "Text.\n<script>alert(1)</script>")))).hasMessageContaining("html.md:10: raw HTML is refused");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("sec.md", front("j-sec", "gossip"), "Text."))))
                .hasMessageContaining("sec.md:4: section 'gossip' is not one of");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("wk.md",
                front("j-wk", "context").replace("2025-W40", "2025-W99"), "Text."))))
                .hasMessageContaining("wk.md:6: from:").hasMessageContaining("W01 to W52");
    }
}
