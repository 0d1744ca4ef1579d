package dev.sitrep.web;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.ReviewConflict;
import dev.sitrep.archive.Reviewed;
import dev.sitrep.jobs.Review;
import java.nio.file.Path;
import java.security.Principal;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review for people (ANALYST, ADMIN): the drafts awaiting review, each with its review report, its files,
 * and the two decisions as plain forms (no JavaScript): approve, or send back with a comment. The report
 * is Markdown rendered with raw HTML escaped and then cleaned (SafeHtml), so nothing an analyst or an input
 * file wrote becomes markup or a link that runs code.
 */
@RestController
class ReviewPages {

    private static final MutableDataSet MARKDOWN = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true);
    private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3em .6em;text-align:left}"
            + "th{background:#eee}pre{background:#f6f6f6;padding:.5em;overflow-x:auto}"
            + ".decision{border:1px solid #bbb;padding:.5em 1em;margin:1em 0}";

    private final Review review;

    ReviewPages(Review review) {
        this.review = review;
    }

    @GetMapping(value = "/review", produces = MediaType.TEXT_HTML_VALUE)
    String drafts() {
        List<Reviewed> drafts = review.drafts().list(null);
        StringBuilder body = new StringBuilder("<h1>Drafts for review</h1>\n");
        if (drafts.isEmpty()) {
            body.append("<p>No draft: only jobs with <code>review: required</code> make them.</p>\n");
        } else {
            body.append("<table>\n<tr><th>Job</th><th>Period</th><th>Draft</th><th>State</th><th>Decision</th></tr>\n");
            drafts.forEach(d -> body.append("<tr><td>").append(e(d.version().jobId())).append("</td><td><a href=\"/review/")
                    .append(e(d.version().jobId())).append('/').append(e(d.version().period())).append("\">")
                    .append(e(d.version().period())).append("</a></td><td>v").append(d.version().version())
                    .append("</td><td>").append(d.version().state().name().toLowerCase(java.util.Locale.ROOT))
                    .append("</td><td>").append(decision(d)).append("</td></tr>\n"));
            body.append("</table>\n");
        }
        return page("Drafts for review", body.toString());
    }

    @GetMapping(value = "/review/{job}/{period}", produces = MediaType.TEXT_HTML_VALUE)
    String draft(@PathVariable String job, @PathVariable String period, CsrfToken csrf,
                 @RequestParam(required = false) String done) {
        Reviewed draft = review.drafts().find(job, period, null);
        String base = "/review/" + e(draft.version().jobId()) + "/" + e(draft.version().period());
        StringBuilder body = new StringBuilder("<p><a href=\"/review\">Drafts</a></p>\n");
        if (done != null) {
            body.append("<p class=\"decision\"><strong>").append(e(done)).append("</strong></p>\n");
        }
        body.append("<p>Draft v").append(draft.version().version()).append(": ")
                .append(draft.version().state().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                .append(decision(draft)).append("</p>\n<ul>\n");
        if (draft.version().state() != EditionState.FAILED) {
            review.drafts().files(draft).keySet().forEach(name -> body.append("<li><a href=\"").append(base)
                    .append("/files/").append(e(name)).append("\">").append(e(name)).append("</a></li>\n"));
        }
        body.append("</ul>\n");
        if (draft.version().state() == EditionState.DRAFT) {
            body.append(forms(base, csrf));
        }
        body.append(render(review.report(draft)));
        return page("Review " + draft.version().jobId() + " " + draft.version().period(), body.toString());
    }

    @GetMapping("/review/{job}/{period}/files/{file}")
    ResponseEntity<Resource> file(@PathVariable String job, @PathVariable String period, @PathVariable String file) {
        Path path = review.drafts().file(review.drafts().find(job, period, null), file);
        MediaType type = file.endsWith(".md") ? MediaType.parseMediaType("text/markdown;charset=UTF-8")
                : MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok().contentType(type).body(new FileSystemResource(path));
    }

    @PostMapping(value = "/review/{job}/{period}/approve", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> approve(@PathVariable String job, @PathVariable String period, Principal reviewer) {
        Review.Approved approved = review.approve(job, period, reviewer.getName());
        return seeOther(job, period, "Approved and published v" + approved.version().version() + "; delivery: "
                + approved.delivery().summary());
    }

    @PostMapping(value = "/review/{job}/{period}/send-back", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<Void> sendBack(@PathVariable String job, @PathVariable String period,
                                  @RequestParam(defaultValue = "") String comment, Principal reviewer) {
        Reviewed r = review.sendBack(job, period, reviewer.getName(), comment);
        return seeOther(job, period, "Sent back v" + r.version().version());
    }

    @ExceptionHandler(ReviewConflict.class)
    ResponseEntity<String> conflict(ReviewConflict ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.TEXT_HTML)
                .body(page("Not possible", "<p><a href=\"/review\">Drafts</a></p>\n<p>" + e(ex.getMessage()) + "</p>\n"));
    }

    @ExceptionHandler(EditionNames.Unknown.class)
    ResponseEntity<String> unknown(EditionNames.Unknown ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
    }

    @ExceptionHandler(EditionNames.Invalid.class)
    ResponseEntity<String> invalid(EditionNames.Invalid ex) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
    }

    private static ResponseEntity<Void> seeOther(String job, String period, String done) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(org.springframework.web.util.UriComponentsBuilder
                .fromPath("/review/{job}/{period}").queryParam("done", done).buildAndExpand(job, period).encode().toUri())
                .build();
    }

    private static String forms(String base, CsrfToken csrf) {
        String token = "<input type=\"hidden\" name=\"" + e(csrf.getParameterName()) + "\" value=\"" + e(csrf.getToken())
                + "\">";
        return "<div class=\"decision\"><form method=\"post\" action=\"" + base + "/approve\">" + token
                + "<button type=\"submit\">Approve and publish</button></form>\n"
                + "<form method=\"post\" action=\"" + base + "/send-back\">" + token
                + "<p><label>Comment for the authors<br><textarea name=\"comment\" rows=\"3\" cols=\"60\" required>"
                + "</textarea></label></p><button type=\"submit\">Send back</button></form></div>\n";
    }

    private static String decision(Reviewed d) {
        return d.decided() ? "by " + e(d.reviewer()) + " at " + e(String.valueOf(d.decidedAt()))
                + (d.comment() == null ? "" : ": “" + e(d.comment()) + "”") : "";
    }

    static String render(String markdown) {
        return dev.sitrep.core.SafeHtml.cleanFragment(
                HtmlRenderer.builder(MARKDOWN).build().render(Parser.builder(MARKDOWN).build().parse(markdown)));
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + e(title) + "</title>"
                + "<style>" + STYLE + "</style></head>\n<body>\n" + body + "</body></html>\n";
    }

    private static String e(String text) {
        return Entities.escape(text);
    }
}
