package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.core.Sha256;
import dev.sitrep.web.security.Role;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:archive-web-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class ArchiveWebTest {

    @TempDir
    static Path out;

    @DynamicPropertySource
    static void outDir(DynamicPropertyRegistry registry) {
        registry.add("sitrep.archive.out-dir", () -> out.toString());
    }

    /** Everything here is read as an archivist; who else may read it is SecurityWebTest's subject. */
    private ResultActions read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("archivist").roles(Role.ARCHIVIST.name())));
    }

    private static final byte[] PDF = "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8);

    private final MockMvc mvc;
    private final Archive archive;

    ArchiveWebTest(MockMvc mvc, Archive archive) {
        this.mvc = mvc;
        this.archive = archive;
    }

    private static boolean published;

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        for (int v = 1; v <= 2; v++) {
            String base = Archive.baseName("web-job", "2025-W48", v);
            archive.publish(new PublishRequest("web-job", "2025-W48", v, Sha256.hex("content " + v), "inputs",
                    Instant.parse("2026-01-0" + (4 + v) + "T08:00:00Z"), "test", new EditionFiles(Map.of(
                    base + ".md", ("# Edition v" + v + "\n").getBytes(StandardCharsets.UTF_8),
                    base + ".pdf", PDF,
                    "events.csv", "event_id\n".getBytes(StandardCharsets.UTF_8),
                    "bibliography.json", "[]".getBytes(StandardCharsets.UTF_8)))));
        }
    }

    @Test
    void theApiListsVersionsAndServesEachFileWithItsTypeAndAnEtagFromTheManifest() throws Exception {
        read(get("/api/editions").param("job", "web-job"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].version").value(1))
                .andExpect(jsonPath("$[0].state").value("SUPERSEDED"))
                .andExpect(jsonPath("$[1].href").value("/api/editions/web-job/2025-W48/2"));
        read(get("/api/editions/web-job/2025-W48"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.files['web-job-2025-W48-v2.pdf'].href")
                        .value("/api/editions/web-job/2025-W48/2/files/web-job-2025-W48-v2.pdf"));

        String etag = "\"" + Sha256.hex(PDF) + "\"";
        read(get("/api/editions/web-job/2025-W48/2/files/web-job-2025-W48-v2.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("ETag", etag))
                .andExpect(content().bytes(PDF));
        read(get("/api/editions/web-job/2025-W48/2/files/web-job-2025-W48-v2.pdf").header("If-None-Match", etag))
                .andExpect(status().isNotModified());
        read(get("/api/editions/web-job/2025-W48/1/files/web-job-2025-W48-v1.md"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/markdown;charset=UTF-8"))
                .andExpect(content().string("# Edition v1\n"));
        read(get("/api/editions/web-job/2025-W48/2/verify")).andExpect(jsonPath("$.intact").value(true));
    }

    @Test
    void malformedNamesAre400AndUnknownOnes404WithAProblemThatSaysWhich() throws Exception {
        for (String url : new String[] {"/api/editions/Web-Job/2025-W48", "/api/editions/web-job/2025-W99",
                "/api/editions/web-job/..%2F..%2Fetc", "/api/editions/web-job/2025-W48/0",
                "/api/editions/web-job/2025-W48/v1x/files/events.csv"}) {
            read(get(url)).andExpect(status().isBadRequest())
                    .andExpect(content().contentType("application/problem+json"));
        }
        read(get("/api/editions/web-job/2025-W47")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                        "no edition web-job 2025-W47")));
        read(get("/api/editions/web-job/2025-W48/9")).andExpect(status().isNotFound());
        read(get("/api/editions/web-job/2025-W48/2/files/manifest.json")).andExpect(status().isNotFound());
        // Spring Security's firewall refuses a ".." segment before any controller sees it.
        read(get("/api/editions/web-job/2025-W48/2/files/..")).andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"));
        read(get("/archive/no-such-job")).andExpect(status().isNotFound());
        read(get("/archive/..")).andExpect(status().is4xxClientError());
    }

    @Test
    void theArchivePageLeadsFromJobsToVersionsToDownloadsWithoutJavaScript() throws Exception {
        Document jobs = Jsoup.parse(read(get("/archive")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html")).andReturn().getResponse()
                .getContentAsString());
        assertThat(jobs.select("script")).isEmpty();
        String jobLink = jobs.select("a:contains(web-job)").attr("href");
        assertThat(jobLink).isEqualTo("/archive/web-job");

        Document job = Jsoup.parse(read(get(jobLink)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
        assertThat(job.select("tr.published td").first().text()).isEqualTo("2025-W48");
        String pdf = job.select("tr.published a:contains(PDF)").attr("href");
        read(get(pdf)).andExpect(status().isOk()).andExpect(content().bytes(PDF));
        assertThat(job.select("tr.superseded a:contains(Markdown)").attr("href"))
                .isEqualTo("/api/editions/web-job/2025-W48/1/files/web-job-2025-W48-v1.md");
        assertThat(job.select("link[type=application/atom+xml]").attr("href")).isEqualTo("/archive/web-job/feed.atom");
    }

    @Test
    void eachJobHasAnAtomFeedOfItsVersionsNewestFirst() throws Exception {
        String xml = read(get("/archive/web-job/feed.atom")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml")).andReturn().getResponse()
                .getContentAsString();
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8)));
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        var first = (org.w3c.dom.Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
                .isEqualTo("web-job 2025-W48 v2");
        assertThat(first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent())
                .isEqualTo("2026-01-06T08:00:00Z");
        assertThat(((org.w3c.dom.Element) first.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link").item(0))
                .getAttribute("href")).isEqualTo("/api/editions/web-job/2025-W48/2/files/web-job-2025-W48-v2.pdf");
    }
}
