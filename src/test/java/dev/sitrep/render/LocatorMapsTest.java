package dev.sitrep.render;

import static dev.sitrep.render.MapSvg.ACCENT;
import static dev.sitrep.render.MapSvg.circles;
import static dev.sitrep.render.MapSvg.expected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.assessment.EventEntry;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LocatorMapsTest {

    private static final MapPoint TARTOUS = new MapPoint(35.886, 34.889, "Tartous", true);
    private static final MapPoint HMEIMIM = new MapPoint(35.948, 35.401, "Hmeimim", false);
    @Test
    void theConvoysEndsLandWhereTheProjectionPutsThem() {
        List<MapSvg.Circle> circles = circles(LocatorMaps.of("Convoy", List.of(TARTOUS, HMEIMIM)).svg());

        double[] tartous = expected(35.886, 34.889);
        double[] hmeimim = expected(35.948, 35.401);
        assertThat(circles).anySatisfy(c -> {
            assertThat(c.cx()).isCloseTo(tartous[0], within(0.01));
            assertThat(c.cy()).isCloseTo(tartous[1], within(0.01));
        });
        assertThat(circles).anySatisfy(c -> {
            assertThat(c.cx()).isCloseTo(hmeimim[0], within(0.01));
            assertThat(c.cy()).isCloseTo(hmeimim[1], within(0.01));
        });
        // North is up and east is right: Hmeimim lies north of Tartous and a little east.
        assertThat(hmeimim[1]).isLessThan(tartous[1]);
        assertThat(hmeimim[0]).isGreaterThan(tartous[0]);
    }

    @Test
    void theEventItselfIsDrawnInTheAccentColourWithARingAndTheRelatedOnesAreNot() {
        List<MapSvg.Circle> circles = circles(LocatorMaps.of("Convoy", List.of(TARTOUS, HMEIMIM)).svg());
        double[] tartous = expected(35.886, 34.889);
        double[] hmeimim = expected(35.948, 35.401);

        List<MapSvg.Circle> atTartous = circles.stream().filter(c -> Math.abs(c.cx() - tartous[0]) < 0.01).toList();
        assertThat(atTartous).anySatisfy(c -> assertThat(c.fill()).isEqualTo(ACCENT));
        assertThat(atTartous).hasSizeGreaterThanOrEqualTo(3);
        List<MapSvg.Circle> atHmeimim = circles.stream().filter(c -> Math.abs(c.cx() - hmeimim[0]) < 0.01).toList();
        assertThat(atHmeimim).noneSatisfy(c -> assertThat(c.fill()).isEqualTo(ACCENT));
        assertThat(LocatorMaps.of("Convoy", List.of(HMEIMIM)).svg()).doesNotContain(ACCENT);
    }

    @Test
    void placesAndCountriesAreLabelledInTheChartsFace() {
        String svg = LocatorMaps.of("Convoy", List.of(TARTOUS, HMEIMIM)).svg();

        assertThat(svg).contains(">Tartous<", ">Hmeimim<", ">Syria<", ">Lebanon<", ">Turkey<", ">Iraq<", ">Cyprus<",
                        "DejaVu Sans", "Natural Earth")
                .doesNotContain("<image", "rgba(").doesNotContainPattern("opacity=\"0");
    }

    @Test
    void manyEventsAtOnePlaceAreOneLargerMarkerAndTheAltTextCountsThem() {
        Chart map = LocatorMaps.of("Convoys", List.of(HMEIMIM, HMEIMIM, HMEIMIM, TARTOUS));
        double[] hmeimim = expected(35.948, 35.401);

        // One filled dot (its white edge is a second, unfilled circle), larger than a single event's 4 px.
        assertThat(circles(map.svg()).stream().filter(c -> Math.abs(c.cx() - hmeimim[0]) < 0.01)
                .filter(c -> !"none".equals(c.fill())).toList())
                .singleElement().satisfies(c -> assertThat(c.r()).isGreaterThan(4.5));
        assertThat(map.alt()).contains("4 events at 2 places", "The event itself (red): Tartous",
                "Hmeimim (35.401° N, 35.948° E) 3");
    }

    @Test
    void anEventWithoutCoordinatesIsCountedAsNotShownInsteadOfFailing() {
        EventEntry unplaced = new EventEntry("e-9", 1, LocalDate.of(2025, 11, 26), "day", "military-movement", null,
                List.of("Russian Armed Forces"), "Tartus", "Tartous", "Convoy", null, List.of(), List.of("src"));

        Chart map = LocatorMaps.of("Convoy", List.of(MapPoint.of(unplaced, true), HMEIMIM));

        assertThat(map.svg()).contains("1 event at 1 place; 1 event without coordinates is not shown.")
                .doesNotContain(ACCENT);
        assertThat(map.alt()).contains("1 event without coordinates is not shown");
    }

    @Test
    void withNoEventsTheMapStillShowsTheCountryAndSaysSo() {
        Chart map = LocatorMaps.of("Nothing logged", List.of());

        assertThat(map.file()).isEqualTo("map-events.svg");
        assertThat(map.svg()).contains("No events with coordinates.", ">Syria<").doesNotContain("<circle");
        assertThat(Pattern.compile("<path ").matcher(map.svg()).results().count()).isGreaterThan(20);
        assertThat(LocatorMaps.of("Nothing placed", List.of(new MapPoint(null, 35.0, "Half", false))).svg())
                .contains("No events with coordinates; 1 event without coordinates is not shown.");
    }

    @Test
    void anEventFarOutsideTheRegionIsSaidToBeOffTheMap() {
        Chart map = LocatorMaps.of("Elsewhere", List.of(HMEIMIM, new MapPoint(2.35, 48.86, "Paris", false)));

        assertThat(map.svg()).contains("1 event at 1 place; 1 event outside the map is not shown.")
                .doesNotContain(">Paris<");
    }

    @Test
    void theSamePointsDrawTheSameBytes() {
        List<MapPoint> points = List.of(TARTOUS, HMEIMIM, new MapPoint(36.292, 33.513, "Damascus", false));

        Chart first = LocatorMaps.of("Convoy", points);
        LocatorMaps.of("Something else", List.of(new MapPoint(40.14, 35.33, "Deir ez-Zor", true)));
        assertThat(LocatorMaps.of("Convoy", points)).isEqualTo(first);
    }

    @Test
    void theShippedOutlinesHoldSyriaWithDamascusInsideAndAleppoNotInLebanon() {
        MapData data = MapData.levant();

        assertThat(data.countries()).containsKeys("Syria", "Lebanon", "Turkey", "Iraq", "Jordan", "Israel", "Cyprus");
        MapData.Box syria = data.extent("Syria");
        assertThat(syria.west()).isCloseTo(35.7, within(0.2));
        assertThat(syria.east()).isCloseTo(42.4, within(0.2));
        assertThat(syria.south()).isCloseTo(32.3, within(0.2));
        assertThat(syria.north()).isCloseTo(37.3, within(0.2));
        assertThat(inside(data, "Syria", 36.292, 33.513)).isTrue();
        assertThat(inside(data, "Syria", 37.16, 36.20)).isTrue();
        assertThat(inside(data, "Lebanon", 37.16, 36.20)).isFalse();
        assertThat(inside(data, "Lebanon", 35.50, 33.89)).isTrue();
        assertThat(data.coasts()).isNotEmpty();
        assertThat(data.borders()).isNotEmpty();
    }

    private static boolean inside(MapData data, String country, double lon, double lat) {
        return data.countries().get(country).stream().anyMatch(ring -> {
            Path2D.Double path = new Path2D.Double();
            path.moveTo(ring[0], ring[1]);
            for (int i = 2; i < ring.length; i += 2) {
                path.lineTo(ring[i], ring[i + 1]);
            }
            path.closePath();
            return path.contains(lon, lat);
        });
    }

    @Test
    void aPlaceNameWithMarkupIsTextInTheSvg() {
        String svg = LocatorMaps.of("<b>Title</b>", List.of(new MapPoint(36.0, 35.0, "<script>x</script> & Co", false)))
                .svg();

        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;x&lt;/script&gt; &amp; Co");
    }

    @Test
    void crowdedPlaceNamesNeverOverlapEachOtherOrAMarkerAndStayInsideTheFrame() {
        List<MapPoint> crowd = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            crowd.add(new MapPoint(35.8 + (i % 8) * 0.05, 35.0 + (i / 8) * 0.05, "Village number " + i, false));
        }
        List<MapTally.Spot> spots = MapTally.of(crowd);
        MapProjection p = LocatorMaps.projection(MapData.levant(), crowd);
        List<double[]> markers = spots.stream().map(s -> new double[] {p.x(s.lon()), p.y(s.lat()), s.radius()})
                .toList();

        List<PlaceLabels.Placed> placed = new PlaceLabels(LocatorMaps.FRAME, markers)
                .place(spots, s -> new double[] {p.x(s.lon()), p.y(s.lat()), s.radius()});

        assertThat(placed).isNotEmpty().hasSizeLessThan(40);
        for (int i = 0; i < placed.size(); i++) {
            assertThat(LocatorMaps.FRAME.contains(placed.get(i).box())).isTrue();
            for (double[] m : markers) {
                assertThat(placed.get(i).box().intersects(m[0] - m[2], m[1] - m[2], 2 * m[2], 2 * m[2])).isFalse();
            }
            for (int j = i + 1; j < placed.size(); j++) {
                assertThat(placed.get(i).box().intersects(placed.get(j).box())).isFalse();
            }
        }
    }

    @Test
    void anEventEntryBringsItsCoordinatesAndPlaceName() {
        EventEntry placed = new EventEntry("e-1", 1, LocalDate.of(2025, 11, 26), "day", "military-movement", null,
                List.of("Russian Armed Forces"), "Latakia", null, "Convoy", null, List.of(), List.of("src"), 35.401,
                35.948);

        assertThat(MapPoint.of(placed, false)).isEqualTo(new MapPoint(35.948, 35.401, "Latakia", false));
    }
}
