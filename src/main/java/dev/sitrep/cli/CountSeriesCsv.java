package dev.sitrep.cli;

import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.SitrepException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Weekly count series from a CSV file: {@code period,count} for one series (named after the file) or
 * {@code series,period,count} for many, periods as ISO weeks ({@code 2018-W27}), in any order. Every bad row is
 * reported with its line and reason and the file is refused: a backtest on silently thinned data would mislead.
 */
final class CountSeriesCsv {

    static final int EXIT_INPUT = 2;
    private static final int MAX_REPORTED = 20;

    private CountSeriesCsv() {
    }

    static List<CountSeries> read(Path file, boolean fillZero) {
        String single = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        List<String> problems = new ArrayList<>();
        Map<String, TreeMap<IsoWeek, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<IsoWeek, Long>> lines = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser csv = CSVParser.parse(in, format)) {
            List<String> header = csv.getHeaderNames();
            for (String column : List.of("period", "count")) {
                if (!header.contains(column)) {
                    throw error(file + ": the header has no '" + column + "' column (it has " + header
                            + "); expected period,count or series,period,count");
                }
            }
            boolean many = header.contains("series");
            for (CSVRecord row : csv) {
                long line = csv.getCurrentLineNumber();
                String at = file + " line " + line;
                if (!row.isConsistent()) {
                    problems.add(at + ": " + row.size() + " fields where the header has " + header.size());
                    continue;
                }
                String series = many ? row.get("series") : single;
                if (series.isEmpty()) {
                    problems.add(at + ", field series: empty; name the series");
                    continue;
                }
                IsoWeek week;
                try {
                    week = IsoWeek.parse(row.get("period"));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ", field period: " + e.getMessage());
                    continue;
                }
                int count;
                try {
                    count = Integer.parseInt(row.get("count"));
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 0) {
                    problems.add(at + ", field count: '" + row.get("count") + "' is not a whole number >= 0");
                    continue;
                }
                Long before = lines.computeIfAbsent(series, k -> new LinkedHashMap<>()).putIfAbsent(week, line);
                if (before != null) {
                    problems.add(at + ": series " + series + " has week " + week + " already on line " + before
                            + "; keep one row per series and week");
                    continue;
                }
                counts.computeIfAbsent(series, k -> new TreeMap<>()).put(week, count);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new SitrepException(file + ": cannot read it as CSV: " + e.getMessage(), EXIT_INPUT, e);
        }
        List<CountSeries> out = new ArrayList<>();
        counts.forEach((id, weeks) -> out.add(dense(id, weeks, fillZero, problems)));
        if (counts.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": no rows under the header");
        }
        if (!problems.isEmpty()) {
            throw error(problems.size() + " problem(s) in " + file + ", nothing backtested:\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(MAX_REPORTED, problems.size())))
                    + (problems.size() > MAX_REPORTED ? "\n  … and " + (problems.size() - MAX_REPORTED) + " more" : ""));
        }
        return out;
    }

    /** Every week from the first to the last; a missing one is a problem unless zeros are asked for. */
    private static CountSeries dense(String id, TreeMap<IsoWeek, Integer> weeks, boolean fillZero,
                                     List<String> problems) {
        IsoWeek first = weeks.firstKey();
        List<Integer> counts = new ArrayList<>();
        for (IsoWeek w = first; w.compareTo(weeks.lastKey()) <= 0; w = w.plusWeeks(1)) {
            Integer c = weeks.get(w);
            if (c == null && !fillZero) {
                problems.add("series " + id + " has no row for week " + w + " (a gap between " + first + " and "
                        + weeks.lastKey() + "); add it, or pass --fill-zero to count missing weeks as 0");
            }
            counts.add(c == null ? 0 : c);
        }
        return new CountSeries(id, first, counts);
    }

    private static SitrepException error(String message) {
        return new SitrepException(message, EXIT_INPUT);
    }
}
