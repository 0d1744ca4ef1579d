package dev.sitrep.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The import formats, and choosing one for a file: by name, or ("auto") by extension and CSV header. */
final class ImportFormats {

    static final String AUTO = "auto";
    static final String JSONL = "sitrep-jsonl";
    private static final List<CsvFormat> CSV = List.of(new SitrepCsvFormat(), new AcledFormat(), new UcdpGedFormat());

    private ImportFormats() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(List.of(AUTO, JSONL));
        CSV.forEach(f -> names.add(f.name()));
        return names;
    }

    static ImportSource open(Path file, String format, Instant importTime) throws IOException {
        if (JSONL.equals(format) || (AUTO.equals(format) && isJsonl(file))) {
            return new JsonlImportSource(file, importTime);
        }
        CsvFormat named = CSV.stream().filter(f -> f.name().equals(format)).findFirst().orElse(null);
        if (named == null && !AUTO.equals(format)) {
            throw new EventLogException("unknown import format '" + format + "': use one of " + names());
        }
        List<String> header = CsvImportSource.header(file);
        if (header.isEmpty()) {
            throw new RejectedFile(file + ": the file is empty: no header and no events");
        }
        Set<String> columns = new HashSet<>(header);
        if (named != null) {
            List<String> missing = named.requiredColumns().stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new RejectedFile(file + ":1: the header lacks the " + named.name() + " columns " + missing
                        + "; an " + named.name() + " file has " + named.requiredColumns());
            }
            return new CsvImportSource(file, named, importTime);
        }
        return CSV.stream().filter(f -> columns.containsAll(f.requiredColumns())).findFirst()
                .map(f -> (ImportSource) new CsvImportSource(file, f, importTime))
                .orElseThrow(() -> new RejectedFile(file + ":1: the header matches no known format. Expected "
                        + CSV.stream().map(f -> f.name() + " " + f.requiredColumns())
                        .collect(Collectors.joining("; ")) + "; found " + header));
    }

    private static boolean isJsonl(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
    }
}
