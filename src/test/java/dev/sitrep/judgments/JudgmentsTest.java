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
    void linksThatCouldRunCodeOrReadFilesAreRefusedNamingTheLineAndWebLinksPass() throws IOException {
        // (A tab inside a destination makes no Markdown link at all: that vector is the HTML cleaner's, SafeLinksTest.)
        for (String target : List.of("JavaScript:alert(document.cookie)", "JAVASCRIPT:alert(1)",
                "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "vbscript:msgbox")) {
            assertThatThrownBy(() -> judgments.add(List.of(judgment("link.md", front("j-link", "context"),
                    "Text.\nSee [the report](" + target + ")."))))
                    .as(target).isInstanceOf(JudgmentException.class)
                    .hasMessageContaining("link.md:10: the link to '")
                    .hasMessageContaining("is refused: links may be to web pages (http, https)");
        }
        assertThatThrownBy(() -> judgments.add(List.of(judgment("ref.md", front("j-ref", "context"),
                "See [the report][r].\n\n[r]: FILE:///etc/passwd"))))
                .hasMessageContaining("ref.md:11: the link to 'FILE:///etc/passwd' is refused");
        assertThat(judgments.add(List.of(judgment("web.md", front("j-web", "context"),
                "See [the report](https://example.org/a_b), [mail](mailto:desk@example.org) and [above](#context)."))))
                .singleElement().extracting(JudgmentAdded::changed).isEqualTo(true);
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

    @Test
    void theFrontMatterTakesOneJobAProbabilityAReviewWeekAndNamesAndACitationWithALocator() throws IOException {
        judgments.add(List.of(judgment("p.md", """
                id: j-prob
                job: syria-weekly
                section: outlook
                title: A title
                from: 2025-W40
                review-by: 2025-W45
                confidence: low
                likelihood: 70 %
                actors: [Russian Armed Forces]
                places: Hmeimim Air Base
                tags: [russia, "bases, coast"]""", "Flights resume [@reuters-1, p. 2].")));

        assertThat(judgments.revisions("j-prob")).singleElement().satisfies(j -> {
            assertThat(j.jobs()).containsExactly("syria-weekly");
            assertThat(j.likelihood()).isEqualTo("0.7");
            assertThat(j.reviewBy()).isEqualTo(IsoWeek.parse("2025-W45"));
            assertThat(j.places()).containsExactly("Hmeimim Air Base");
            assertThat(j.tags()).containsExactly("russia", "bases, coast");
        });
        assertThat(dev.sitrep.core.Likelihood.describe("0.7")).isEqualTo("likely (70 %; band 55–80 %)");
        assertThat(judgments.list(true)).anyMatch(j -> j.id().equals("j-prob"));
    }

    @Test
    void anUnknownJobFieldOrLikelihoodAndHtmlInTitleOrCommentsAreRefusedNamingTheLine() throws IOException {
        assertThatThrownBy(() -> judgments.add(List.of(judgment("job.md",
                front("j-job", "context").replace("[syria-weekly]", "[syria-weekly, nope]"), "Text."))))
                .hasMessageContaining("job.md:3: unknown job 'nope'");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("field.md",
                front("j-field", "context") + "\nconfidance: high", "Text."))))
                .hasMessageContaining("field.md:8: unknown front-matter field 'confidance'");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("lk.md",
                front("j-lk", "context") + "\nlikelihood: probable", "Text."))))
                .hasMessageContaining("lk.md:8: likelihood 'probable' is neither an ICD 203 term");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("title.md",
                front("j-title", "context").replace("A title", "<b>A</b> title"), "Text."))))
                .hasMessageContaining("title.md:5: title: raw HTML is refused");
        assertThatThrownBy(() -> judgments.add(List.of(judgment("comment.md", front("j-comment", "context"),
                "Shown. <!-- hidden from readers -->")))).hasMessageContaining("comment.md:9: raw HTML is refused");
        assertThat(judgments.list(false)).extracting(Judgment::id)
                .doesNotContain("j-job", "j-field", "j-lk", "j-title", "j-comment");
    }

    @Test
    void aTitleWhoseEstimativeWordContradictsItsLikelihoodIsRefusedNamingTheFileAndLine() throws IOException {
        String contradictory = front("j-exit", "key-judgment")
                .replace("A title", "A full Russian exit within a year is improbable") + "\nlikelihood: very likely";

        assertThatThrownBy(() -> judgments.add(List.of(judgment("exit.md", contradictory, "Russia stays."))))
                .isInstanceOf(JudgmentException.class)
                .hasMessageContaining("exit.md:5: the title says 'improbable' (below an even "
                        + "chance) but the likelihood is very likely (80–95 %) (line 8): reword the title or "
                        + "change the likelihood");
        assertThat(judgments.list(false)).extracting(Judgment::id).doesNotContain("j-exit");
    }

    @Test
    void aTitleWhoseEstimativeWordAgreesWithItsLikelihoodIsAccepted() throws IOException {
        String consistent = front("j-stay", "key-judgment")
                .replace("A title", "Russia will very likely keep a foothold in Syria") + "\nlikelihood: very likely";
        String agreeing = front("j-exit-unlikely", "key-judgment")
                .replace("A title", "A full Russian exit within a year is improbable") + "\nlikelihood: 10 %";

        judgments.add(List.of(judgment("stay.md", consistent, "Russia stays."),
                judgment("exit.md", agreeing, "Russia stays.")));

        assertThat(judgments.list(false)).extracting(Judgment::id).contains("j-stay", "j-exit-unlikely");
    }

    @Test
    void aJudgmentCarriesForwardOverThreePeriodsWithOneRevisionAndOneExpiry() throws IOException {
        judgments.add(List.of(
                judgment("carry.md", front("j-carry", "risks"), "First wording [@reuters-1]."),
                judgment("end.md", front("j-end", "risks") + "\nuntil: 2025-W41", "Ends after W41.")));
        judgments.add(List.of(judgment("carry.md", front("j-carry", "risks") + "\nrevised: 2025-W42",
                "Second wording [@event:ev-1].")));
        Instant later = Instant.now().plusSeconds(60);

        assertThat(status(later, "2025-W40")).containsExactly(
                "j-carry r1 New this period.", "j-end r1 New this period.");
        assertThat(status(later, "2025-W41")).containsExactly(
                "j-carry r1 Unchanged since 2025-W40.", "j-end r1 Unchanged since 2025-W40.");
        assertThat(status(later, "2025-W42")).containsExactly(
                "j-carry r2 Revised this period; stands since 2025-W40.");
        assertThat(status(later, "2025-W43")).containsExactly(
                "j-carry r2 Revised in 2025-W42; stands since 2025-W40.");
        assertThat(judgments.revisions("j-carry")).extracting(Judgment::revision).containsExactly(1, 2);
    }

    @Test
    void twoRevisionsOfOneIdInABatchAreStoredInOrderAndAddingTheBatchAgainAddsNothing() throws IOException {
        Path r1 = judgment("r.md", front("j-replay", "context"), "First [@reuters-1].");
        Path r2 = judgment("r.rev2.md", front("j-replay", "context") + "\nrevised: 2025-W41", "Second [@reuters-1].");

        assertThat(judgments.add(List.of(r1, r2))).extracting(JudgmentAdded::revision, JudgmentAdded::changed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(judgments.add(List.of(r1, r2))).extracting(JudgmentAdded::revision, JudgmentAdded::changed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, false), org.assertj.core.groups.Tuple.tuple(2, false));
        assertThat(judgments.revisions("j-replay")).hasSize(2);
    }

    @Test
    void aWithdrawnJudgmentLeavesEditionsFromItsWithdrawalOnAndEarlierOnesKeepIt() throws IOException {
        judgments.add(List.of(judgment("w.md", front("j-wd", "risks"), "Stands [@reuters-1].")));
        judgments.add(List.of(judgment("w.md", front("j-wd", "risks") + "\nwithdrawn: 2025-W42",
                "Withdrawn: the convoys stopped [@reuters-1].")));
        Instant later = Instant.now().plusSeconds(60);

        assertThat(statusOf("j-wd", later, "2025-W41")).containsExactly("j-wd r1 Unchanged since 2025-W40.");
        assertThat(statusOf("j-wd", later, "2025-W42")).isEmpty();
        assertThat(judgments.revisions("j-wd")).last().satisfies(j -> assertThat(j.withdrawn()).isTrue());
        assertThat(judgments.list(true)).noneMatch(j -> j.id().equals("j-wd"));
    }

    private List<String> statusOf(String id, Instant asOf, String period) {
        IsoWeek week = IsoWeek.parse(period);
        return judgments.standing("syria-weekly", week, asOf).stream().filter(j -> j.id().equals(id))
                .map(j -> j.id() + " r" + j.revision() + " " + j.statusIn(week)).toList();
    }

    private List<String> status(Instant asOf, String period) {
        IsoWeek week = IsoWeek.parse(period);
        return judgments.standing("syria-weekly", week, asOf).stream()
                .filter(j -> j.id().equals("j-carry") || j.id().equals("j-end"))
                .map(j -> j.id() + " r" + j.revision() + " " + j.statusIn(week)).toList();
    }

    @Test
    void aLikelihoodAboutAScenarioOrASeriesConditionIsStoredAndCheckedAgainstTheJob() throws IOException {
        judgments.add(List.of(
                judgment("base.md", front("j-about-base", "outlook") + "\nlikelihood: likely\nabout: {scenario: base}",
                        "Movements go on [@reuters-1]."),
                judgment("attack.md", front("j-about-attack", "risks")
                        + "\nlikelihood: 10 %\nabout: {condition: attacks-on-russian-forces total >= 1}",
                        "An attack is very unlikely [@reuters-1].")));

        assertThat(judgments.list(false)).filteredOn(j -> j.id().startsWith("j-about-"))
                .extracting(j -> j.about().stored())
                .containsExactlyInAnyOrder("scenario: base", "condition: attacks-on-russian-forces total >= 1");
    }

    @Test
    void anAboutTheJobCannotJudgeIsRefusedWithFileLineAndWhatTheJobHas() throws IOException {
        Path scenario = judgment("s.md", front("j-bad-scenario", "outlook")
                + "\nlikelihood: likely\nabout: {scenario: apocalypse}", "Text [@reuters-1].");
        Path series = judgment("c.md", front("j-bad-series", "outlook")
                + "\nlikelihood: likely\nabout: {condition: ufo-sightings total >= 1}", "Text [@reuters-1].");
        Path noLikelihood = judgment("n.md", front("j-no-likelihood", "outlook")
                + "\nabout: {scenario: base}", "Text [@reuters-1].");
        Path badKind = judgment("k.md", front("j-bad-kind", "outlook")
                + "\nlikelihood: likely\nabout: {series: convoys}", "Text [@reuters-1].");

        assertThatThrownBy(() -> judgments.add(List.of(scenario))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("s.md:9: about: job syria-weekly has no scenario 'apocalypse'")
                .hasMessageContaining("[worst, best, base]");
        assertThatThrownBy(() -> judgments.add(List.of(series))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("c.md:9: about: job syria-weekly: 'ufo-sightings' is not a tracked series");
        assertThatThrownBy(() -> judgments.add(List.of(noLikelihood))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("n.md:8: 'about' links the judgment's likelihood to the model, but the "
                        + "judgment states no likelihood");
        assertThatThrownBy(() -> judgments.add(List.of(badKind))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("k.md:9: about: 'series' is none of 'scenario', 'condition' or 'outcome'");
        assertThat(judgments.list(false)).noneMatch(j -> j.id().startsWith("j-bad-") || j.id().equals("j-no-likelihood"));
    }

    @Test
    void anOutcomeIsJudgedAtOneOfTheJobsHorizonsAndOnlyIfTheJobDefinesIt() throws IOException {
        Path good = judgment("o.md", front("j-outcome", "outcomes")
                + "\nlikelihood: unlikely\nabout: {outcome: best, months: 12}", "Text [@reuters-1].");
        Path unknown = judgment("u.md", front("j-bad-outcome", "outcomes")
                + "\nlikelihood: likely\nabout: {outcome: peace, months: 12}", "Text [@reuters-1].");
        Path horizon = judgment("h.md", front("j-bad-horizon", "outcomes")
                + "\nlikelihood: likely\nabout: {outcome: best, months: 18}", "Text [@reuters-1].");
        Path remainder = judgment("r.md", front("j-bad-remainder", "outcomes")
                + "\nlikelihood: likely\nabout: {outcome: base, months: 12}", "Text [@reuters-1].");
        Path noMonths = judgment("m.md", front("j-bad-months", "outcomes")
                + "\nlikelihood: likely\nabout: {outcome: best}", "Text [@reuters-1].");

        judgments.add(List.of(good));
        assertThat(judgments.list(false)).filteredOn(j -> j.id().equals("j-outcome")).singleElement()
                .satisfies(j -> assertThat(j.about().stored()).isEqualTo("outcome: best, 12 months"));
        assertThatThrownBy(() -> judgments.add(List.of(unknown))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("u.md:9: about: job syria-weekly has no outcome scenario 'peace' "
                        + "(its outcomes: [best, worst, base])");
        assertThatThrownBy(() -> judgments.add(List.of(horizon))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("h.md:9: about: job syria-weekly judges its outcomes at [6, 12, 24] months, "
                        + "not at 18");
        assertThatThrownBy(() -> judgments.add(List.of(remainder))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("r.md:9: about: 'base' is the remainder of the other outcomes");
        assertThatThrownBy(() -> judgments.add(List.of(noMonths))).isInstanceOf(JudgmentException.class)
                .hasMessageContaining("m.md:9: an outcome is named with its horizon: 'about: {outcome: <name>, "
                        + "months: <n>}'");
    }
}
