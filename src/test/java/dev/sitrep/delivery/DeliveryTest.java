package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.jobs.EditionPublisher;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Editions reach subscribers through a real SMTP server (GreenMail): once each, with the right subject,
 * bodies, attachment and headers, through an outage, a bad address and a restarted step. Each test
 * publishes a job of its own (a copy of syria-weekly), so its versions and subscribers are its own.
 */
@SpringBootTest(classes = SitrepApplication.class)
class DeliveryTest {

    @TempDir
    static Path dir;
    static final int PORT = TestSmtp.freePort();
    static volatile TestSmtp smtp;
    static final Set<String> REJECTED = Set.of("nobody@example.org");
    static Iterator<String> w48Events;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String shipped = Files.readString(Path.of("jobs/syria-weekly.yml"));
        for (String job : List.of("mail-a", "mail-b", "mail-c", "mail-d", "mail-e", "mail-f")) {
            Files.writeString(jobs.resolve(job + ".yml"), shipped.replace("id: syria-weekly", "id: " + job));
        }
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:delivery-test;DB_CLOSE_DELAY=-1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("sitrep.public-url", () -> "https://sitrep.example.org");
        registry.add("sitrep.delivery.first-delay", () -> "20ms");
        registry.add("sitrep.delivery.max-delay", () -> "200ms");
        registry.add("sitrep.delivery.attempts", () -> 10);
        registry.add("sitrep.delivery.page-size", () -> 2);
        registry.add("sitrep.delivery.in-flight-timeout", () -> "0s");
    }

    @BeforeAll
    static void startSmtp() throws IOException {
        smtp = new TestSmtp(PORT, REJECTED);
        smtp.start();
        w48Events = Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")).stream()
                .filter(l -> l.contains("\"occurred\":\"2025-11-2")).toList().iterator();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @MockitoSpyBean
    JavaMailSender mailSender;

    private final EventLog events;
    private final EditionPublisher publisher;
    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;

    DeliveryTest(EventLog events, EditionPublisher publisher, Subscribers subscribers, Deliveries deliveries,
                 JobOperator jobOperator, JobRepository jobRepository) {
        this.events = events;
        this.publisher = publisher;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
    }

    @Test
    void theMailArrivesWithSubjectBodiesAttachmentAndUnsubscribeHeaders() throws Exception {
        newEvent();
        subscribe("mail-a", "pdf", "pdf-reader@example.org");
        subscribe("mail-a", "link", "link-reader@example.org");

        assertThat(publisher.publish("mail-a", "2025-W48").version()).isEqualTo(1);

        MimeMessage pdf = only("pdf-reader@example.org");
        assertThat(pdf.getSubject()).isEqualTo("Syria weekly situation assessment — 2025-W48 (v1)");
        List<Part> parts = leaves(pdf);
        String text = body(parts, "text/plain");
        String html = body(parts, "text/html");
        assertThat(text).contains("Key judgments", "1. ", "https://sitrep.example.org/api/editions/mail-a/2025-W48/1/files/");
        assertThat(html).contains("<h2>Key judgments</h2>", "<ol>", "<li>");
        assertThat(parts).filteredOn(p -> Part.ATTACHMENT.equalsIgnoreCase(disposition(p)))
                .extracting(DeliveryTest::fileName).containsExactly("mail-a-2025-W48-v1.pdf");
        assertThat(pdf.getHeader("List-Unsubscribe")[0]).startsWith("<https://sitrep.example.org/unsubscribe?token=");
        assertThat(pdf.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        MimeMessage link = only("link-reader@example.org");
        assertThat(leaves(link)).noneMatch(p -> Part.ATTACHMENT.equalsIgnoreCase(disposition(p)));

        DeliveryEntry logged = log("mail-a", "pdf-reader@example.org").get(0);
        assertThat(logged.status()).isEqualTo("sent");
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.messageId()).isEqualTo(pdf.getMessageID());
        assertThat(logged.resendOf()).as("a first delivery repeats none").isNull();

        // An explicit re-send is a second e-mail and a second row, marked as repeating the first.
        DeliveryEntry resent = deliveries.resend(logged.id());
        assertThat(resent.resendOf()).isEqualTo(logged.id());
        assertThat(resent.status()).isEqualTo("sent");
        assertThat(received("pdf-reader@example.org")).hasSize(2);
    }

    @Test
    void aNewVersionGoesOutCorrectedAndAnUnchangedReRunSendsNothing() throws Exception {
        newEvent();
        subscribe("mail-b", "md", "reader-b@example.org");
        publisher.publish("mail-b", "2025-W48");
        assertThat(publisher.publish("mail-b", "2025-W48").published()).isFalse();
        assertThat(received("reader-b@example.org")).hasSize(1);
        assertThat(leaves(only("reader-b@example.org"))).extracting(DeliveryTest::fileName)
                .contains("mail-b-2025-W48-v1.md");

        newEvent();
        assertThat(publisher.publish("mail-b", "2025-W48").version()).isEqualTo(2);
        assertThat(received("reader-b@example.org")).extracting(MimeMessage::getSubject)
                .containsExactly("Syria weekly situation assessment — 2025-W48 (v1)",
                        "Syria weekly situation assessment — 2025-W48 (v2) corrected");
    }

    @Test
    void theUnsubscribeLinkStopsDelivery() throws Exception {
        newEvent();
        subscribe("mail-c", "link", "leaver@example.org");
        publisher.publish("mail-c", "2025-W48");
        String header = only("leaver@example.org").getHeader("List-Unsubscribe")[0];
        String token = java.net.URLDecoder.decode(header.substring(header.indexOf("token=") + 6, header.length() - 1),
                java.nio.charset.StandardCharsets.UTF_8);

        subscribers.unsubscribe(token);
        subscribers.unsubscribe(token);
        newEvent();
        assertThat(publisher.publish("mail-c", "2025-W48").version()).isEqualTo(2);

        assertThat(received("leaver@example.org")).hasSize(1);
        assertThat(subscribers.subscriptions("mail-c", null)).isEmpty();
        assertThatThrownBy(() -> subscribers.unsubscribe(token.substring(0, token.length() - 2) + "xx"))
                .isInstanceOf(DeliveryException.BadToken.class);
    }

    @Test
    void anAddressTheServerRejectsIsMarkedAndTheOthersStillReceiveTheirs() throws Exception {
        newEvent();
        subscribe("mail-d", "pdf", "first-d@example.org", "nobody@example.org", "last-d@example.org");
        publisher.publish("mail-d", "2025-W48");

        assertThat(received("first-d@example.org")).hasSize(1);
        assertThat(received("last-d@example.org")).hasSize(1);
        DeliveryEntry bounced = log("mail-d", "nobody@example.org").get(0);
        assertThat(bounced.status()).isEqualTo("permanent-failure");
        assertThat(bounced.attempts()).isEqualTo(1);
        assertThat(bounced.lastError()).contains("550");
        assertThat(subscribers.find("nobody@example.org").status()).isEqualTo("bounced");
    }

    @Test
    void whenTheSmtpServerIsDownTheMailIsRetriedAndDeliveredOnce() throws Exception {
        newEvent();
        subscribe("mail-e", "link", "patient@example.org");
        smtp.stop();
        // The server comes back 150 ms after the first attempt to send (rendering takes longer than that).
        Thread restarter = new Thread(() -> {
            sleep(150);
            smtp = new TestSmtp(PORT, REJECTED);
            smtp.start();
        });
        doAnswer(call -> {
            if (restarter.getState() == Thread.State.NEW) {
                restarter.start();
            }
            return call.callRealMethod();
        }).when(mailSender).send(any(MimeMessage.class));
        try {
            publisher.publish("mail-e", "2025-W48");
        } finally {
            restarter.join();
            reset(mailSender);
        }
        assertThat(received("patient@example.org")).hasSize(1);
        DeliveryEntry d = log("mail-e", "patient@example.org").get(0);
        assertThat(d.status()).isEqualTo("sent");
        assertThat(d.attempts()).isGreaterThan(1);
    }

    @Test
    void aStepRestartedAfterHalfTheRecipientsSendsTheRestAndNobodyTwice() throws Exception {
        newEvent();
        List<String> readers = List.of("r1@example.org", "r2@example.org", "r3@example.org", "r4@example.org",
                "r5@example.org", "r6@example.org");
        subscribe("mail-f", "link", readers.toArray(String[]::new));
        AtomicInteger sends = new AtomicInteger();
        // Pages of two recipients: the first page goes out, then the process dies sending the second.
        doAnswer(call -> {
            if (sends.incrementAndGet() == 2) {
                throw new IllegalStateException("the node died");
            }
            return call.callRealMethod();
        }).when(mailSender).send(any(MimeMessage[].class));

        assertThatThrownBy(() -> publisher.publish("mail-f", "2025-W48")).hasMessageContaining("the node died");
        assertThat(readers.stream().mapToInt(r -> received(r).size()).sum()).isEqualTo(2);

        reset(mailSender);
        JobExecution failed = jobRepository.getLastJobExecution(jobRepository.getLastJobInstance("publishEdition"));
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        JobExecution restarted = jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        for (String reader : readers) {
            assertThat(received(reader)).as(reader).hasSize(1);
        }
        assertThat(deliveries.list("mail-f", null, null, null, 100)).extracting(DeliveryEntry::status)
                .containsOnly("sent").hasSize(6);
    }

    private void newEvent() {
        events.importJson(List.of(w48Events.next()), "delivery-test");
    }

    private void subscribe(String job, String format, String... emails) {
        for (String email : emails) {
            subscribers.add(email, null);
            subscribers.subscribe(email, job, format);
        }
    }

    private List<DeliveryEntry> log(String job, String email) {
        return deliveries.list(job, null, null, null, 100).stream().filter(d -> d.email().equals(email)).toList();
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

    private static MimeMessage only(String email) {
        List<MimeMessage> got = received(email);
        assertThat(got).as(email).hasSize(1);
        return got.get(0);
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> out = new ArrayList<>();
        if (part.getContent() instanceof Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                out.addAll(leaves(child));
            }
        } else {
            out.add(part);
        }
        return out;
    }

    private static String body(List<Part> parts, String type) throws Exception {
        for (Part p : parts) {
            if (p.isMimeType(type) && p.getDisposition() == null) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fileName(Part part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
