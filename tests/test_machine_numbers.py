"""Numbers written for machines (SVG, data-attributes, datetime, <data value>, JSON-LD) are never localised.

Danish writes "537,4" for people; a browser reading viewBox="0 0 640 537,4" draws a broken map. Every
public page type is fetched in both languages and every such attribute is parsed.
"""

import datetime
import json
import re
from collections import defaultdict
from html.parser import HTMLParser

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.browser.site_pages import live_pages

pytestmark = pytest.mark.django_db

PAGE_TYPES = {
    "homepage",
    "strategypage",
    "standardpage",
    "partnercityindexpage",
    "partnercitypage",
    "tripreportindexpage",
    "tripreportpage",
}

NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
SEPARATOR = r"(?:\s+,?\s*|,\s*)"
# A comma or a (no-break) space between digits, or digits grouped in threes by full stops: "537,4",
# "1,234.5", "1 234", "1.234.567". One full stop is a decimal point, so "1.234" alone passes.
LOCALISED = re.compile(r"\d,\d|\d[\u00a0\u202f ]\d{3}(?!\d)|\d\.\d{3}\.\d{3}(?!\d)")
SINGLE = re.compile(rf"^\s*{NUMBER}\s*$")
LENGTH = re.compile(rf"^\s*{NUMBER}(?:px|%|em|rem)?\s*$")
VIEWBOX = re.compile(rf"^\s*{NUMBER}(?:{SEPARATOR}{NUMBER}){{3}}\s*$")
# Path data as the base map writes it: a command, then coordinates "x,y" separated by spaces.
PATH_TOKEN = re.compile(rf"^(?:{NUMBER}|{NUMBER},{NUMBER})$")
TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
TRANSFORM_ARGUMENTS = {
    "matrix": {6},
    "translate": {1, 2},
    "scale": {1, 2},
    "rotate": {1, 3},
    "skewX": {1},
    "skewY": {1},
}
ISO_DATETIME = re.compile(
    r"^\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
SVG_LENGTHS = {"x", "y", "cx", "cy", "r", "rx", "ry", "x1", "x2", "y1", "y2", "dx", "dy", "width", "height"}


def _path_is_plain(value):
    tokens = re.split(r"[MmLlHhVvCcSsQqTtAaZz\s]+", value)
    return all(PATH_TOKEN.match(token) for token in tokens if token)


def _transform_is_plain(value):
    functions = TRANSFORM.findall(value)
    if not functions or TRANSFORM.sub("", value).strip(" ,"):
        return False
    for name, arguments in functions:
        numbers = [part for part in re.split(r"\s*,\s*|\s+", arguments.strip()) if part]
        if len(numbers) not in TRANSFORM_ARGUMENTS[name] or not all(SINGLE.match(n) for n in numbers):
            return False
    return True


def _json_numbers_are_plain(value):
    """JSON numbers cannot be localised; a number written as a string can ("537,4")."""
    if isinstance(value, dict):
        return all(_json_numbers_are_plain(item) for item in value.values())
    if isinstance(value, list):
        return all(_json_numbers_are_plain(item) for item in value)
    return not (
        isinstance(value, str)
        and re.fullmatch(rf"\s*{NUMBER}(?:[,.\u00a0]\d+)*\s*", value)
        and LOCALISED.search(value)
    )


class MachineAttributes(HTMLParser):
    """Collects (element, attribute, value) for every machine-read value that is not written plainly."""

    def __init__(self):
        super().__init__()
        self.in_svg = 0
        self.in_json_ld = False
        self.json_ld = []
        self.checked = defaultdict(int)
        self.wrong = []

    def _check(self, tag, name, value, plain):
        self.checked[name if not name.startswith("data-") else "data-*"] += 1
        if not plain:
            self.wrong.append((tag, name, value))

    def handle_starttag(self, tag, attrs):
        if tag == "svg":
            self.in_svg += 1
        for name, value in attrs:
            value = value or ""
            if self.in_svg and name == "viewbox":
                self._check(tag, name, value, VIEWBOX.match(value))
            elif self.in_svg and name == "d":
                self._check(tag, name, value, _path_is_plain(value))
            elif self.in_svg and name == "transform":
                self._check(tag, name, value, _transform_is_plain(value))
            elif name in SVG_LENGTHS and (self.in_svg or name in {"width", "height"}):
                self._check(tag, name, value, LENGTH.match(value))
            elif name.startswith("data-"):
                self._check(tag, name, value, not LOCALISED.search(value))
            elif name == "datetime":
                self._check(tag, name, value, ISO_DATETIME.match(value.strip()))
            elif tag == "data" and name == "value":
                self._check(tag, name, value, not LOCALISED.search(value))
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.in_json_ld = True
            self.json_ld.append("")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "svg":
            self.in_svg -= 1
        if tag == "script":
            self.in_json_ld = False

    def handle_data(self, data):
        if self.in_json_ld:
            self.json_ld[-1] += data

    def close(self):
        super().close()
        for text in self.json_ld:
            try:
                plain = _json_numbers_are_plain(json.loads(text))
            except ValueError:
                plain = False
            self._check("script", "json-ld", text[:80], plain)


def _parse(html):
    parser = MachineAttributes()
    parser.feed(html)
    parser.close()
    return parser


def test_every_public_page_writes_machine_numbers_plainly(seeded, client):
    seen_types = defaultdict(set)
    checked = defaultdict(int)
    wrong = {}
    for page in live_pages():
        path = page.get_url()
        response = client.get(path)
        assert response.status_code == 200, path
        seen_types[page.locale.language_code].add(page.content_type.model)
        parser = _parse(response.content.decode())
        for name, count in parser.checked.items():
            checked[name] += count
        if parser.wrong:
            wrong[path] = parser.wrong[:5]
    assert seen_types == {"da": PAGE_TYPES, "en": PAGE_TYPES}
    assert not wrong
    # The pages do contain what is checked: the map and dates (an empty check would pass anything).
    assert {"viewbox", "d", "cx", "cy", "x", "y", "width", "height", "datetime"} <= set(checked)


@pytest.mark.parametrize(
    ("html", "attribute"),
    [
        ('<svg viewBox="0 0 640 537,4"></svg>', "viewbox"),
        ('<svg><circle cx="342,3" cy="1" r="7"/></svg>', "cx"),
        ('<svg><path d="M342,8,191,1 1,2Z"/></svg>', "d"),
        ('<svg><g transform="translate(342,3 10,5)"></g></svg>', "transform"),
        ('<div data-amount="4.350,5"></div>', "data-amount"),
        ('<div data-amount="1,234.5"></div>', "data-amount"),
        ('<time datetime="12.03.2025">12. marts</time>', "datetime"),
        ('<data value="1.234.567">1.234.567</data>', "value"),
        ('<script type="application/ld+json">{"geo": {"latitude": "55,68"}}</script>', "json-ld"),
    ],
)
def test_the_parser_catches_localised_numbers(html, attribute):
    assert [name for _, name, _ in _parse(html).wrong] == [attribute]


def test_the_parser_accepts_plain_numbers():
    html = (
        '<svg viewBox="0 0 640 537.4"><path d="M95.8,231.7 92.9,234.9Z"/><circle cx="342.3" cy="-1" r="7"/>'
        '<g transform="translate(10 20) scale(1.5)"></g></svg><img width="960" height="540" alt="">'
        '<time datetime="2025-03-12">12. marts 2025</time><data value="4350.5">4.350,5 kr.</data>'
        '<script type="application/ld+json">{"geo": {"latitude": 55.68, "name": "Ballerup, 2750"}}</script>'
    )
    assert _parse(html).wrong == []


@pytest.mark.parametrize("language", ["da", "en"])
def test_machine_filter_is_the_same_in_every_language_and_people_still_read_local_numbers(language):
    template = Template(
        "{% load local_format %}{{ x|machine }} {{ x|floatformat:1 }} {{ day|machine }} {{ money|dkk }}"
    )
    context = Context({"x": 537.4, "day": datetime.date(2025, 3, 12), "money": 4350.5})
    with translation.override(language):
        rendered = template.render(context)
    expected = {"da": "537.4 537,4 2025-03-12 4.350,50\xa0kr.", "en": "537.4 537.4 2025-03-12 DKK\xa04,350.50"}
    assert rendered == expected[language]
