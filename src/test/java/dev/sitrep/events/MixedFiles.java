package dev.sitrep.events;

import dev.sitrep.testing.RandomInputs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random import files for property checks: good rows (hostile text in their free-text fields, written by a
 * real CSV printer or JSON writer) between garbage lines (stray quotes, pasted JSON or CSV, cut rows,
 * blanks). Garbage never begins with a valid event id, so no reading of it can be a valid event; every
 * good row must therefore import, once, on the line it starts on.
 */
final class MixedFiles {

    /** One piece of a file: a good row (with the id and values it must import as) or garbage. */
    record Piece(String text, String id, String summary, String place) {

        boolean good() {
            return id != null;
        }

        @Override
        public String toString() {
            return (good() ? "good " : "garbage ") + text;
        }
    }

    /** A file: its pieces, one or more physical lines each, joined by {@code lineBreak}. */
    record MixedFile(List<Piece> pieces, String lineBreak, boolean finalBreak) {

        String text(String header) {
            StringBuilder text = new StringBuilder(header == null ? "" : header + lineBreak);
            for (int i = 0; i < pieces.size(); i++) {
                text.append(pieces.get(i).text()).append(i < pieces.size() - 1 || finalBreak ? lineBreak : "");
            }
            return text.toString();
        }

        List<Piece> good() {
            return pieces.stream().filter(Piece::good).toList();
        }

        static List<MixedFile> smaller(MixedFile file) {
            return RandomInputs.shrinkList(file.pieces()).stream()
                    .map(p -> new MixedFile(p, file.lineBreak(), file.finalBreak())).toList();
        }

        @Override
        public String toString() {
            return String.join("\n", pieces.stream().map(Piece::toString).toList());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MixedFiles() {
    }

    static MixedFile csv(RandomInputs r) {
        return file(r, MixedFiles::csvRow, MixedFiles::csvGarbage);
    }

    static MixedFile jsonl(RandomInputs r) {
        return file(r, MixedFiles::jsonRow, MixedFiles::jsonGarbage);
    }

    private static MixedFile file(RandomInputs r, java.util.function.BiFunction<RandomInputs, String, Piece> good,
                                  java.util.function.Function<RandomInputs, String> garbage) {
        List<Piece> pieces = new ArrayList<>();
        // Ids differ from file to file, so that files imported into one log are each new to it.
        String prefix = "g" + r.between(0, 999_999_999) + "-";
        int n = r.between(1, 30);
        for (int i = 0; i < n; i++) {
            pieces.add(r.chance(0.6) ? good.apply(r, prefix + i) : new Piece(oneLine(garbage.apply(r)), null, null, null));
        }
        return new MixedFile(pieces, r.pick(List.of("\n", "\r\n")), r.chance(0.7));
    }

    static Piece csvRow(RandomInputs r, String id) {
        String summary = "S " + allowed(r.text(6));
        String place = r.chance(0.5) ? allowed(r.text(2)) : "";
        place = place.length() > 300 ? "" : place;
        return new Piece(CSVFormat.RFC4180.format(csvValues(id, summary, place)), id, summary.strip(),
                place.isBlank() ? null : place.strip());
    }

    private static Object[] csvValues(String id, String summary, String place) {
        return new Object[] {id, "2025-11-26", "day", "2025-11-27T00:00:00Z", "protest", "", "P (side-a)", "Syria", "",
                "", place, "", "", summary, "", "", "prop-src", "webpage", "P", "T", "", "", "", ""};
    }

    private static String csvGarbage(RandomInputs r) {
        String badId = "Bad Id " + r.plain(3);
        return switch (r.between(0, 7)) {
            case 0 -> badId + r.text(6);
            case 1 -> "\"" + badId + r.text(4);
            case 2 -> jsonRow(r, "pasted").text();
            case 3 -> r.pick(List.of("\"", "\"\"\"", ",\"", "\"" + badId + ",", ""));
            case 4 -> withQuoteAtAFieldStart(r, CSVFormat.RFC4180.format(csvValues(badId, oneLine(r.text(4)), "")));
            case 5 -> {
                String row = CSVFormat.RFC4180.format(csvValues(badId, oneLine(r.text(4)), ""));
                yield row.substring(0, r.between(0, row.length() - 1));
            }
            case 6 -> r.pick(List.of("", "   ", "\t"));
            default -> badId + "," + String.join(",", List.of(r.text(2), r.text(2), "\"" + r.text(3)));
        };
    }

    private static String withQuoteAtAFieldStart(RandomInputs r, String row) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == ',') {
                starts.add(i + 1);
            }
        }
        int at = r.pick(starts);
        return row.substring(0, at) + "\"" + row.substring(at);
    }

    static Piece jsonRow(RandomInputs r, String id) {
        String summary = "S " + allowed(r.text(6));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", id);
        event.put("occurred", "2025-11-26");
        event.put("recorded", "2025-11-27T00:00:00Z");
        event.put("type", "protest");
        event.put("actors", List.of(Map.of("name", "P", "role", "side-a")));
        event.put("country", "Syria");
        event.put("summary", summary);
        event.put("sources", List.of(Map.of("key", "prop-json-src", "kind", "webpage", "publisher", "P", "title", "T")));
        return new Piece(JSON.writeValueAsString(event), id, summary.trim(), null);
    }

    private static String jsonGarbage(RandomInputs r) {
        return switch (r.between(0, 4)) {
            case 0 -> r.text(6);
            case 1 -> {
                String row = jsonRow(r, "cut").text();
                yield row.substring(0, r.between(0, row.length() - 1));
            }
            case 2 -> CSVFormat.RFC4180.format(csvValues("csv-pasted", oneLine(r.text(3)), ""));
            case 3 -> r.pick(List.of("", "  ", "{", "[]", "{\"id\":1}", "null"));
            default -> jsonRow(r, "Bad Id").text();
        };
    }

    /** Text an event may hold: every control character but tab and line breaks is refused, by design. */
    private static String allowed(String text) {
        StringBuilder kept = new StringBuilder();
        text.chars().filter(c -> !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r')
                .forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\r\n|\r|\n", " ");
    }
}
