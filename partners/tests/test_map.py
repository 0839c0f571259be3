"""The offline partner map: the base map, the projection and the marker layout (no pages needed)."""

import json
from types import SimpleNamespace

import pytest

from partners.maps.basemap import ASSET_PATH, CHINA, EUROPE, clip, decode_arcs, ring_points
from partners.maps.render import city_map


def test_base_map_is_small_enough_to_inline():
    data = json.loads(ASSET_PATH.read_text())
    paths = data["europe"]["land"] + data["europe"]["denmark"] + data["china"]["land"]
    assert 20_000 < len(paths) < 120_000


def test_topojson_arcs_are_delta_decoded_and_reversed_for_negative_indexes():
    topology = {
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [[[0, 0], [1, 0], [0, 1]], [[1, 1], [-1, 0]]],
    }
    arcs = decode_arcs(topology)
    assert arcs == [[(10, 20), (11, 20), (11, 21)], [(11, 21), (10, 21)]]
    assert ring_points(arcs, [0, 1]) == [(10, 20), (11, 20), (11, 21), (10, 21)]
    assert ring_points(arcs, [~1]) == [(10, 21), (11, 21)]


def test_polygons_are_clipped_to_the_view():
    square = [(-10, -10), (10, -10), (10, 10), (-10, 10)]
    clipped = clip(square, 0, 0, 5, 5)
    assert {(round(x), round(y)) for x, y in clipped} == {(0, 0), (5, 0), (5, 5), (0, 5)}


def test_projection_puts_places_where_they_belong():
    copenhagen = EUROPE.project(12.57, 55.68)
    london = EUROPE.project(-0.13, 51.51)
    assert 0 < london[0] < copenhagen[0] < EUROPE.width
    assert 0 < copenhagen[1] < london[1] < EUROPE.height  # north is up
    wuxi = CHINA.project(120.31, 31.49)
    assert CHINA.x < wuxi[0] < CHINA.x + CHINA.width
    assert CHINA.y < wuxi[1] < CHINA.y + CHINA.height


def _city(title, lat, lon):
    return SimpleNamespace(title=title, latitude=lat, longitude=lon, has_location=lat is not None)


def test_map_labels_do_not_overlap_each_other_or_markers():
    cities = [
        _city("Prague 10", 50.0667, 14.5),
        _city("East Kilbride and South Lanarkshire", 55.7644, -4.177),
        _city("Wuxi", 31.4912, 120.3119),
        _city("Brandenburg an der Havel", 52.4125, 12.5316),
    ]
    layout = city_map(cities)
    boxes = []
    for marker, text in [(m, m["city"].title) for m in layout["markers"]] + [(layout["home"], layout["home"]["name"])]:
        width = 8 * len(text)
        if marker["anchor"] == "start":
            left = marker["label_x"]
        elif marker["anchor"] == "end":
            left = marker["label_x"] - width
        else:
            left = marker["label_x"] - width / 2
        boxes.append((left, marker["label_y"] - 14, left + width, marker["label_y"] + 2))
        assert left >= 0 and left + width <= EUROPE.width, text
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)


def test_city_outside_both_views_is_left_off_the_map():
    layout = city_map([_city("Lima", -12.05, -77.04), _city("Nowhere", None, None)])
    assert layout["markers"] == []
    assert [city.title for city in layout["unplaced"]] == ["Lima", "Nowhere"]
    assert layout["inset"] is None


@pytest.mark.parametrize(("language", "name"), [("da", "Kina"), ("en", "China")])
def test_inset_is_named_in_the_visitors_language(language, name):
    from django.utils import translation

    with translation.override(language):
        assert city_map([_city("Wuxi", 31.49, 120.31)])["inset"]["name"] == name
