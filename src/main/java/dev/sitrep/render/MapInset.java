package dev.sitrep.render;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * Where a cluster's inset goes on the map and what it shows: a panel in the corner of the frame that
 * covers fewest markers and not the cluster itself (ties: top left, bottom left, top right, bottom
 * right), the cluster drawn in it at governorate scale, and the box on the main map that it enlarges.
 *
 * @param panel      the inset's rectangle on the canvas, its title strip included
 * @param projection degrees to the panel's map area (below the title strip)
 * @param box        the same area as the inset shows, drawn on the main map
 * @param corner     0 top left, 1 bottom left, 2 top right, 3 bottom right
 */
record MapInset(Rectangle2D panel, MapProjection projection, Rectangle2D box, MapCluster cluster, int corner) {

    static final double WIDTH = 228;
    static final double HEIGHT = 196;
    /** The panel's title strip, above its map. */
    static final double TITLE = 14;
    private static final double GAP = 8;

    /** The inset of {@code cluster} on the map {@code main}, whose markers are (x, y, radius); empty if none fits. */
    static Optional<MapInset> place(MapCluster cluster, MapProjection main, Rectangle2D frame, List<double[]> markers) {
        Rectangle2D.Double area = new Rectangle2D.Double(0, 0, WIDTH, HEIGHT - TITLE);
        MapProjection inset = MapProjection.fit(cluster.view(), 0, 0, area.width, area.height);
        MapData.Box shown = inset.visible();
        Rectangle2D box = new Rectangle2D.Double(main.x(shown.west()), main.y(shown.north()),
                main.x(shown.east()) - main.x(shown.west()), main.y(shown.south()) - main.y(shown.north()));
        Rectangle2D keepClear = new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
                box.getHeight() + 2 * GAP);
        int best = -1;
        long fewest = Long.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            Rectangle2D panel = panel(frame, corner);
            long covered = markers.stream().filter(m -> panel.intersects(m[0] - m[2], m[1] - m[2], 2 * m[2], 2 * m[2]))
                    .count();
            if (!panel.intersects(keepClear) && covered < fewest) {
                best = corner;
                fewest = covered;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        Rectangle2D panel = panel(frame, best);
        MapProjection placed = MapProjection.fit(cluster.view(), panel.getX(), panel.getY() + TITLE, WIDTH,
                HEIGHT - TITLE);
        return Optional.of(new MapInset(panel, placed, box, cluster, best));
    }

    private static Rectangle2D panel(Rectangle2D frame, int corner) {
        double x = corner < 2 ? frame.getX() + GAP : frame.getMaxX() - GAP - WIDTH;
        double y = corner % 2 == 0 ? frame.getY() + GAP : frame.getMaxY() - GAP - HEIGHT;
        return new Rectangle2D.Double(x, y, WIDTH, HEIGHT);
    }

    /** The inset's map area on the canvas, below its title strip. */
    Rectangle2D area() {
        return new Rectangle2D.Double(panel.getX(), panel.getY() + TITLE, WIDTH, HEIGHT - TITLE);
    }

    /** Whether a point of the main map lies in the area the inset enlarges (its name is written there). */
    boolean enlarges(double x, double y) {
        return box.contains(x, y);
    }

    /** "Rif Dimashq and Damascus (enlarged)". */
    String title() {
        return where().isEmpty() ? "Enlarged" : where() + " (enlarged)";
    }

    /** The governorates the cluster is in, "Latakia and Tartus"; empty outside Syria. */
    String where() {
        List<String> names = cluster.governorates();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
