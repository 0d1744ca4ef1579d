package dev.sitrep.render;

import static dev.sitrep.render.MapSvg.ACCENT;
import static dev.sitrep.render.MapSvg.circles;
import static dev.sitrep.render.MapSvg.expected;
import static dev.sitrep.render.MapSvg.mainMapCircles;
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
    void manyEventsOfATypeAtOnePlaceAreOneMarkerSizedByTheirDeathsAndTheAltTextCountsThem() {
        MapPoint strike = new MapPoint(35.948, 35.401, "Hmeimim", false, "remote-violence", 4, MapPoint.Extent.POINT);
        Chart map = LocatorMaps.of("Strikes", List.of(strike, strike, strike, TARTOUS));
        double[] hmeimim = expected(35.948, 35.401);

        // One filled dot (its white edge is a second, unfilled circle), of 12 deaths: larger than one strike's 4.
        assertThat(mainMapCircles(map.svg()).stream().filter(c -> Math.abs(c.cx() - hmeimim[0]) < 0.01)
                .filter(c -> !"none".equals(c.fill())).toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.r()).isCloseTo(MapKey.radius(12), within(0.01));
                    assertThat(c.r()).isGreaterThan(MapKey.radius(4));
                });
        assertThat(map.alt()).contains("4 events at 2 places", "The event itself (red): Tartous",
                "Hmeimim (35.401° N, 35.948° E) 3 (12 deaths)");
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
    void eventsLocatedOnlyToTheirGovernorateOrTheCountryAreNotDrawnAndTheNoteSaysHowMany() {
        MapPoint idlib = new MapPoint(36.63, 35.93, "Idlib", false, "state-based", 5, MapPoint.Extent.GOVERNORATE);
        MapPoint syria = new MapPoint(38.0, 35.0, "Syria", false, "state-based", 9, MapPoint.Extent.COUNTRY);

        Chart map = LocatorMaps.of("Vague", List.of(HMEIMIM, idlib, idlib, idlib, syria,
                new MapPoint(36.292, 33.513, "Damascus", false)));

        String note = "2 events at 2 places; 3 events located only to their governorate are not drawn; 1 event "
                + "located only to the country is not drawn.";
        assertThat(MapSvg.words(map.svg())).contains(note).doesNotContain(">Idlib<");
        assertThat(map.alt()).contains(note).doesNotContain("Idlib (");
        double[] atIdlib = expected(36.63, 35.93);
        double[] atCentre = expected(38.0, 35.0);
        assertThat(mainMapCircles(map.svg())).hasSize(4).noneSatisfy(c -> assertThat(
                Math.hypot(c.cx() - atIdlib[0], c.cy() - atIdlib[1]) < 1
                        || Math.hypot(c.cx() - atCentre[0], c.cy() - atCentre[1]) < 1).isTrue());
    }

    @Test
    void oneEventLocatedOnlyToItsGovernorateIsNotDrawnAndAMapOfNoneElseSaysNoneIsDrawn() {
        Chart map = LocatorMaps.of("Vague", List.of(
                new MapPoint(36.63, 35.93, "Idlib", false, "state-based", 5, MapPoint.Extent.GOVERNORATE)));

        assertThat(MapSvg.words(map.svg()))
                .contains("No events drawn; 1 event located only to its governorate is not drawn.");
        assertThat(map.svg()).doesNotContain("<circle");
    }

    @Test
    void anEventEntrysLocationPrecisionDecidesWhetherItIsDrawnAsAPlace() {
        assertThat(java.util.stream.Stream.of("place", "district", null, "governorate", "country")
                .map(located -> MapPoint.of(new EventEntry("e-1", 1, LocalDate.of(2018, 2, 20), "day", "state-based",
                        null, List.of(), "Rif Dimashq", "Duma", "Shelling", 4, List.of(), List.of(), 33.57, 36.40,
                        located), false).extent()))
                .containsExactly(MapPoint.Extent.POINT, MapPoint.Extent.POINT, MapPoint.Extent.POINT,
                        MapPoint.Extent.GOVERNORATE, MapPoint.Extent.COUNTRY);
    }

    @Test
    void aLongNoteIsBrokenIntoLinesThatFitTheMapsWidth() {
        String note = "120 events at 61 places; 14 events located only to their governorate are not drawn; 3 events "
                + "located only to the country are not drawn; 2 events without coordinates are not shown.";

        List<String> lines = MapText.lines(note, MapDrawing.SMALL, 300);

        assertThat(lines).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(PlaceLabels.width(l, MapDrawing.SMALL))
                .isLessThanOrEqualTo(300));
        assertThat(String.join(" ", lines)).isEqualTo(note);
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

    @Test
    void theShippedGovernoratesPutDoumaInRifDimashqDamascusInItsHoleAndTheCoastInLatakiaAndTartus() {
        Governorates syria = Governorates.syria();

        assertThat(syria.rings()).hasSize(15).containsKeys("Rif Dimashq", "Damascus", "Latakia", "Tartus",
                "Deir ez-Zor", "Hasakah");
        assertThat(syria.at(36.402, 33.572)).isEqualTo("Rif Dimashq");
        assertThat(syria.at(36.292, 33.513)).isEqualTo("Damascus");
        assertThat(syria.at(35.78, 35.52)).isEqualTo("Latakia");
        assertThat(syria.at(35.89, 34.89)).isEqualTo("Tartus");
        assertThat(syria.at(35.50, 33.89)).as("Beirut").isNull();
        assertThat(syria.boundaries()).isNotEmpty();
        assertThat(syria.labels()).extracting(MapData.Label::name).hasSize(14).doesNotContain("UNDOF zone");
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
    void anEventEntryBringsItsCoordinatesPlaceNameTypeAndDeaths() {
        EventEntry placed = new EventEntry("e-1", 1, LocalDate.of(2025, 11, 26), "day", "military-movement", null,
                List.of("Russian Armed Forces"), "Latakia", null, "Convoy", 2, List.of(), List.of("src"), 35.401,
                35.948);

        assertThat(MapPoint.of(placed, false)).isEqualTo(
                new MapPoint(35.948, 35.401, "Latakia", false, "military-movement", 2, MapPoint.Extent.POINT));
    }
}
