package dev.sitrep.cli;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisAnalysis;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.AssessmentComposer;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.render.EditionRenderer;
import dev.sitrep.render.RenderRequest;
import dev.sitrep.render.RenderedEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The render stage on a large edition: a synthetic assessment whose period holds {@code events} events,
 * each citing its own source and all listed as notable, over 26 weeks of history and five forecast
 * series (seven charts), rendered warm to Markdown and PDF several times.
 */
final class RenderBenchmark {

    static final IsoWeek PERIOD = IsoWeek.parse("2025-W48");
    /** Renders before timing: the JIT compiles the hot paths in the first few. */
    static final int WARM_UP = 3;
    private static final String[] SERIES = {"military-movement", "armed-clash", "remote-violence", "protest",
            "security-operation"};

    record Result(int pages, int events, int charts, double[] seconds, RenderedEdition edition) {
    }

    private RenderBenchmark() {
    }

    static Result run(Path templateFolder, int events, int runs) throws IOException {
        Assessment assessment = assessment(events);
        RenderRequest request = new RenderRequest(templateFolder, "chicago-author-date", 1, "bench");
        EditionRenderer renderer = new EditionRenderer();
        RenderedEdition edition = null;
        for (int warmUp = 0; warmUp < WARM_UP; warmUp++) {
            edition = renderer.render(assessment, request);
        }
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            edition = renderer.render(assessment, request);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        try (PDDocument pdf = Loader.loadPDF(edition.pdf())) {
            return new Result(pdf.getNumberOfPages(), events, edition.charts().size(), seconds, edition);
        }
    }

    /** Writes the edition's Markdown, charts and PDF to {@code dir}, for a renderer to compare against. */
    static Path write(RenderedEdition edition, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path md = dir.resolve("bench-edition.md");
        Files.writeString(md, edition.markdown());
        for (var chart : edition.charts()) {
            Files.writeString(dir.resolve(chart.file()), chart.svg());
        }
        Files.write(dir.resolve("bench-edition.pdf"), edition.pdf());
        return md;
    }

    private static Assessment assessment(int periodEvents) {
        SplittableRandom random = new SplittableRandom(20251126L);
        List<EventEntry> events = new ArrayList<>();
        List<Reference> sources = new ArrayList<>();
        for (int w = 25; w >= 0; w--) {
            int count = w == 0 ? periodEvents : periodEvents / 2 + random.nextInt(periodEvents / 2);
            for (int i = 0; i < count; i++) {
                String id = "bench-" + w + "-" + i;
                LocalDate day = PERIOD.minusWeeks(w).monday().plusDays(random.nextInt(7));
                String admin1 = SyntheticEvents.ADMIN1[random.nextInt(SyntheticEvents.ADMIN1.length)];
                // Drawn in the order the constructor's arguments used to draw them, so the edition is unchanged.
                String type = SERIES[random.nextInt(SERIES.length)];
                List<String> actors = List.of("Actor " + random.nextInt(40), "Actor " + random.nextInt(40));
                int place = random.nextInt(60);
                // Sixty places on a grid over Syria, so the locator map has as many markers as a busy week.
                events.add(new EventEntry(id, 1, day, "day", type, null, actors, admin1, "Place " + place,
                        "Synthetic benchmark event " + i + " in " + admin1
                        + ", with a summary of the length analysts write for a logged event.", random.nextInt(4),
                        List.of("synthetic"), List.of("src-" + id), 32.8 + place % 10 * 0.45, 36.0 + place / 10 * 0.9));
                if (w == 0) {
                    sources.add(new Reference("src-" + id, "webpage", "Benchmark feed " + (i % 20),
                            "Synthetic report " + i, null, "https://example.org/bench/" + id, day, null));
                }
            }
        }
        List<Observation> observations = events.stream().map(e -> new Observation(e.id(), e.occurred(), e.type(),
                e.subType(), e.actors(), e.admin1(), e.place(), e.fatalities(), e.tags())).toList();
        List<SeriesSpec> series = Arrays.stream(SERIES).map(t -> new SeriesSpec(t, "Events of type " + t,
                List.of(t), List.of(), List.of(), List.of())).toList();
        LocalDate from = PERIOD.minusWeeks(25).monday();
        List<EventEntry> cited = events.stream().filter(e -> PERIOD.contains(e.occurred())).toList();
        return AssessmentComposer.compose(new CompositionInput("bench", "Benchmark edition", PERIOD,
                Instant.parse("2025-11-30T12:00:00Z"), cited, Map.of(SERIES[0], Set.of()), List.of(),
                TrendAnalysis.analyse(observations, PERIOD, 12, from),
                PrognosisAnalysis.forecast(observations, PERIOD, PrognosisSettings.of(series, List.of(), List.of()),
                        from), sources, periodEvents));
    }
}
