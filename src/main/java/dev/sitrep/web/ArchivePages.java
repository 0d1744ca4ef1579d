package dev.sitrep.web;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.jobs.JobAccess;
import dev.sitrep.web.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive for people: plain HTML pages (jobs, then each job's periods and versions with download
 * links) that need no JavaScript, and an Atom feed of each job's published versions for readers.
 */
@RestController
class ArchivePages {

    static final int FEED_ENTRIES = 50;
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
            + "th{background:#eee}.superseded,.pruned{color:#777}";

    private final Editions editions;
    private final JobAccess access;

    ArchivePages(Editions editions, JobAccess access) {
        this.editions = editions;
        this.access = access;
    }

    /** Lists the jobs its viewer may open: all for archivists and admins, the public ones for anyone else. */
    @GetMapping(value = "/archive", produces = MediaType.TEXT_HTML_VALUE)
    String jobs(HttpServletRequest request) {
        boolean readsAll = request.isUserInRole(Role.ARCHIVIST.name()) || request.isUserInRole(Role.ADMIN.name());
        Map<String, List<EditionVersion>> byJob = editions.list(null, null, null).stream()
                .collect(Collectors.groupingBy(EditionVersion::jobId, TreeMap::new, Collectors.toList()));
        byJob.keySet().removeIf(job -> !readsAll && !access.isPublic(job));
        StringBuilder body = new StringBuilder("<h1>Sitrep archive</h1>\n");
        if (byJob.isEmpty()) {
            body.append(readsAll ? "<p>No edition has been published yet.</p>\n"
                    : "<p>No public edition here. <a href=\"/login\">Sign in</a> to see the archive.</p>\n");
        }
        body.append("<ul>\n");
        byJob.forEach((job, versions) -> body.append("<li><a href=\"/archive/").append(e(job)).append("\">")
                .append(e(job)).append("</a>: ").append(versions.stream().map(EditionVersion::period).distinct().count())
                .append(" period(s), ").append(versions.size()).append(" version(s)</li>\n"));
        body.append("</ul>\n");
        return page("Sitrep archive", body.toString(), null);
    }

    @GetMapping(value = "/archive/{job}", produces = MediaType.TEXT_HTML_VALUE)
    String job(@PathVariable String job) {
        List<EditionVersion> versions = editions.list(EditionNames.job(job), null, null);
        if (versions.isEmpty()) {
            throw new EditionNames.UnknownJob("no edition of job '" + job + "' is in the archive");
        }
        StringBuilder body = new StringBuilder("<p><a href=\"/archive\">Archive</a> · <a href=\"/archive/")
                .append(e(job)).append("/feed.atom\">Atom feed</a></p>\n<h1>").append(e(job)).append("</h1>\n")
                .append("<table>\n<tr><th>Period</th><th>Version</th><th>State</th><th>Data as of</th>")
                .append("<th>Files</th></tr>\n");
        versions.stream().sorted(Comparator.comparing(EditionVersion::period).reversed()
                .thenComparing(Comparator.comparingInt(EditionVersion::version).reversed())).forEach(v -> {
            body.append("<tr class=\"").append(v.state().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                    .append(e(v.period())).append("</td><td>v").append(v.version()).append("</td><td>")
                    .append(v.state().name().toLowerCase(java.util.Locale.ROOT)).append("</td><td>")
                    .append(e(v.asOf().toString())).append("</td><td>");
            if (v.state() == EditionState.PUBLISHED || v.state() == EditionState.SUPERSEDED) {
                String base = EditionsApi.path(v) + "/files/";
                String name = v.jobId() + "-" + v.period() + "-v" + v.version();
                body.append("<a href=\"").append(e(base + name + ".pdf")).append("\">PDF</a> · <a href=\"")
                        .append(e(base + name + ".md")).append("\">Markdown</a> · <a href=\"")
                        .append(e(base + "events.csv")).append("\">events.csv</a> · <a href=\"")
                        .append(e(base + "bibliography.json")).append("\">bibliography.json</a>");
            }
            body.append("</td></tr>\n");
        });
        body.append("</table>\n");
        return page(job + " · Sitrep archive", body.toString(), "/archive/" + job + "/feed.atom");
    }

    @GetMapping(value = "/archive/{job}/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    String feed(@PathVariable String job) {
        List<EditionVersion> published = editions.list(EditionNames.job(job), null, null).stream()
                .filter(v -> v.state() == EditionState.PUBLISHED || v.state() == EditionState.SUPERSEDED)
                .sorted(Comparator.comparing(EditionVersion::asOf).reversed()
                        .thenComparing(EditionVersion::period, Comparator.reverseOrder())
                        .thenComparing(Comparator.comparingInt(EditionVersion::version).reversed()))
                .limit(FEED_ENTRIES).toList();
        String updated = published.isEmpty() ? "1970-01-01T00:00:00Z" : published.get(0).asOf().toString();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>tag:sitrep.dev,2025:").append(x(job)).append("</id>\n")
                .append("  <title>").append(x(job)).append(" · Sitrep editions</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"/archive/").append(x(job)).append("/feed.atom\"/>\n")
                .append("  <link rel=\"alternate\" type=\"text/html\" href=\"/archive/").append(x(job)).append("\"/>\n")
                .append("  <author><name>Sitrep</name></author>\n");
        for (EditionVersion v : published) {
            String name = v.jobId() + "-" + v.period() + "-v" + v.version();
            xml.append("  <entry>\n")
                    .append("    <id>tag:sitrep.dev,2025:").append(x(name)).append("</id>\n")
                    .append("    <title>").append(x(v.jobId() + " " + v.period() + " v" + v.version())).append("</title>\n")
                    .append("    <updated>").append(v.asOf()).append("</updated>\n")
                    .append("    <link rel=\"alternate\" type=\"application/pdf\" href=\"")
                    .append(x(EditionsApi.path(v) + "/files/" + name + ".pdf")).append("\"/>\n")
                    .append("    <link rel=\"related\" type=\"text/markdown\" href=\"")
                    .append(x(EditionsApi.path(v) + "/files/" + name + ".md")).append("\"/>\n")
                    .append("    <summary>").append(x("Edition " + v.period() + ", version " + v.version()
                            + (v.state() == EditionState.SUPERSEDED ? " (since superseded)" : ""))).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    private static String page(String title, String body, String feed) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + e(title) + "</title>"
                + (feed == null ? "" : "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + e(feed) + "\">")
                + "<style>" + STYLE + "</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    private static String e(String text) {
        return Entities.escape(text);
    }

    private static String x(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @ExceptionHandler(EditionNames.Invalid.class)
    ResponseEntity<String> invalid(EditionNames.Invalid ex) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
    }

    @ExceptionHandler(EditionNames.Unknown.class)
    ResponseEntity<String> unknown(EditionNames.Unknown ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
    }
}
