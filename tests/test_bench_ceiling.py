"""`make bench`'s static ceiling: Varnish with no backend replays each page's saved answer, headers and all,
so a front-cache hit is measured against the same bytes on the wire."""

import sys
from pathlib import Path

import pytest

from tests.servers import varnishd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

from benchkit import ceiling, http  # noqa: E402

HIT_HEADERS = {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": "object-src 'none'; script-src 'self'",
    "ETag": '"4febae3111194160b0ca66388bf1595d"',
    "Vary": "Cookie",
    "Age": "12",
    "Date": "Thu, 03 Dec 2026 18:00:00 GMT",
    "X-Varnish": "32770 5",
    "X-Cache": "HIT",
    "Content-Length": "5",
}


def test_a_hit_keeps_the_pages_own_headers_and_drops_the_transfers():
    names = [name for name, _value in ceiling.saved_headers(HIT_HEADERS)]
    assert names == ["Content-Type", "Content-Security-Policy", "ETag", "Vary"]


def test_the_ceiling_answers_each_address_with_its_saved_headers_and_body(tmp_path):
    pages = {
        "/da/": (ceiling.saved_headers(HIT_HEADERS), "<p>forside æøå</p>".encode()),
        "/en/?page=2": ([("Content-Type", "text/plain")], b"page two"),
    }
    with varnishd(ceiling.write_static_vcl(tmp_path, pages)) as url:
        headers, body = http.get(f"{url}/da/")
        assert body == "<p>forside æøå</p>".encode()
        assert headers["Content-Security-Policy"] == "object-src 'none'; script-src 'self'"
        assert headers["ETag"] == '"4febae3111194160b0ca66388bf1595d"'
        headers, body = http.get(f"{url}/en/?page=2")
        assert (headers["Content-Type"], body) == ("text/plain", b"page two")


@pytest.mark.parametrize(
    "pages",
    [
        {'/x"}': ([], b"")},
        {"/": ([("Vary", 'a"}b')], b"")},
        {"/": ([("Bad Name", "v")], b"")},
    ],
)
def test_what_vcl_cannot_hold_is_refused(tmp_path, pages):
    with pytest.raises(ValueError):
        ceiling.write_static_vcl(tmp_path, pages)
