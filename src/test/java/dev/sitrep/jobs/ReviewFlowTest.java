package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Drafts;
import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.archive.ReviewConflict;
import dev.sitrep.archive.Reviewed;
import dev.sitrep.delivery.Subscribers;
import dev.sitrep.delivery.TestSmtp;
import dev.sitrep.events.EventLog;
import dev.sitrep.judgments.Judgments;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job with {@code review: required}: each run leaves a draft that is neither in the archive nor
 * delivered; approval publishes it under its number, with the approver in the manifest, and delivers it
 * once; a draft sent back is never published. Real runs of publishEdition, a real SMTP server.
 */
@SpringBootTest(classes = SitrepApplication.class)
class ReviewFlowTest {

    @TempDir
    static Path dir;
    static final int PORT = TestSmtp.freePort();
    static TestSmtp smtp;
    static Iterator<String> w48Events;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String shipped = Files.readString(Path.of("jobs/syria-weekly.yml"));
        for (String job : List.of("review-a", "review-b", "review-c")) {
            Files.writeString(jobs.resolve(job + ".yml"), shipped.replace("id: syria-weekly", "id: " + job)
                    + "review: required\n");
        }
        // Published at once (review: none), but held, or refused, when the model and an analyst disagree.
        for (String policy : List.of("review", "refuse")) {
            Files.writeString(jobs.resolve("disagree-" + policy + ".yml"), shipped.replace("id: syria-weekly",
                    "id: disagree-" + policy) + "on-disagreement: " + policy + "\n");
        }
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:review-flow-test;DB_CLOSE_DELAY=-1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @BeforeAll
    static void startSmtp() throws IOException {
        smtp = new TestSmtp(PORT, Set.of());
        smtp.start();
        w48Events = Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")).stream()
                .filter(l -> l.contains("\"occurred\":\"2025-11-2")).toList().iterator();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private final EventLog events;
    private final EditionPublisher publisher;
    private final Editions editions;
    private final Review review;
    private final Subscribers subscribers;
    private final Judgments judgments;

    ReviewFlowTest(EventLog events, EditionPublisher publisher, Editions editions, Review review,
                   Subscribers subscribers, Judgments judgments) {
        this.events = events;
        this.publisher = publisher;
        this.editions = editions;
        this.review = review;
        this.subscribers = subscribers;
        this.judgments = judgments;
    }

    @Test
    void aDraftIsNeitherArchivedNorDeliveredUntilApprovedAndThenItIsBothOnce() throws Exception {
        newEvent();
        subscribe("review-a", "reader-a@example.org");

        PublishOutcome drafted = publisher.publish("review-a", "2025-W48");
        assertThat(drafted.draft()).isTrue();
        assertThat(drafted.version()).isEqualTo(1);
        assertThat(drafted.folder()).isEqualTo(dir.resolve("out/.drafts/review-a/2025-W48/v1"));
        assertThat(editions.list("review-a", null, null)).as("a draft is not an edition").isEmpty();
        assertThatThrownBy(() -> editions.find("review-a", "2025-W48", 1)).hasMessageContaining("no edition");
        assertThat(dir.resolve("out/review-a")).doesNotExist();
        assertThat(received("reader-a@example.org")).as("a draft is not delivered").isEmpty();
        Reviewed draft = review.drafts().find("review-a", "2025-W48", null);
        assertThat(review.report(draft)).contains("# Review: review-a 2025-W48, draft v1", "The first version",
                "## Judgments due for review", "## Consistency with the model", "## Input rejected in the period");

        PublishOutcome again = publisher.publish("review-a", "2025-W48");
        assertThat(again.published()).as("the same content again: the pending draft stands").isFalse();
        assertThat(again.draft()).isTrue();
        assertThat(review.drafts().list("review-a")).hasSize(1);

        Review.Approved approved = review.approve("review-a", "2025-W48", "alice");
        EditionVersion v1 = approved.version();
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(EditionState.PUBLISHED);
        assertThat(editions.list("review-a", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 PUBLISHED");
        Path published = dir.resolve("out/review-a/2025-W48/v1");
        assertThat(Files.readString(published.resolve("manifest.json")))
                .contains("\"approvedBy\" : \"alice\"", "\"approvedAt\"");
        assertThat(Files.readAllBytes(published.resolve("review-a-2025-W48-v1.pdf"))).as("what was reviewed is what is published")
                .isEqualTo(Files.readAllBytes(drafted.folder().resolve("review-a-2025-W48-v1.pdf")));
        assertThat(published.resolve(Drafts.REVIEW_REPORT)).as("the review report is for reviewers").doesNotExist();
        assertThat(editions.verify(editions.find("review-a", "2025-W48", null)).problems()).isEmpty();
        assertThat(received("reader-a@example.org")).hasSize(1);

        assertThatThrownBy(() -> review.approve("review-a", "2025-W48", "bob"))
                .isInstanceOf(ReviewConflict.class).hasMessageContaining("already approved by alice");
        assertThat(received("reader-a@example.org")).as("a second approval sends nothing").hasSize(1);
        assertThat(publisher.publish("review-a", "2025-W48").published()).as("nothing changed since v1").isFalse();
    }

    @Test
    void aDraftSentBackIsNeverPublishedAndANewerDraftReplacesAPendingOne() throws Exception {
        newEvent();
        subscribe("review-b", "reader-b@example.org");
        publisher.publish("review-b", "2025-W48");
        review.approve("review-b", "2025-W48", "alice");

        newEvent();
        assertThat(publisher.publish("review-b", "2025-W48").version()).isEqualTo(2);
        Reviewed v2 = review.drafts().find("review-b", "2025-W48", null);
        assertThat(review.report(v2)).contains("## Changes since v1", "- Key judgments: ", "```diff", "--- v1",
                "+++ draft v2", "-**2025-W48 · 24–30 November 2025 · edition v1**",
                "+**2025-W48 · 24–30 November 2025 · edition v2**");
        assertThatThrownBy(() -> review.sendBack("review-b", "2025-W48", "bob", " "))
                .isInstanceOf(ReviewConflict.class).hasMessageContaining("comment is required");
        Reviewed sentBack = review.sendBack("review-b", "2025-W48", "bob", "Cite the Reuters report on the convoy.");
        assertThat(sentBack.version().state()).isEqualTo(EditionState.SENT_BACK);
        assertThat(sentBack.reviewer()).isEqualTo("bob");
        assertThat(sentBack.comment()).isEqualTo("Cite the Reuters report on the convoy.");
        assertThatThrownBy(() -> review.approve("review-b", "2025-W48", "alice"))
                .isInstanceOf(ReviewConflict.class).hasMessageContaining("sent back by bob");

        newEvent();
        assertThat(publisher.publish("review-b", "2025-W48").version()).isEqualTo(3);
        newEvent();
        assertThat(publisher.publish("review-b", "2025-W48").version()).isEqualTo(4);
        assertThat(review.drafts().list("review-b")).extracting(r -> "v" + r.version().version() + " " + r.version().state())
                .containsExactly("v4 DRAFT", "v3 REPLACED", "v2 SENT_BACK");

        assertThat(review.approve("review-b", "2025-W48", "alice").version().version()).isEqualTo(4);
        assertThat(editions.list("review-b", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 SUPERSEDED", "v4 PUBLISHED");
        assertThat(Files.readString(dir.resolve("out/review-b/2025-W48/v4/review-b-2025-W48-v4.md")))
                .as("a published version's changes are counted from the version published before it")
                .contains("Changes since v1");
        assertThat(received("reader-b@example.org")).extracting(MimeMessage::getSubject)
                .containsExactly("Syria weekly situation assessment — 2025-W48 (v1)",
                        "Syria weekly situation assessment — 2025-W48 (v4) corrected");
    }

    @Test
    void theReviewReportListsJudgmentsDueForReviewConsistencyWarningsAndTheInputRejectedInThePeriod() throws Exception {
        newEvent();
        judgments.addTexts(List.of(new Judgments.Text("due.md", """
                ---
                id: review-c-due
                job: review-c
                section: context
                title: Moscow keeps a caretaker presence
                from: 2025-W40
                review-by: 2025-W45
                confidence: moderate
                ---
                Russia keeps a small presence at Hmeimim while it negotiates.
                """), new Judgments.Text("attack.md", """
                ---
                id: review-c-attack
                job: review-c
                section: risks
                title: Russian forces will come under attack
                from: 2025-W48
                confidence: low
                likelihood: almost certain
                about: {condition: attacks-on-russian-forces total >= 1}
                ---
                An attack on Russian forces within eight weeks is all but certain.
                """)));
        events.importJson(List.of("{\"id\":\"bad one\",\"occurred\":\"2025-11-24\"}"), "review-c-test.jsonl");

        publisher.publish("review-c", "2025-W48");

        String report = review.report(review.drafts().find("review-c", "2025-W48", null));
        assertThat(report).contains("`review-c-due` r1 “Moscow keeps a caretaker presence” (context): review by 2025-W45");
        assertThat(report).contains("| review-c-test.jsonl | 1 |");
        // The log of this test holds no attack on Russian forces: the model gives it almost no chance.
        assertThat(report).contains("## Consistency with the model\n\nThe analyst decides; Sitrep changes neither side.",
                "- 'Russian forces will come under attack' (review-c-attack) states almost certain (95–100 %) about "
                        + "'attacks-on-russian-forces total >= 1'; the model gives 0 %, almost no chance (0–5 %): "
                        + "6 bands apart.");
    }

    /** "Almost certain" that Russian forces come under attack, in a log that holds no attack: six bands apart. */
    private void certainOfAnAttack(String job) {
        judgments.addTexts(List.of(new Judgments.Text(job + ".md", """
                ---
                id: %s-attack
                job: %s
                section: risks
                title: Russian forces will come under attack
                from: 2025-W48
                confidence: low
                likelihood: almost certain
                about: {condition: attacks-on-russian-forces total >= 1}
                ---
                An attack on Russian forces within eight weeks is all but certain.
                """.formatted(job, job))));
    }

    @Test
    void aJobThatHoldsDisagreementsForReviewMakesADraftThoughItNeedsNoReview() throws Exception {
        newEvent();
        certainOfAnAttack("disagree-review");

        PublishOutcome held = publisher.publish("disagree-review", "2025-W48");

        assertThat(held.draft()).isTrue();
        assertThat(editions.list("disagree-review", null, null)).as("a draft is not an edition").isEmpty();
        assertThat(dir.resolve("out/disagree-review")).doesNotExist();
        assertThat(Files.readString(held.folder().resolve("disagree-review-2025-W48-v1.md")))
                .contains("*(Confidence: low; almost certain (95–100 %). New this period.)* **The model puts this at "
                        + "0 % (almost no chance), six bands below the analyst's almost certain (95–100 %).**");
        assertThat(review.report(review.drafts().find("disagree-review", "2025-W48", null)))
                .contains("waits for review because the model disagrees with an analyst's likelihood",
                        "(disagree-review-attack) states almost certain (95–100 %)");
        assertThat(review.approve("disagree-review", "2025-W48", "alice").version().state())
                .isEqualTo(EditionState.PUBLISHED);
    }

    @Test
    void aJobThatRefusesDisagreementsFailsTheRunNamingTheJudgmentAndBothFiguresAndPublishesNothing() {
        newEvent();
        certainOfAnAttack("disagree-refuse");

        assertThatThrownBy(() -> publisher.publish("disagree-refuse", "2025-W48"))
                .isInstanceOf(EstimatesDisagreeException.class)
                .hasMessageContaining("disagree-refuse 2025-W48 not published")
                .hasMessageContaining("(disagree-refuse-attack) states almost certain (95–100 %) about "
                        + "'attacks-on-russian-forces total >= 1'; the model gives 0 %, almost no chance (0–5 %): "
                        + "6 bands apart.")
                .satisfies(e -> assertThat(((EstimatesDisagreeException) e).exitCode())
                        .isEqualTo(PublishFailedException.EXIT_CODE));
        assertThat(editions.list("disagree-refuse", null, null)).isEmpty();
        assertThat(review.drafts().list("disagree-refuse")).isEmpty();
        assertThat(dir.resolve("out/disagree-refuse")).doesNotExist();
        assertThat(dir.resolve("out/.drafts/disagree-refuse")).doesNotExist();
    }

    private void newEvent() {
        events.importJson(List.of(w48Events.next()), "review-flow-test");
    }

    private void subscribe(String job, String email) {
        subscribers.add(email, null);
        subscribers.subscribe(email, job, "link");
    }

    private static List<MimeMessage> received(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
