#!/usr/bin/env python3
"""Makes src/main/resources/maps/levant-10m.txt, the locator maps' outline of Syria and its neighbours.

Input: countries-10m.json from the npm package world-atlas 2.0.2 (Natural Earth 4.1.0 admin-0
countries, 1:10m, as TopoJSON; `npm pack world-atlas@2.0.2`). Natural Earth is public domain.

Why these steps: TopoJSON stores each border once as an "arc" shared by the two countries it
separates, so simplifying arcs (not polygons) keeps neighbours meeting exactly, and an arc used by
one country only is coastline, by two a land border. Everything is clipped to a box a little larger
than any map Sitrep draws, and rounded to 3 decimals (about 100 m), so the file stays small.

Usage: python3 tools/maps/make_levant.py countries-10m.json > src/main/resources/maps/levant-10m.txt
Output is deterministic: the same input gives the same bytes.
"""
import json
import sys

WEST, EAST, SOUTH, NORTH = 30.0, 46.0, 28.0, 39.5
TOLERANCE = 0.015  # degrees, Douglas-Peucker; about 1.5 km, a pixel or less at the maps' scale
SLIVER = 0.002  # square degrees (about 20 km2): smaller islands and enclave pieces vanish at this scale
# Natural Earth splits Cyprus into the republic, the north, the UN buffer zone and the UK bases; a
# locator map of Syria shows the island once, so lines between these pieces are left out.
CYPRUS = {"Cyprus", "N. Cyprus", "Cyprus U.N. Buffer Zone", "Dhekelia", "Akrotiri"}
# Where each country's name goes: hand-placed inside the part that a Levant map shows, since the
# centroid of a clipped Turkey or Egypt falls off the map or on another label.
LABELS = [
    ("Syria", 38.6, 35.3), ("Lebanon", 35.75, 33.9), ("Israel", 34.85, 31.0), ("Palestine", 35.25, 31.9),
    ("Jordan", 37.3, 31.7), ("Iraq", 42.6, 33.6), ("Turkey", 36.0, 38.3), ("Cyprus", 33.2, 35.05),
    ("Egypt", 31.5, 29.9), ("Saudi Arabia", 39.2, 29.6), ("Iran", 45.5, 36.2),
]


def decode(topology):
    sx, sy = topology["transform"]["scale"]
    tx, ty = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def simplify(points, tolerance):
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = points[a], points[b]
        dx, dy = bx - ax, by - ay
        length = (dx * dx + dy * dy) ** 0.5
        far, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > far:
                far, index = d, i
        if far > tolerance:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def arc_points(arcs, index):
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def ring(arcs, indices):
    points = []
    for i in indices:
        part = arc_points(arcs, i)
        points.extend(part if not points else part[1:])
    return points


def clip_polygon(points):
    """Sutherland-Hodgman against the box: good enough for filling, as edges along the box are outside the view."""
    def clip(pts, inside, cross):
        out = []
        for i, cur in enumerate(pts):
            prev = pts[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
        return out

    def at_x(x):
        return lambda p, q: (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))

    def at_y(y):
        return lambda p, q: (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)

    pts = points
    for inside, cross in ((lambda p: p[0] >= WEST, at_x(WEST)), (lambda p: p[0] <= EAST, at_x(EAST)),
                          (lambda p: p[1] >= SOUTH, at_y(SOUTH)), (lambda p: p[1] <= NORTH, at_y(NORTH))):
        if not pts:
            break
        pts = clip(pts, inside, cross)
    return pts


def area(points):
    return sum(points[i - 1][0] * p[1] - p[0] * points[i - 1][1] for i, p in enumerate(points)) / 2


def inside_box(p):
    return WEST <= p[0] <= EAST and SOUTH <= p[1] <= NORTH


def clip_line(points):
    """Splits a polyline into its runs inside the box; a run keeps one point beyond the edge, which the view clips."""
    runs, run = [], []
    for i, p in enumerate(points):
        near = inside_box(p) or (i > 0 and inside_box(points[i - 1])) or (
                i + 1 < len(points) and inside_box(points[i + 1]))
        if near:
            run.append(p)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if len(r) > 1]


def fmt(points):
    return " ".join("%.3f,%.3f" % (round(x, 3), round(y, 3)) for x, y in points)


def main(path):
    topology = json.load(open(path, encoding="utf-8"))
    arcs = [simplify(a, TOLERANCE) for a in decode(topology)]
    geometries = topology["objects"]["countries"]["geometries"]
    users = {}
    out = ["# Syria and its neighbours for Sitrep's locator maps. Made by tools/maps/make_levant.py from",
           "# Natural Earth 4.1.0 admin-0 countries 1:10m (public domain, naturalearthdata.com), as",
           "# redistributed in the npm package world-atlas 2.0.2; simplified (Douglas-Peucker, %.3f deg)," % TOLERANCE,
           "# clipped to lon %.1f..%.1f, lat %.1f..%.1f, rounded to 3 decimals." % (WEST, EAST, SOUTH, NORTH),
           "# C name: a country; P: one of its polygons (lon,lat pairs, closed); S: coastline; B: land border;",
           "# L name lon,lat: where a country's name is written.",
           "box %.1f,%.1f %.1f,%.1f" % (WEST, SOUTH, EAST, NORTH)]
    countries = {}
    for g in geometries:
        name = g.get("properties", {}).get("name")
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        for polygon in polygons:
            for r in polygon:
                for i in r:
                    users.setdefault(i if i >= 0 else ~i, []).append(name)
        shown = []
        for polygon in polygons:
            # Holes are not drawn: no country in the box has one that matters at this scale.
            clipped = clip_polygon(ring(arcs, polygon[0]))
            if len(clipped) >= 3 and abs(area(clipped)) >= SLIVER:
                shown.append(clipped)
        if shown:
            key = "Cyprus" if name in CYPRUS else name
            countries.setdefault(key, []).extend(shown)
    for name in sorted(countries):
        out.append("C " + name)
        for polygon in countries[name]:
            out.append("P " + fmt(polygon))
    for index in sorted(users):
        names = users[index]
        if len(names) == 2 and names[0] in CYPRUS and names[1] in CYPRUS:
            continue
        kind = "S" if len(names) == 1 else "B"
        for run in clip_line(arcs[index]):
            out.append(kind + " " + fmt(run))
    for name, lon, lat in LABELS:
        out.append("L %s %.3f,%.3f" % (name, lon, lat))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
