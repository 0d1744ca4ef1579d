package dev.sitrep.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Typed values from CSV text; each failure an InvalidField with the column and what it should be. */
final class CsvValues {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d-MMM-uu", Locale.ENGLISH));

    private CsvValues() {
    }

    /** ISO dates (2025-11-26), and the long forms ACLED exports have used (26 November 2025). */
    static LocalDate date(String column, String text) {
        if (text == null) {
            return null;
        }
        String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) : text;
        for (DateTimeFormatter f : DATES) {
            try {
                return plausible(column, LocalDate.parse(f == DateTimeFormatter.ISO_LOCAL_DATE ? iso : text,
                        f.withResolverStyle(java.time.format.ResolverStyle.STRICT)), text);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new InvalidField(column, "'" + text + "' is not a date that exists: use YYYY-MM-DD");
    }

    /** Years 1 to 9999: what both databases store (PostgreSQL refuses year 0 and five-digit years). */
    static LocalDate plausible(String column, LocalDate date, String text) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidField(column, "'" + text + "' is outside the years 1 to 9999");
        }
        return date;
    }

    static Instant plausible(String column, Instant instant, String text) {
        plausible(column, instant.atOffset(java.time.ZoneOffset.UTC).toLocalDate(), text);
        return instant;
    }

    static Integer integer(String column, String text, int min, int max) {
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
            if (value < min || value > max) {
                throw new InvalidField(column, "'" + text + "' is out of range: " + min + " to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidField(column, "'" + text + "' is not a whole number");
        }
    }

    static Double coordinate(String column, String text, double limit) {
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isNaN(value) || Math.abs(value) > limit) {
                throw new InvalidField(column, "'" + text + "' must lie between -" + (int) limit + " and "
                        + (int) limit);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidField(column, "'" + text + "' is not a number");
        }
    }

    static Instant epochSeconds(String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return plausible(column, Instant.ofEpochSecond(Long.parseLong(text)), text);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new InvalidField(column, "'" + text + "' is not a Unix time in seconds");
        }
    }

    /** Values separated by ';', trimmed, blanks dropped. */
    static List<String> list(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A lower-case key fragment: "Syrian Observatory for Human Rights" -> "syrian-observatory-for-human-rights". */
    static String slug(String text) {
        String slug = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
