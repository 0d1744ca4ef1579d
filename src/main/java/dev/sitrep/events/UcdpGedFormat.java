package dev.sitrep.events;

import static dev.sitrep.events.CsvValues.coordinate;
import static dev.sitrep.events.CsvValues.date;
import static dev.sitrep.events.CsvValues.integer;
import static dev.sitrep.events.CsvValues.list;

import dev.sitrep.core.Sha256;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * UCDP's Georeferenced Event Dataset (GED) CSV, mapped by column name since releases order columns
 * differently. Ids become {@code ucdp:<id>}; an event counts at its {@code date_start}. The cited articles
 * (source_office / source_date / source_headline, ';'-separated) become sources, and every event also
 * cites the dataset as its licence (CC BY 4.0) asks: the article that introduced it and its codebook.
 */
final class UcdpGedFormat implements CsvFormat {

    /** Sundberg and Melander (2013), Journal of Peace Research 50(4): 523–532; V17 stores it so in older logs. */
    static final Source DATASET = new Source("ucdp-ged-sundberg-melander-2013", "article-journal",
            "Journal of Peace Research", "Introducing the UCDP Georeferenced Event Dataset",
            "Sundberg, Ralph and Erik Melander", null, LocalDate.of(2013, 1, 1), null, "50", "4", "523-532", "year");
    /** The codebook of the GED release the Syria data follows (19.1), which UCDP asks to cite beside the article. */
    static final Source CODEBOOK = new Source("ucdp-ged-codebook-hogbladh-2019", "report",
            "Department of Peace and Conflict Research, Uppsala University", "UCDP GED Codebook version 19.1",
            "Högbladh, Stina", null, LocalDate.of(2019, 1, 1), null, null, null, null, "year");
    private static final String[] VIOLENCE = {"state-based", "non-state", "one-sided"};

    @Override
    public String name() {
        return "ucdp-ged";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id", "type_of_violence", "dyad_name", "side_a", "side_b", "source_office", "source_date",
                "source_headline", "where_prec", "where_coordinates", "adm_1", "latitude", "longitude", "country",
                "date_prec", "date_start", "best");
    }

    @Override
    public Event map(CsvRow row, Instant importTime) {
        int id = integer("id", row.require("id"), 0, Integer.MAX_VALUE);
        Integer violence = integer("type_of_violence", row.require("type_of_violence"), 1, 3);
        Fatalities deaths = new Fatalities(integer("best", row.require("best"), 0, 10_000_000),
                integer("low", row.get("low"), 0, 10_000_000), integer("high", row.get("high"), 0, 10_000_000));
        List<String> tags = new ArrayList<>(List.of("ucdp"));
        if (deaths.low() != null && deaths.high() != null
                && !(deaths.low() <= deaths.best() && deaths.best() <= deaths.high())) {
            // Real GED rows sometimes break low <= best <= high: kept as given, and marked for a reader.
            tags.add("fatalities-inconsistent");
        }
        String where = row.require("where_coordinates");
        return new Event("ucdp:" + id, 0, String.valueOf(id),
                date("date_start", row.require("date_start")), precision(row.require("date_prec")), importTime,
                VIOLENCE[violence - 1], null,
                List.of(new Actor(row.require("side_a"), "side-a"), new Actor(row.require("side_b"), "side-b")),
                new Place(row.require("country"), row.get("adm_1"), row.get("adm_2"), where,
                        coordinate("latitude", row.get("latitude"), 90), coordinate("longitude", row.get("longitude"), 180),
                        integer("where_prec", row.get("where_prec"), 1, 7)),
                row.require("dyad_name") + " at " + where + ": " + deaths.best() + " deaths (best estimate)"
                        + (row.get("where_description") == null ? "" : "; " + row.get("where_description")),
                deaths, tags, sources(row), "ucdp-ged");
    }

    /** date_prec 1 is the exact day, 2-3 within a week, 4 and more a month or longer. */
    private static DatePrecision precision(String code) {
        int p = integer("date_prec", code, 1, 5);
        return p == 1 ? DatePrecision.DAY : p <= 3 ? DatePrecision.WEEK : DatePrecision.MONTH;
    }

    /** The cited articles; the same article cited by several events is one source (its key is its hash). */
    private static List<Source> sources(CsvRow row) {
        List<String> offices = list(row.get("source_office"));
        List<String> dates = list(row.get("source_date"));
        List<String> headlines = list(row.get("source_headline"));
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < offices.size(); i++) {
            String office = offices.get(i);
            String day = i < dates.size() ? dates.get(i) : null;
            String headline = i < headlines.size() && offices.size() == headlines.size() ? headlines.get(i) : null;
            LocalDate published = day == null ? null : dateOrNull(day);
            String title = headline == null ? "[Report cited by UCDP GED]" : headline;
            sources.add(new Source("ucdp-src:" + Sha256.hex(office + "|" + day + "|" + title).substring(0, 16),
                    "article-newspaper", office, title, null, null, published, null));
        }
        sources.add(DATASET);
        sources.add(CODEBOOK);
        return sources.stream().distinct().toList();
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return date("source_date", text);
        } catch (InvalidField e) {
            return null;
        }
    }
}
