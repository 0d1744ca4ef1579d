package dev.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A synthetic event log in the sitrep-csv format, for benchmarks: {@code n} events over the 52 weeks up
 * to 30 November 2025, with a fixed seed so that every run measures the same rows. Each event cites one
 * of 5,000 sources, so sources repeat as in a real log.
 */
final class SyntheticEvents {

    static final String[] TYPES = {"military-movement", "force-posture", "diplomacy", "armed-clash",
            "remote-violence", "violence-against-civilians", "protest", "security-operation"};
    static final String[] ADMIN1 = {"Latakia", "Tartus", "Damascus", "Rif Dimashq", "Homs", "Hama", "Idlib",
            "Aleppo", "Deir ez-Zor", "Raqqa", "Hasakah", "Daraa", "As-Suwayda", "Quneitra"};
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 11, 30);

    private SyntheticEvents() {
    }

    static void write(Path file, int n, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,occurred,type,actors,country,admin1,place,latitude,longitude,summary,fatalities,tags,"
                    + "source_key,source_kind,source_publisher,source_title,source_published\n");
            for (int i = 0; i < n; i++) {
                int daysBack = random.nextInt(364);
                // The last event is the one `bench flash` assesses: in the last week, so always in a job's scope.
                LocalDate day = LAST_DAY.minusDays(i == n - 1 ? daysBack % 7 : daysBack);
                int source = random.nextInt(5_000);
                String admin1 = ADMIN1[random.nextInt(ADMIN1.length)];
                out.write("bench-" + i + "," + day + "," + TYPES[random.nextInt(TYPES.length)] + ","
                        + "Actor " + random.nextInt(50) + " (side-a); Actor " + random.nextInt(50) + " (side-b),Syria,"
                        + admin1 + ",Place " + random.nextInt(100) + "," + (32 + random.nextDouble() * 5) + ","
                        + (35 + random.nextDouble() * 7) + ",Synthetic benchmark event " + i + " in " + admin1
                        + " with a summary of typical length for a logged event.," + random.nextInt(5)
                        + ",synthetic,bench-src-" + source + ",webpage,Benchmark feed " + (source % 20)
                        + ",[Synthetic report " + source + "]," + LAST_DAY.minusDays(source % 364) + "\n");
            }
        }
    }
}
