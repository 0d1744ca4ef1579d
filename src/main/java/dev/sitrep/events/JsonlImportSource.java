package dev.sitrep.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A sitrep-jsonl file: one event per line. */
final class JsonlImportSource implements ImportSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final JsonlEventReader reader;

    JsonlImportSource(Path file, Instant importTime) {
        this.file = file;
        this.reader = new JsonlEventReader(importTime);
    }

    @Override
    public String format() {
        return "sitrep-jsonl";
    }

    @Override
    public void forEachRow(RowHandler handler) throws IOException {
        int number = 0;
        try (BufferedReader in = Utf8Lines.open(file)) {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    String text = line;
                    handler.row(number, text, () -> reader.read(text), field -> valueOf(text, field));
                }
            }
        } catch (MalformedInputException e) {
            throw Utf8Lines.notUtf8(file);
        }
    }

    static String valueOf(String line, String field) {
        try {
            JsonNode node = JSON.readTree(line);
            JsonNode value = field == null || node == null ? null : node.get(field);
            return value == null || value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
