package dev.sitrep.events;

import java.time.Instant;
import java.util.List;

/** Events given as JSON objects in memory (the HTTP API), read like the lines of a sitrep-jsonl file. */
final class JsonLinesSource implements ImportSource {

    private final List<String> objects;
    private final JsonlEventReader reader;

    JsonLinesSource(List<String> objects, Instant importTime) {
        this.objects = List.copyOf(objects);
        this.reader = new JsonlEventReader(importTime);
    }

    @Override
    public String format() {
        return "sitrep-jsonl";
    }

    @Override
    public void forEachRow(RowHandler handler) {
        for (int i = 0; i < objects.size(); i++) {
            String text = objects.get(i);
            handler.row(i + 1, text, () -> reader.read(text), field -> JsonlImportSource.valueOf(text, field));
        }
    }
}
