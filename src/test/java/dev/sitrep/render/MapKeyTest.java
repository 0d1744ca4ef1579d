package dev.sitrep.render;

import static dev.sitrep.render.MapSvg.circles;
import static dev.sitrep.render.MapSvg.expected;
import static dev.sitrep.render.MapSvg.mainMapCircles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapKeyTest {

    private static final String BLUE = "rgb(0,114,178)";
    private static final String ORANGE = "rgb(230,159,0)";
    private static final String GREEN = "rgb(0,158,115)";

    private static MapPoint event(double lon, double lat, String place, String type, Integer deaths) {
        return new MapPoint(lon, lat, place, false, type, deaths, MapPoint.Extent.POINT);
    }

    private static List<MapPoint> threeTypes() {
        return List.of(event(37.16, 36.20, "Aleppo", "armed-clash", 1), event(37.16, 36.20, "Aleppo", "armed-clash", 1),
                event(37.16, 36.20, "Aleppo", "armed-clash", 1), event(40.14, 35.33, "Deir ez-Zor", "protest", null),
                event(40.14, 35.33, "Deir ez-Zor", "protest", null), event(36.72, 34.73, "Homs", "diplomacy", 0));
    }

    /** The filled marker the main map draws at a place. */
    private static MapSvg.Circle markerAt(String svg, double lon, double lat) {
        double[] at = expected(lon, lat);
        return mainMapCircles(svg).stream().filter(c -> !"none".equals(c.fill()))
                .filter(c -> Math.abs(c.cx() - at[0]) < 0.01 && Math.abs(c.cy() - at[1]) < 0.01).findFirst()
                .orElseThrow();
    }

    @Test
    void typesAreColouredCommonestFirstFromTheColourBlindSafePaletteAndNamedInTheKey() {
        String svg = LocatorMaps.of("Types", threeTypes()).svg();

        assertThat(markerAt(svg, 37.16, 36.20).fill()).isEqualTo(BLUE);
        assertThat(markerAt(svg, 40.14, 35.33).fill()).isEqualTo(ORANGE);
        assertThat(markerAt(svg, 36.72, 34.73).fill()).isEqualTo(GREEN);
        assertThat(svg).contains("Colour: event type (events)", ">armed-clash (3)<", ">protest (2)<",
                ">diplomacy (1)<");
        assertThat(circles(svg)).as("each type's swatch in the key, under the map")
                .filteredOn(c -> c.cy() > 472 && c.r() == 4.5 && !"none".equals(c.fill()))
                .extracting(MapSvg.Circle::fill)
                .containsExactly(BLUE, ORANGE, GREEN);
    }

    @Test
    void typesAsCommonAsEachOtherAreColouredInTheOrderOfTheirNamesWhateverTheOrderOfTheEvents() {
        List<MapPoint> ordered = List.of(event(37.16, 36.20, "Aleppo", "protest", 0),
                event(40.14, 35.33, "Deir ez-Zor", "armed-clash", 0));
        List<MapPoint> reversed = new ArrayList<>(ordered);
        Collections.reverse(reversed);
        MapKey key = MapKey.of(ordered);

        assertThat(key.entries()).extracting(MapKey.Entry::type).containsExactly("armed-clash", "protest");
        assertThat(MapKey.of(reversed).entries()).isEqualTo(key.entries());
        assertThat(LocatorMaps.of("Either way", reversed).svg()).isEqualTo(LocatorMaps.of("Either way", ordered).svg());
    }

    @Test
    void typesBeyondTheSevenColoursShareOneGreyCalledOtherTypes() {
        List<MapPoint> points = new ArrayList<>();
        for (int type = 1; type <= 9; type++) {
            for (int i = 0; i < 10 - type; i++) {
                points.add(event(36.0 + type * 0.5, 35.0, "Place " + type, "type-" + type, 0));
            }
        }

        MapKey key = MapKey.of(points);

        assertThat(key.entries()).extracting(MapKey::name).containsExactly("type-1", "type-2", "type-3", "type-4",
                "type-5", "type-6", "other types");
        assertThat(key.entries().get(6).events()).isEqualTo(3 + 2 + 1);
        assertThat(key.colour("type-8")).isEqualTo(MapKey.OTHER).isEqualTo(key.colour("type-7"));
        assertThat(key.entries()).extracting(MapKey.Entry::colour).doesNotHaveDuplicates();
    }

    @Test
    void aMarkersAreaGrowsWithItsDeathsFromASmallestSizeToACap() {
        assertThat(MapKey.radius(0)).isEqualTo(MapKey.radius(4)).isEqualTo(MapKey.MIN_RADIUS);
        // Four times the deaths, twice the radius: the area is what grows in proportion.
        assertThat(MapKey.radius(64) / MapKey.radius(16)).isCloseTo(2.0, within(1e-9));
        assertThat(MapKey.radius(100)).isEqualTo(MapKey.radius(5_000)).isEqualTo(MapKey.MAX_RADIUS);

        String svg = LocatorMaps.of("Tolls", List.of(event(37.16, 36.20, "Aleppo", "airstrike", 50),
                event(40.14, 35.33, "Deir ez-Zor", "airstrike", 5), event(36.72, 34.73, "Homs", "airstrike", null)))
                .svg();
        assertThat(markerAt(svg, 37.16, 36.20).r()).isCloseTo(MapKey.radius(50), within(0.001))
                .isGreaterThan(markerAt(svg, 40.14, 35.33).r());
        assertThat(markerAt(svg, 40.14, 35.33).r()).isGreaterThan(markerAt(svg, 36.72, 34.73).r());
        assertThat(markerAt(svg, 36.72, 34.73).r()).isEqualTo(MapKey.MIN_RADIUS);
    }

    @Test
    void theKeyShowsReferenceCirclesForDeathsWithTheirCounts() {
        String svg = LocatorMaps.of("Types", threeTypes()).svg();

        assertThat(svg).contains("Area: deaths at the place", ">0–4 or not reported<", ">10<", ">50<", ">100+<");
        assertThat(circles(svg)).filteredOn(c -> c.cy() > 472 && "rgb(217,217,217)".equals(c.fill()))
                .extracting(MapSvg.Circle::r)
                .containsExactly(MapKey.MIN_RADIUS, round(MapKey.radius(10)), round(MapKey.radius(50)),
                        MapKey.MAX_RADIUS);
    }

    /** As Batik writes a length: four decimals at most. */
    private static double round(double length) {
        return Math.round(length * 10_000) / 10_000.0;
    }

    @Test
    void largerMarkersAreDrawnFirstSoThatSmallerOnesStayOnTop() {
        String svg = LocatorMaps.of("One town", List.of(event(37.16, 36.20, "Aleppo", "protest", 1),
                event(37.16, 36.20, "Aleppo", "airstrike", 90))).svg();

        List<MapSvg.Circle> filled = mainMapCircles(svg).stream().filter(c -> !"none".equals(c.fill())).toList();
        assertThat(filled).hasSize(2);
        assertThat(filled.get(0).r()).isGreaterThan(filled.get(1).r());
    }

    @Test
    void theAssessedEventIsInTheKeyOnlyWhenTheMapHasOne() {
        List<MapPoint> related = threeTypes();
        List<MapPoint> withSubject = new ArrayList<>(related);
        withSubject.add(new MapPoint(35.948, 35.401, "Hmeimim", true, "military-movement", null,
                MapPoint.Extent.POINT));

        assertThat(LocatorMaps.of("Flash", withSubject).svg()).contains(">the assessed event<");
        assertThat(LocatorMaps.of("Weekly", related).svg()).doesNotContain("the assessed event", MapSvg.ACCENT);
        assertThat(LocatorMaps.of("Nothing", List.of()).svg()).doesNotContain("Colour: event type");
    }
}
