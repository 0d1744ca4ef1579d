package dev.sitrep.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A test-data builder: {@code anEvent().on("2025-11-26").ofType("military-movement").by("Russian Armed Forces")}. */
public final class Observations {

    private String id = "e";
    private LocalDate occurred = LocalDate.of(2025, 11, 26);
    private String type = "armed-clash";
    private String subType;
    private final List<String> actors = new ArrayList<>();
    private String admin1 = "Latakia";
    private String place = "Jableh";
    private Integer fatalities;
    private final List<String> tags = new ArrayList<>();
    private final List<String> sideA = new ArrayList<>();
    private String precision = "day";

    public static Observations anEvent() {
        return new Observations();
    }

    public Observations id(String value) {
        id = value;
        return this;
    }

    public Observations on(String isoDate) {
        occurred = LocalDate.parse(isoDate);
        return this;
    }

    public Observations ofType(String value) {
        type = value;
        return this;
    }

    public Observations subType(String value) {
        subType = value;
        return this;
    }

    public Observations by(String actor) {
        actors.add(actor);
        return this;
    }

    public Observations in(String governorate, String town) {
        admin1 = governorate;
        place = town;
        return this;
    }

    public Observations killing(int n) {
        fatalities = n;
        return this;
    }

    public Observations tagged(String tag) {
        tags.add(tag);
        return this;
    }

    /** Dated only to the "week" or "month" that begins on the event's date. */
    public Observations datedTo(String value) {
        precision = value;
        return this;
    }

    /** An actor on side A (the initiator), named first when the dyad is told. */
    public Observations initiatedBy(String actor) {
        actors.add(actor);
        sideA.add(actor);
        return this;
    }

    public Observation build() {
        return new Observation(id + "-" + occurred + "-" + type + "-" + actors.size(), occurred, type, subType,
                actors.isEmpty() ? List.of("Unidentified gunmen") : actors, admin1, place, fatalities, tags, precision,
                null, sideA);
    }

    /** {@code n} copies of one event, each with its own id. */
    public static List<Observation> times(int n, Observations event) {
        List<Observation> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(event.id("e" + i + "-" + System.identityHashCode(list)).build());
        }
        return list;
    }
}
