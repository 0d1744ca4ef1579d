package dev.sitrep.render;

import static dev.sitrep.render.MapSvg.expected;
import static dev.sitrep.render.MapSvg.insetCircles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MapInsetTest {

    /** Eastern Ghouta, February 2018: Douma at 33.57° N, 36.40° E and the towns around it. */
    private static final double[][] GHOUTA = {{36.402, 33.572}, {36.364, 33.558}, {36.371, 33.515},
        {36.383, 33.527}, {36.383, 33.519}, {36.400, 33.539}};
    private static final String[] GHOUTA_NAMES = {"Douma", "Harasta", "Kafr Batna", "Hamouriyah", "Saqba",
        "Beit Sawa"};
    /** One town in each of six other governorates. */
    private static final double[][] SPREAD = {{37.16, 36.20}, {40.14, 35.33}, {39.01, 35.95}, {36.72, 34.73},
        {36.63, 35.93}, {36.10, 32.62}};
    private static final String[] SPREAD_NAMES = {"Aleppo", "Deir ez-Zor", "Raqqa", "Homs", "Idlib", "Daraa"};

    private static MapPoint event(double[] at, String place, int deaths) {
        return new MapPoint(at[0], at[1], place, false, "state-based", deaths, MapPoint.Extent.POINT);
    }

    /** Two events at each Ghouta town and one at each other town: 12 of 18 in Ghouta. */
    private static List<MapPoint> ghoutaWeek() {
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < GHOUTA.length; i++) {
            points.add(event(GHOUTA[i], GHOUTA_NAMES[i], 10 * i));
            points.add(event(GHOUTA[i], GHOUTA_NAMES[i], 3));
        }
        for (int i = 0; i < SPREAD.length; i++) {
            points.add(event(SPREAD[i], SPREAD_NAMES[i], 2));
        }
        return points;
    }

    @Test
    void aWeekCrowdedIntoEasternGhoutaGetsAnInsetOfRifDimashqAndABoxWhereItIsOnTheMainMap() {
        Chart map = LocatorMaps.of("Ghouta", ghoutaWeek());
        MapSvg.Inset inset = MapSvg.inset(map.svg()).orElseThrow();

        assertThat(map.svg()).contains(">Rif Dimashq (enlarged)<");
        assertThat(map.alt()).contains("An inset enlarges the area where 12 of the drawn events crowd (Rif Dimashq).");
        double[] douma = expected(36.402, 33.572);
        assertThat(inset.box().contains(douma[0], douma[1])).isTrue();
        assertThat(inset.box().width()).as("governorate scale: much smaller than the map").isLessThan(632 / 8.0);
        assertThat(inset.panel().width() * inset.panel().height()).isGreaterThan(40 * inset.box().width()
                * inset.box().height());
        assertThat(overlaps(inset.panel(), inset.box())).as("the inset leaves its cluster in sight").isFalse();
    }

    @Test
    void theInsetDrawsTheClustersMarkersWhereItEnlargesThemAndNoOthers() {
        String svg = LocatorMaps.of("Ghouta", ghoutaWeek()).svg();
        MapSvg.Inset inset = MapSvg.inset(svg).orElseThrow();
        List<MapSvg.Circle> drawn = insetCircles(svg).stream().filter(c -> !"none".equals(c.fill())).toList();

        for (double[] town : GHOUTA) {
            double[] main = expected(town[0], town[1]);
            double[] enlarged = inset.enlarged(main[0], main[1]);
            assertThat(drawn).as("a marker for %s,%s", town[0], town[1]).anySatisfy(c -> {
                assertThat(c.cx()).isCloseTo(enlarged[0], within(0.5));
                assertThat(c.cy()).isCloseTo(enlarged[1], within(0.5));
            });
        }
        assertThat(drawn).hasSize(GHOUTA.length);
    }

    @Test
    void theNamesOfTheEnlargedPlacesAreWrittenInTheInsetNotOnTheCrowdedMainMap() {
        String svg = LocatorMaps.of("Ghouta", ghoutaWeek()).svg();
        MapSvg.Rect panel = MapSvg.inset(svg).orElseThrow().panel();

        List<double[]> douma = textAt(svg, "Douma");
        assertThat(douma).hasSize(1);
        assertThat(panel.contains(douma.get(0)[0], douma.get(0)[1])).isTrue();
        assertThat(textAt(svg, "Aleppo")).singleElement().satisfies(at -> assertThat(panel.contains(at[0], at[1]))
                .isFalse());
    }

    @Test
    void aWeekOnTheCoastGetsAnInsetOfLatakiaAndTartus() {
        List<MapPoint> points = new ArrayList<>();
        double[][] coast = {{35.78, 35.52}, {35.93, 35.36}, {35.95, 35.40}, {35.95, 35.18}, {35.89, 34.89}};
        String[] names = {"Latakia", "Jableh", "Hmeimim", "Baniyas", "Tartus"};
        for (int i = 0; i < coast.length; i++) {
            points.add(event(coast[i], names[i], 1));
            points.add(event(coast[i], names[i], 0));
        }
        for (int i = 0; i < SPREAD.length; i++) {
            points.add(event(SPREAD[i], SPREAD_NAMES[i], 2));
        }

        Chart map = LocatorMaps.of("Coast", points);

        assertThat(map.svg()).contains(">Latakia and Tartus (enlarged)<");
        assertThat(MapSvg.inset(map.svg())).isPresent();
        assertThat(map.alt()).contains("of the drawn events crowd (Latakia and Tartus)");
    }

    @Test
    void aWeekSpreadAcrossTheCountryGetsNoInset() {
        List<MapPoint> points = new ArrayList<>();
        for (int i = 0; i < SPREAD.length; i++) {
            points.add(event(SPREAD[i], SPREAD_NAMES[i], 5));
            points.add(event(SPREAD[i], SPREAD_NAMES[i], 5));
        }
        points.add(event(GHOUTA[0], GHOUTA_NAMES[0], 5));
        points.add(event(GHOUTA[1], GHOUTA_NAMES[1], 5));

        Chart map = LocatorMaps.of("Everywhere", points);

        assertThat(MapSvg.inset(map.svg())).isEmpty();
        assertThat(map.svg()).doesNotContain("(enlarged)");
        assertThat(map.alt()).doesNotContain("inset");
    }

    @Test
    void aCrowdAtOnePlaceGetsNoInsetForAnInsetWouldShowNothingMore() {
        List<MapPoint> points = new ArrayList<>(Collections.nCopies(10, event(GHOUTA[0], "Douma", 3)));
        points.add(event(SPREAD[0], SPREAD_NAMES[0], 1));

        assertThat(MapSvg.inset(LocatorMaps.of("Douma", points).svg())).isEmpty();
    }

    @Test
    void theSameClusteredEventsInAnyOrderDrawTheSameBytes() {
        List<MapPoint> points = ghoutaWeek();
        List<MapPoint> reversed = new ArrayList<>(points);
        Collections.reverse(reversed);

        Chart first = LocatorMaps.of("Ghouta", points);
        assertThat(LocatorMaps.of("Ghouta", points)).isEqualTo(first);
        assertThat(LocatorMaps.of("Ghouta", reversed).svg()).isEqualTo(first.svg());
    }

    private static boolean overlaps(MapSvg.Rect a, MapSvg.Rect b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                && b.y() < a.y() + a.height();
    }

    /** Where each text element with exactly {@code text} starts (Batik writes its attributes in any order). */
    private static List<double[]> textAt(String svg, String text) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text ([^>]*)>\\s*" + Pattern.quote(text) + "</text").matcher(svg);
        while (m.find()) {
            out.add(new double[] {number(m.group(1), "x"), number(m.group(1), "y")});
        }
        return out;
    }

    private static double number(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([-0-9.]+)\"").matcher(attributes);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
