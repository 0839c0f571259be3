"""Build the base map asset from Natural Earth country outlines (world-atlas TopoJSON).

Runs at build time (``manage.py build_basemap``), never at request time: the result is a small JSON
file committed with the app, so the map needs no download, tile server or script.
"""

import json
import math
from dataclasses import asdict, dataclass, replace
from pathlib import Path

ASSET_PATH = Path(__file__).resolve().parent.parent / "data" / "basemap.json"
DENMARK = "208"  # ISO 3166-1 numeric, the id world-atlas uses


@dataclass(frozen=True)
class View:
    """A Mercator view of a longitude/latitude box, drawn `width` pixels wide at (x, y)."""

    west: float
    east: float
    south: float
    north: float
    width: float
    x: float = 0
    y: float = 0

    @property
    def scale(self):
        return self.width / math.radians(self.east - self.west)

    @property
    def height(self):
        return round((_mercator_y(self.north) - _mercator_y(self.south)) * self.scale, 1)

    def project(self, lon, lat):
        """Pixel position of a longitude/latitude inside this view."""
        px = self.x + math.radians(lon - self.west) * self.scale
        py = self.y + (_mercator_y(self.north) - _mercator_y(lat)) * self.scale
        return px, py

    def contains(self, lon, lat):
        return self.west <= lon <= self.east and self.south <= lat <= self.north


def _mercator_y(lat):
    lat = max(min(lat, 85.0), -85.0)
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


EUROPE = View(west=-11.0, east=33.0, south=40.0, north=62.5, width=640)
# China as an inset in the bottom right corner (over the Black Sea: the Nordic countries stay visible).
_CHINA = View(west=73.0, east=135.0, south=17.0, north=54.0, width=190)
CHINA = replace(_CHINA, x=EUROPE.width - _CHINA.width - 8, y=round(EUROPE.height - _CHINA.height - 8, 1))


def decode_arcs(topology):
    """The topology's arcs as lists of (longitude, latitude), undoing quantisation and delta encoding."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
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


def ring_points(arcs, indexes):
    """Stitch a ring from arc indexes; a negative index ~i means arc i reversed."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def country_rings(topology):
    """Yield (country id, ring) for every ring of every country."""
    arcs = decode_arcs(topology)
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry.get("arcs") or []
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                yield geometry.get("id"), ring_points(arcs, ring)


def clip(points, left, top, right, bottom):
    """Sutherland–Hodgman: clip a closed polygon to a rectangle."""
    edges = [
        (lambda p: p[0] >= left, lambda a, b: _cross_x(a, b, left)),
        (lambda p: p[0] <= right, lambda a, b: _cross_x(a, b, right)),
        (lambda p: p[1] >= top, lambda a, b: _cross_y(a, b, top)),
        (lambda p: p[1] <= bottom, lambda a, b: _cross_y(a, b, bottom)),
    ]
    for inside, intersect in edges:
        if not points:
            break
        clipped = []
        previous = points[-1]
        for current in points:
            if inside(current):
                if not inside(previous):
                    clipped.append(intersect(previous, current))
                clipped.append(current)
            elif inside(previous):
                clipped.append(intersect(previous, current))
            previous = current
        points = clipped
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return x, a[1] + t * (b[1] - a[1])


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return a[0] + t * (b[0] - a[0]), y


def simplify(points, tolerance):
    """Drop points closer than `tolerance` pixels to the last kept one."""
    kept = []
    for point in points:
        if not kept or math.dist(point, kept[-1]) >= tolerance:
            kept.append(point)
    return kept


def _area(points):
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(points, points[1:] + points[:1], strict=True))) / 2


def svg_path(rings):
    """Compact SVG path data: absolute moves, implicit line-tos, one decimal."""
    parts = []
    for ring in rings:
        coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in ring)
        parts.append(f"M{coordinates}Z")
    return "".join(parts)


def project_view(topology, view, tolerance=2.0, min_area=1.5):
    """The land of every country inside `view` (Denmark apart), as SVG paths in the view's pixels."""
    margin = 2
    box = (view.x - margin, view.y - margin, view.x + view.width + margin, view.y + view.height + margin)
    land, denmark = [], []
    for country, ring in country_rings(topology):
        lons = [lon for lon, _ in ring]
        lats = [lat for _, lat in ring]
        if max(lons) < view.west or min(lons) > view.east or max(lats) < view.south or min(lats) > view.north:
            continue
        projected = simplify(clip([view.project(lon, lat) for lon, lat in ring], *box), tolerance)
        if len(projected) < 3 or _area(projected) < min_area:
            continue
        (denmark if country == DENMARK else land).append(projected)
    return {"land": svg_path(land), "denmark": svg_path(denmark)}


def build_basemap(topology):
    """The whole asset: both views' geometry and the paths drawn in them."""
    return {
        "source": "Natural Earth 1:50m via world-atlas 2.0.2 (public domain)",
        "europe": {**asdict(EUROPE), "height": EUROPE.height, **project_view(topology, EUROPE)},
        "china": {**asdict(CHINA), "height": CHINA.height, **project_view(topology, CHINA, tolerance=1.5)},
    }


def write_basemap(topology_path, asset_path=ASSET_PATH):
    topology = json.loads(Path(topology_path).read_text(encoding="utf-8"))
    data = build_basemap(topology)
    Path(asset_path).write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    return data
