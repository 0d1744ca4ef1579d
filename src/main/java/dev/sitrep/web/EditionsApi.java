package dev.sitrep.web;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The archive over HTTP: {@code GET /api/editions} lists versions; a version's JSON lists its files;
 * each file comes with its content type and its manifest SHA-256 as a strong ETag, so a client that
 * has it gets 304. Names are checked before any path is touched: malformed ones are 400, unknown 404.
 */
@RestController
@RequestMapping("/api/editions")
class EditionsApi {

    private final Editions editions;

    EditionsApi(Editions editions) {
        this.editions = editions;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String job,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to) {
        return editions.list(job, from, to).stream().map(EditionsApi::summary).toList();
    }

    @GetMapping("/{job}/{period}")
    Map<String, Object> latest(@PathVariable String job, @PathVariable String period) {
        return detail(editions.find(job, period, null));
    }

    @GetMapping("/{job}/{period}/{version}")
    Map<String, Object> version(@PathVariable String job, @PathVariable String period, @PathVariable String version) {
        return detail(editions.find(job, period, EditionNames.version(version)));
    }

    @GetMapping("/{job}/{period}/{version}/verify")
    Map<String, Object> verify(@PathVariable String job, @PathVariable String period, @PathVariable String version) {
        Editions.Verification v = editions.verify(editions.find(job, period, EditionNames.version(version)));
        return Map.of("intact", v.intact(), "problems", v.problems());
    }

    @GetMapping("/{job}/{period}/{version}/files/{file}")
    ResponseEntity<byte[]> file(@PathVariable String job, @PathVariable String period, @PathVariable String version,
                                @PathVariable String file,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        EditionVersion v = editions.find(job, period, EditionNames.version(version));
        Path path = editions.file(v, file);
        String etag = "\"" + editions.sha256(v, path.getFileName().toString()) + "\"";
        // A published version never changes, so a client may keep it as long as it likes.
        CacheControl forever = CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(forever).build();
        }
        try {
            return ResponseEntity.ok().eTag(etag).cacheControl(forever).contentType(contentType(path))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + path.getFileName() + "\"")
                    .body(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MediaType contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            return MediaType.APPLICATION_PDF;
        }
        if (name.endsWith(".md")) {
            return MediaType.parseMediaType("text/markdown;charset=UTF-8");
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON;
        }
        if (name.endsWith(".csv")) {
            return MediaType.parseMediaType("text/csv;charset=UTF-8");
        }
        if (name.endsWith(".svg")) {
            return MediaType.parseMediaType("image/svg+xml");
        }
        return MediaType.APPLICATION_OCTET_STREAM;
    }

    static String path(EditionVersion v) {
        return "/api/editions/" + v.jobId() + "/" + v.period() + "/" + v.version();
    }

    private static Map<String, Object> summary(EditionVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", v.jobId());
        m.put("period", v.period());
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("asOf", v.asOf().toString());
        m.put("contentHash", v.contentHash());
        m.put("href", path(v));
        return m;
    }

    private Map<String, Object> detail(EditionVersion v) {
        Map<String, Object> m = summary(v);
        m.put("inputsHash", v.inputsHash());
        Map<String, Object> files = new LinkedHashMap<>();
        editions.files(v).forEach((name, size) -> files.put(name, Map.of("size", size, "href",
                path(v) + "/files/" + name)));
        m.put("files", files);
        return m;
    }

    @ExceptionHandler(EditionNames.Invalid.class)
    ResponseEntity<ProblemDetail> invalid(EditionNames.Invalid e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-edition-name", e.getMessage());
    }

    @ExceptionHandler(EditionNames.Unknown.class)
    ResponseEntity<ProblemDetail> unknown(EditionNames.Unknown e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-edition", e.getMessage());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("https://sitrep.dev/problems/" + type));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
