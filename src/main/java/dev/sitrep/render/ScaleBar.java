package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** A map's scale: a round distance in kilometres, drawn in a bottom corner of the map's area. */
final class ScaleBar {

    private static final int[] KM = {5, 10, 20, 50, 100, 200};

    private ScaleBar() {
    }

    /** The round distance nearest a sixth of the area's width, at its bottom right (or left). */
    static void draw(Graphics2D g, MapProjection p, Rectangle2D area, boolean left) {
        double length = km(p, area) / p.kmPerPixel();
        double x = left ? area.getX() + 12 : area.getMaxX() - 12 - length;
        double y = area.getMaxY() - 10;
        g.setPaint(Charts.INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(x, y, x + length, y));
        g.draw(new Line2D.Double(x, y - 3, x, y));
        g.draw(new Line2D.Double(x + length, y - 3, x + length, y));
        g.setFont(MapDrawing.SMALL);
        g.drawString(km(p, area) + " km", (float) x, (float) (y - 5));
    }

    /** Where the scale bar and its words go (the words may run past a short bar), for names to keep clear of. */
    static Rectangle2D box(MapProjection p, Rectangle2D area, boolean left) {
        double length = km(p, area) / p.kmPerPixel();
        double x = left ? area.getX() + 12 : area.getMaxX() - 12 - length;
        double y = area.getMaxY() - 10;
        return new Rectangle2D.Double(x - 1, y - 15, Math.max(length, 30) + 2, 17);
    }

    private static int km(MapProjection p, Rectangle2D area) {
        double want = area.getWidth() / 6 * p.kmPerPixel();
        int km = KM[0];
        for (int step : KM) {
            km = Math.abs(step - want) < Math.abs(km - want) ? step : km;
        }
        return km;
    }
}
