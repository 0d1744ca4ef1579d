package dev.sitrep.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A map's points sorted by what becomes of them: drawn, or counted as not drawn because they have no
 * coordinates, are located only to their governorate or to the country (a governorate's centre drawn
 * as a dot would read as a place), or lie off the map.
 */
record MapCount(List<MapPoint> drawn, int withoutCoordinates, int governorateOnly, int countryOnly, int outside) {

    MapCount {
        drawn = List.copyOf(drawn);
    }

    static MapCount of(List<MapPoint> points, MapData.Box box) {
        List<MapPoint> drawn = new ArrayList<>();
        int without = 0, governorate = 0, country = 0, outside = 0;
        for (MapPoint p : points) {
            if (!p.located()) {
                without++;
            } else if (p.extent() == MapPoint.Extent.GOVERNORATE) {
                governorate++;
            } else if (p.extent() == MapPoint.Extent.COUNTRY) {
                country++;
            } else if (!box.contains(p.lon(), p.lat())) {
                outside++;
            } else {
                drawn.add(p);
            }
        }
        return new MapCount(drawn, without, governorate, country, outside);
    }
}
