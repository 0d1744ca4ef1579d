package dev.sitrep.render;

/**
 * Degrees to SVG pixels: equirectangular, with longitude shrunk by the cosine of the view's middle
 * latitude so that shapes at Syria's latitude keep their proportions (good to a few per cent over a
 * region this size, and simple enough for a test to recompute). The view is widened to the canvas's
 * aspect, never stretched, and centred on the canvas rectangle (x0, y0, width, height).
 */
record MapProjection(double centreLon, double centreLat, double cosLat, double scale, double x0, double y0,
                     double width, double height) {

    static MapProjection fit(MapData.Box view, double x0, double y0, double width, double height) {
        double cos = Math.cos(Math.toRadians((view.south() + view.north()) / 2));
        double scale = Math.min(width / ((view.east() - view.west()) * cos), height / (view.north() - view.south()));
        return new MapProjection((view.west() + view.east()) / 2, (view.south() + view.north()) / 2, cos, scale, x0,
                y0, width, height);
    }

    double x(double lon) {
        return x0 + width / 2 + (lon - centreLon) * cosLat * scale;
    }

    double y(double lat) {
        return y0 + height / 2 - (lat - centreLat) * scale;
    }

    /** What the canvas shows, in degrees (wider or taller than the view it was fitted to). */
    MapData.Box visible() {
        double halfLon = width / 2 / (cosLat * scale);
        double halfLat = height / 2 / scale;
        return new MapData.Box(centreLon - halfLon, centreLat - halfLat, centreLon + halfLon, centreLat + halfLat);
    }

    /** The same projection moved (not rescaled) so that the canvas shows no more than {@code data} covers. */
    MapProjection keptWithin(MapData.Box data) {
        MapData.Box v = visible();
        double lon = shift(v.west(), v.east(), data.west(), data.east());
        double lat = shift(v.south(), v.north(), data.south(), data.north());
        return new MapProjection(centreLon + lon, centreLat + lat, cosLat, scale, x0, y0, width, height);
    }

    private static double shift(double low, double high, double min, double max) {
        if (high - low >= max - min) {
            return (min + max) / 2 - (low + high) / 2;
        }
        return low < min ? min - low : high > max ? max - high : 0;
    }

    /** Kilometres per pixel along a meridian (one degree of latitude is 111.32 km). */
    double kmPerPixel() {
        return 111.32 / scale;
    }
}
