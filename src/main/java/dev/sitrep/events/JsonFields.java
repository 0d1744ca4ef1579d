package dev.sitrep.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Typed reads of one JSON field, each failure an InvalidField naming the field and what it should be. */
final class JsonFields {

    private JsonFields() {
    }

    static Integer fatalities(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0) {
            throw new InvalidField("fatalities", "'" + node + "' must be a whole number of 0 or more, or null");
        }
        return node.asInt();
    }

    static Double coordinate(JsonNode parent, String field, double limit) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || Math.abs(node.asDouble()) > limit) {
            throw new InvalidField(field, "'" + node + "' must be a number between -" + (int) limit + " and " + (int) limit);
        }
        return node.asDouble();
    }

    static LocalDate date(JsonNode parent, String field, boolean required) {
        String text = required ? required(parent, field) : optional(parent, field);
        if (text == null) {
            return null;
        }
        try {
            return CsvValues.plausible(field, LocalDate.parse(text), text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "'" + text + "' is not a date: use YYYY-MM-DD");
        }
    }

    static Instant instant(String field, String text) {
        try {
            return CsvValues.plausible(field, Instant.parse(text), text);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "'" + text + "' is not an instant: use e.g. 2025-11-26T19:30:00Z");
        }
    }

    static String required(JsonNode parent, String field) {
        return required(parent, field, field);
    }

    static String required(JsonNode parent, String field, String path) {
        String value = optional(parent, field, path);
        if (value == null || value.isBlank()) {
            throw new InvalidField(path, "missing: this field is required");
        }
        return value;
    }

    static String optional(JsonNode parent, String field) {
        return optional(parent, field, field);
    }

    static String optional(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node != null && !node.isNull() && !node.isValueNode()) {
            throw new InvalidField(path, "must be a text, not " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return node == null || node.isNull() ? null : node.asString().trim();
    }
}
