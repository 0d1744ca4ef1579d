package dev.sitrep.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The fields of one YAML mapping, read with their line numbers so errors can say where to look. */
final class YamlFields {

    private final Path file;
    private final MappingNode node;
    private final String path;
    private final Map<String, Node> fields = new LinkedHashMap<>();

    YamlFields(Path file, MappingNode node, String path) {
        this.file = file;
        this.node = node;
        this.path = path;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key) {
                fields.put(key.getValue(), t.getValueNode());
            }
        }
    }

    void allowOnly(Set<String> names) {
        for (String name : fields.keySet()) {
            if (!names.contains(name)) {
                throw error(name, "unknown field; expected one of " + new java.util.TreeSet<>(names));
            }
        }
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    String text(String name) {
        Node value = fields.get(name);
        if (!(value instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            throw error(name, value == null ? "missing: this field is required" : "must be a non-empty text");
        }
        return scalar.getValue().strip();
    }

    String optionalText(String name, String fallback) {
        return fields.containsKey(name) ? text(name) : fallback;
    }

    int integer(String name, int fallback, int min, int max) {
        Integer value = optionalInteger(name);
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw error(name, value + " is out of range: use " + min + " to " + max);
        }
        return value;
    }

    Integer optionalInteger(String name) {
        if (!fields.containsKey(name)) {
            return null;
        }
        String text = text(name);
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw error(name, "'" + text + "' is not a whole number");
        }
    }

    List<String> list(String name) {
        Node value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            throw error(name, "must be a list, e.g. [a, b]");
        }
        List<String> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                throw error(name, "must be a list of texts");
            }
            items.add(scalar.getValue().strip());
        }
        return items;
    }

    YamlFields mapping(String name) {
        Node value = fields.get(name);
        if (value == null) {
            return new YamlFields(file, new MappingNode(node.getTag(), List.of(), node.getFlowStyle()), qualified(name));
        }
        if (!(value instanceof MappingNode map)) {
            throw error(name, "must be a mapping of fields");
        }
        return new YamlFields(file, map, qualified(name));
    }

    List<YamlFields> mappings(String name) {
        Node value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            throw error(name, "must be a list of mappings");
        }
        List<YamlFields> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            if (!(seq.getValue().get(i) instanceof MappingNode map)) {
                throw error(name, "item " + (i + 1) + " must be a mapping of fields");
            }
            out.add(new YamlFields(file, map, qualified(name) + "[" + i + "]"));
        }
        return out;
    }

    /** A list whose items are texts or mappings: a text comes back as a String, a mapping as YamlFields. */
    List<Object> textsOrMappings(String name) {
        Node value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode seq)) {
            throw error(name, "must be a list");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            Node item = seq.getValue().get(i);
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                out.add(scalar.getValue().strip());
            } else if (item instanceof MappingNode map) {
                out.add(new YamlFields(file, map, qualified(name) + "[" + i + "]"));
            } else {
                throw error(name, "item " + (i + 1) + " must be a text or a mapping of fields");
            }
        }
        return out;
    }

    /** An optional ISO date (2025-08-04). */
    java.time.LocalDate optionalDate(String name) {
        if (!fields.containsKey(name)) {
            return null;
        }
        String text = text(name);
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw error(name, "'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2025-08-04");
        }
    }

    JobDefinitionException error(String name, String message) {
        Node at = fields.getOrDefault(name, node);
        int line = at.getStartMark() == null ? 1 : at.getStartMark().getLine() + 1;
        return new JobDefinitionException(file + ":" + line + ": " + qualified(name) + ": " + message);
    }

    private String qualified(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
