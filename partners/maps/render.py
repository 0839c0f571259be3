"""Place the partner cities on the committed base map; the template draws the SVG."""

import json
from functools import lru_cache

from django.utils.translation import get_language

from partners import conf
from partners.countries import country_name
from partners.maps.basemap import ASSET_PATH, View

LABEL_OFFSET = 9


@lru_cache(maxsize=1)
def basemap():
    """The base map asset, read once per process."""
    return json.loads(ASSET_PATH.read_text(encoding="utf-8"))


def _view(data):
    return View(*(data[name] for name in ("west", "east", "south", "north", "width", "x", "y")))


def _label_width(text):
    return 8 * len(text)  # 14px text: a generous estimate, so labels never touch


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_label(x, y, text, taken, bounds, avoid=()):
    """The first label position around the marker that stays inside its view and clear of other markers and labels."""
    width = _label_width(text)
    candidates = [
        (x + LABEL_OFFSET, y + 5, "start", (x + LABEL_OFFSET, y - 9, x + LABEL_OFFSET + width, y + 7)),
        (x - LABEL_OFFSET, y + 5, "end", (x - LABEL_OFFSET - width, y - 9, x - LABEL_OFFSET, y + 7)),
        (x, y + 24, "middle", (x - width / 2, y + 10, x + width / 2, y + 28)),
        (x, y - 14, "middle", (x - width / 2, y - 28, x + width / 2, y - 10)),
        (x - 6, y + 24, "start", (x - 6, y + 10, x - 6 + width, y + 28)),
        (x - 6, y - 14, "start", (x - 6, y - 28, x - 6 + width, y - 10)),
        (x + 6, y + 24, "end", (x + 6 - width, y + 10, x + 6, y + 28)),
        (x + 6, y - 14, "end", (x + 6 - width, y - 28, x + 6, y - 10)),
    ]
    left, top, right, bottom = bounds
    for label_x, label_y, anchor, box in candidates:
        inside = box[0] >= left and box[2] <= right and box[1] >= top and box[3] <= bottom
        if inside and not any(_overlaps(box, other) for other in [*taken, *avoid]):
            taken.append(box)
            return label_x, label_y, anchor
    label_x, label_y, anchor, box = candidates[0] if x < (left + right) / 2 else candidates[1]
    taken.append(box)
    return label_x, label_y, anchor


def _marker(view, lon, lat, text, taken, avoid=(), **extra):
    x, y = view.project(float(lon), float(lat))
    taken.append((x - 8, y - 8, x + 8, y + 8))
    bounds = (view.x, view.y, view.x + view.width, view.y + view.height)
    label_x, label_y, anchor = _place_label(x, y, text, taken, bounds, avoid)
    return {
        "x": round(x, 1),
        "y": round(y, 1),
        "box_x": round(x - 5, 1),
        "box_y": round(y - 5, 1),
        "label_x": round(label_x, 1),
        "label_y": round(label_y, 1),
        "anchor": anchor,
        **extra,
    }


def _inset(data, language):
    return {**data, "name": country_name("CN", language), "label_x": data["x"] + 6, "label_y": data["y"] + 16}


def city_map(cities):
    """Everything the map template needs: base map paths, the inset, one marker per city with a location.

    A city outside both the Europe view and the China inset is listed in `unplaced` (it is still in the
    text list beside the map). The layout is worked out once per process for each set of places (it
    depends on nothing else), so a page with many cities does not place every label again on each view.
    """
    places = tuple(
        (city.title, float(city.longitude), float(city.latitude)) if city.has_location else (city.title, None, None)
        for city in cities
    )
    layout = _layout(get_language(), places, home_key())
    cities = list(cities)
    return {
        **layout,
        "markers": [{**marker, "city": cities[index]} for index, marker in layout["markers"]],
        "unplaced": [cities[index] for index in layout["unplaced"]],
    }


def home_key():
    """PARTNERS_HOME as a hashable value (its square moves the labels), or None."""
    home = conf.home()
    return tuple(sorted(home.items())) if home else None


@lru_cache(maxsize=64)
def _layout(language, places, home):
    """The map's layout for these (title, longitude, latitude) places: markers as (index of the place, marker)."""
    data = basemap()
    europe, china = _view(data["europe"]), _view(data["china"])
    home = dict(home) if home else None
    # Marker dots first, so that no label covers a dot; the inset covers the map behind it.
    placed, unplaced = [], []
    for index, (title, lon, lat) in enumerate(places):
        view = None
        if lon is not None:
            view = europe if europe.contains(lon, lat) else china if china.contains(lon, lat) else None
        if view:
            placed.append((index, title, view, lon, lat))
        else:
            unplaced.append(index)
    inset_used = any(view is china for _, _, view, _, _ in placed)
    # Labels on the Europe view keep clear of the inset; labels inside the inset stay inside it.
    inset_box = [(china.x, china.y, china.x + china.width, china.y + china.height)] if inset_used else []
    taken = []
    for _, _, view, lon, lat in placed:
        x, y = view.project(lon, lat)
        taken.append((x - 8, y - 8, x + 8, y + 8))
    home_marker = (
        _marker(europe, home["longitude"], home["latitude"], home["name"], taken, inset_box, name=home["name"])
        if home
        else None
    )
    markers = [
        (index, _marker(view, lon, lat, title, taken, inset_box if view is europe else ()))
        for index, title, view, lon, lat in placed
    ]
    return {
        "width": data["europe"]["width"],
        "height": data["europe"]["height"],
        "land": data["europe"]["land"],
        "home_country": data["europe"]["denmark"],
        "inset": _inset(data["china"], language) if inset_used else None,
        "markers": markers,
        "unplaced": unplaced,
        "home": home_marker,
    }
