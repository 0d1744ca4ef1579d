package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The archive page as a reader meets it: Debian's chromium, headless, against a real server on a random
 * port. MockMvc ({@link ArchiveWebTest}) proves the HTML; only a browser proves that the links resolve,
 * that the page works with JavaScript switched off, and that a click on "PDF" leaves the right file on disk.
 */
@SpringBootTest(classes = SitrepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:archive-in-browser-test;DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=servlet"})
class ArchiveInBrowserTest {

    // Debian's paths, given explicitly so that Selenium Manager never tries to download a browser or driver.
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration DOWNLOAD_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration NAVIGATION_TIMEOUT = Duration.ofSeconds(60);

    private static final String JOB = "browser-job";
    private static final String PERIOD = "2025-W48";

    @TempDir
    static Path out;

    @TempDir
    static Path browserDirs;

    private static Path downloads;
    private static ChromeDriver browser;
    private static String noBrowser;

    @DynamicPropertySource
    static void outDir(DynamicPropertyRegistry registry) {
        registry.add("sitrep.archive.out-dir", () -> out.toString());
        TestUsers.register(registry);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        List<Path> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).toList();
        if (!missing.isEmpty()) {
            String why = "no " + missing + ": .ci/run installs them (apt-get install chromium chromium-driver)";
            // A skipped browser test in CI would pass a broken archive page unnoticed.
            if ("true".equals(System.getenv("CI"))) {
                fail(why + "; CI=true, so this test may not skip");
            }
            noBrowser = why;
            return;
        }
        downloads = Files.createDirectory(browserDirs.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Offline and unattended: nothing phones home, and a fresh profile remembers nothing between runs.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectory(browserDirs.resolve("profile")));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                // The file API serves PDFs inline: without this chromium shows them in its viewer, and only a
                // saved file lets the test compare bytes.
                "plugins.always_open_pdf_externally", true,
                // The page promises to need no JavaScript, so the reader here has none.
                "profile.managed_default_content_settings.javascript", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static boolean published;

    private final Archive archive;
    private final int port;

    ArchiveInBrowserTest(Archive archive, @LocalServerPort int port) {
        this.archive = archive;
        this.port = port;
    }

    @BeforeEach
    void browserAndTwoVersionsPublishedOnce() {
        // Skipped here, not in @BeforeAll: surefire reports a class aborted there as "Tests run: 0", which
        // reads like a pass; an assumption per test shows up as skipped, with the reason in the report.
        Assumptions.assumeTrue(noBrowser == null, () -> noBrowser);
        if (published) {
            return;
        }
        published = true;
        for (int v = 1; v <= 2; v++) {
            String base = Archive.baseName(JOB, PERIOD, v);
            archive.publish(new PublishRequest(JOB, PERIOD, v, Sha256.hex("content " + v), "inputs",
                    Instant.parse("2026-01-0" + (4 + v) + "T08:00:00Z"), "test", new EditionFiles(Map.of(
                    base + ".md", markdown(v).getBytes(StandardCharsets.UTF_8),
                    base + ".pdf", pdf(v),
                    "events.csv", "event_id\n".getBytes(StandardCharsets.UTF_8),
                    "bibliography.json", "[]".getBytes(StandardCharsets.UTF_8)))));
        }
    }

    // Each version's files differ, so a download that matches proves the link fetched that version.
    private static byte[] pdf(int version) {
        return ("%PDF-1.7 pretend edition v" + version + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String markdown(int version) {
        return "# Edition v" + version + "\n\nOnly in version " + version + ".\n";
    }

    @Test
    void aReaderGoesFromTheJobListToAPeriodsVersionsAndDownloadsEachVersionsPdf() {
        openJobPage();

        List<WebElement> rows = periodRows();
        String files = "PDF · Markdown · events.csv · bibliography.json";
        assertThat(rows).extracting(ArchiveInBrowserTest::cells).containsExactly(
                List.of(PERIOD, "v2", "published", "2026-01-06T08:00:00Z", files),
                List.of(PERIOD, "v1", "superseded", "2026-01-05T08:00:00Z", files));
        // The reader tells the old version from the current one by its grey, not only by a word.
        assertThat(rows.get(1).getCssValue("color")).isNotEqualTo(rows.get(0).getCssValue("color"));

        assertThat(download(rows.get(0).findElement(By.linkText("PDF")), "browser-job-2025-W48-v2.pdf"))
                .isEqualTo(pdf(2));
        assertThat(download(rows.get(1).findElement(By.linkText("PDF")), "browser-job-2025-W48-v1.pdf"))
                .isEqualTo(pdf(1));
        // A download leaves the reader where they were.
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(JOB);
    }

    @Test
    void theMarkdownLinkShowsThatVersionsTextAndTheJobPageOffersItsFeed() {
        openJobPage();

        WebElement feed = browser.findElement(By.linkText("Atom feed"));
        assertThat(feed.getDomAttribute("href")).isEqualTo("/archive/" + JOB + "/feed.atom");
        assertThat(browser.findElement(By.cssSelector("link[rel=alternate][type='application/atom+xml']"))
                .getDomAttribute("href")).isEqualTo("/archive/" + JOB + "/feed.atom");

        periodRows().get(1).findElement(By.linkText("Markdown")).click();
        waitForUrl(url("/api/editions/"));
        assertThat(browser.getCurrentUrl())
                .isEqualTo(url("/api/editions/" + JOB + "/" + PERIOD + "/1/files/browser-job-2025-W48-v1.md"));
        assertThat(browser.findElement(By.tagName("body")).getText()).isEqualTo(markdown(1).strip());

        browser.navigate().back();
        browser.findElement(By.linkText("Archive")).click();
        waitForUrl(url("/archive"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/archive"));
    }

    private static boolean signedIn;

    /** The job is not public: an anonymous reader is sent to the sign-in form, and an archivist gets in. */
    private void signInOnce() {
        if (signedIn) {
            return;
        }
        browser.get(url("/archive"));
        assertThat(browser.findElements(By.linkText(JOB))).as("a private job is not listed to anonymous readers")
                .isEmpty();
        browser.get(url("/archive/" + JOB));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/login"));
        browser.findElement(By.id("username")).sendKeys(TestUsers.name(dev.sitrep.web.security.Role.ARCHIVIST));
        browser.findElement(By.id("password")).sendKeys(TestUsers.password(dev.sitrep.web.security.Role.ARCHIVIST));
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitForUrl(url("/archive"));
        signedIn = true;
    }

    private void openJobPage() {
        signInOnce();
        browser.get(url("/archive"));
        assertThat(browser.getTitle()).isEqualTo("Sitrep archive");
        WebElement job = browser.findElement(By.linkText(JOB));
        assertThat(job.findElement(By.xpath("..")).getText()).isEqualTo(JOB + ": 1 period(s), 2 version(s)");
        job.click();
        waitForUrl(url("/archive/" + JOB));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/archive/" + JOB));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(JOB);
    }

    /**
     * A click returns before the browser has followed a redirect: on a loaded machine the URL is the old one
     * for a while, so tests wait for the page they expect (a generous bound, not a fixed sleep).
     */
    private static void waitForUrl(String prefix) {
        new FluentWait<>(browser).withTimeout(NAVIGATION_TIMEOUT).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> "the browser did not reach " + prefix + " within " + NAVIGATION_TIMEOUT + "; at "
                        + browser.getCurrentUrl())
                .until(b -> b.getCurrentUrl().startsWith(prefix));
    }

    private static List<WebElement> periodRows() {
        return browser.findElements(By.xpath("//table//tr[td[1][normalize-space()='" + PERIOD + "']]"));
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Clicks the link and returns the file's bytes once chromium has finished writing it. */
    private static byte[] download(WebElement link, String name) {
        Path file = downloads.resolve(name);
        link.click();
        return new FluentWait<>(file).withTimeout(DOWNLOAD_TIMEOUT).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> name + " did not finish downloading into " + downloads + " within "
                        + DOWNLOAD_TIMEOUT + "; there: " + list(downloads))
                .until(f -> Files.isRegularFile(f) && !inProgress() ? read(f) : null);
    }

    // Chromium writes into NAME.crdownload (or a hidden temporary file) and renames when the download completes.
    private static boolean inProgress() {
        return list(downloads).stream().anyMatch(n -> n.endsWith(".crdownload") || n.startsWith("."));
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
