"""Open data: trips.csv, trips.json, expenses.csv, datapackage.json and the DCAT-AP-DK description.

The rows are compared with what the database says, computed here from the models; reports that an
anonymous visitor may not read never appear; the package validates with frictionless.
"""

import csv
import datetime
import io
import json
import tracemalloc
from decimal import Decimal
from http import HTTPStatus

import frictionless
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry

from partners.countries import country_code
from reports.models import TripReportPage
from reports.opendata.rows import plain_text
from reports.opendata.schema import EXPENSE_COLUMNS, TRIP_COLUMNS
from tests.querycount import warm
from tests.reports.bulk import many_published_reports, thousands_of_published_reports
from tests.reports.helpers import approve, login, reload, submit
from tests.reports.states import UNAPPROVED
from tests.reports.translation import review_translation, start_translation, translate_strings
from tests.reports.world import create_draft_report

pytestmark = pytest.mark.django_db

FILES = ["trips.csv", "trips.json", "expenses.csv", "datapackage.json", "dcat.jsonld"]


def fetch(client, name, **headers):
    response = client.get(f"/open-data/{name}", headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response, body.decode("utf-8")


def csv_rows(client, name):
    response, body = fetch(client, name)
    assert response.status_code == HTTPStatus.OK
    return list(csv.DictReader(io.StringIO(body)))


def approved_report(client, world, **fields):
    report = create_draft_report(world, **fields)
    submit(client, world, report)
    approve(client, world, report)
    client.logout()
    return reload(report)


# The demo's typed countries (trips to places that are no partner city), as ISO 3166-1 alpha-2 codes.
DEMO_COUNTRIES = {"Tjekkiet": "CZ", "Belgien": "BE", "Sverige": "SE", "Norge": "NO", "Tyskland": "DE", "Finland": "FI"}


def expected_trips():
    """The trip rows as the database has them, worked out here without the export's code."""
    danish = Locale.get_default()
    rows = {}
    reports = TripReportPage.objects.filter(locale=danish, live=True).exclude(approved_on=None)
    for report in reports.select_related("committee", "budget", "destination_city"):
        english = TripReportPage.objects.filter(
            translation_key=report.translation_key, locale__language_code="en", live=True
        ).first()
        city = report.destination_city.specific if report.destination_city else None
        rows[str(report.translation_key)] = {
            "title_da": report.title,
            "title_en": english.title if english else "",
            "committee": report.committee.name_da,
            "start_date": report.start_date.isoformat(),
            "end_date": report.end_date.isoformat(),
            "destination": city.title if city else report.destination_name,
            "country": city.country if city else DEMO_COUNTRIES[report.destination_country],
            "participants": str(report.participants.count()),
            "total": f"{sum(line.amount for line in report.expense_lines.all()):.2f}",
            "budget": report.budget.name if report.budget else "",
            "approval_date": report.approved_on.isoformat(),
            "url_da": report.get_full_url(),
            "url_en": english.get_full_url() if english else "",
            "published_on": timezone.localtime(report.first_published_at).date().isoformat(),
        }
    return rows


# --- rows equal the database ---------------------------------------------------------------------------


def test_trips__happy_path__rows_equal_the_database_in_the_demo(client, seeded):
    rows = csv_rows(client, "trips.csv")
    expected = expected_trips()

    assert len(expected) >= 4
    assert {row["id"]: {key: row[key] for key in expected[row["id"]]} for row in rows} == expected
    assert [column.name for column in TRIP_COLUMNS] == list(rows[0])


def test_trips__happy_path__json_has_the_csv_rows_with_typed_values(client, seeded):
    csv_by_id = {row["id"]: row for row in csv_rows(client, "trips.csv")}
    response, body = fetch(client, "trips.json")
    trips = json.loads(body, parse_float=Decimal)

    assert response["Content-Type"] == "application/json"
    assert {trip["id"] for trip in trips} == set(csv_by_id)
    for trip in trips:
        row = csv_by_id[trip["id"]]
        assert isinstance(trip["participants"], int) and str(trip["participants"]) == row["participants"]
        assert isinstance(trip["total"], Decimal) and f"{trip['total']:.2f}" == row["total"]
        assert (trip["purpose_en"] or "") == row["purpose_en"]
        assert trip["start_date"] == row["start_date"]


def test_expenses__happy_path__lines_equal_the_database_and_add_up_to_the_trip_totals(client, seeded):
    lines = csv_rows(client, "expenses.csv")
    trips = {row["id"]: row for row in csv_rows(client, "trips.csv")}

    expected = []
    for report in TripReportPage.objects.filter(translation_key__in=list(trips), locale=Locale.get_default()):
        for number, line in enumerate(report.expense_lines.order_by("sort_order", "pk"), start=1):
            expected.append(
                (str(report.translation_key), str(number), line.category, line.description, f"{line.amount:.2f}")
            )
    assert sorted(tuple(line.values()) for line in lines) == sorted(expected)
    for trip_id, trip in trips.items():
        total = sum(Decimal(line["amount"]) for line in lines if line["trip_id"] == trip_id)
        assert f"{total:.2f}" == trip["total"]


def test_trips__happy_path__purpose_is_plain_text_and_amounts_have_a_point(client, world):
    approved_report(client, world, purpose="<p>Skoler &amp; <b>kultur</b>.</p><ul><li>Elever</li><li>Lærere</li></ul>")

    (row,) = csv_rows(client, "trips.csv")

    assert row["purpose_da"] == "Skoler & kultur.\nElever\nLærere"
    assert row["total"] == "9600.50"
    assert row["country"] == "CZ"
    assert row["approval_date"] == "2025-03-12"
    assert row["minutes_url"] == ""
    assert [line["amount"] for line in csv_rows(client, "expenses.csv")] == ["4200.50", "5400.00"]


def test_trips__happy_path__english_columns_only_once_the_translation_is_live(client, world):
    report = approved_report(client, world)
    assert start_translation(client, world, report).status_code == HTTPStatus.FOUND
    english = translate_strings(world, report)
    client.logout()

    (row,) = csv_rows(client, "trips.csv")
    assert (row["title_en"], row["purpose_en"], row["url_en"]) == ("", "", "")

    review_translation(client, world, english)
    client.logout()
    (row,) = csv_rows(client, "trips.csv")
    assert row["title_en"] == "Study trip to Prague"
    assert row["purpose_en"] == "To learn from the school cooperation in Prague 10."
    assert row["url_en"] == reload(english).get_full_url()


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Tjekkiet", "CZ"),
        ("Czechia", "CZ"),
        ("kina", "CN"),
        ("Tyskland", "DE"),
        ("cz", "CZ"),
        ("Skotland", ""),
        ("", ""),
    ],
)
def test_country__happy_path__danish_and_english_names_map_unknown_names_stay_empty(name, code):
    assert country_code(name) == code


def test_plain_text__happy_path__entities_decoded_and_links_kept_as_text():
    assert plain_text('<p>Se <a href="https://x.invalid">planen</a>&nbsp;&lt;2026&gt;</p>') == "Se planen <2026>"


# --- nothing unapproved -----------------------------------------------------------------------------------


@pytest.mark.parametrize("make_report", UNAPPROVED, ids=lambda f: f.__name__)
def test_files__unhappy_path__unapproved_report_is_in_no_file(client, world, make_report):
    published = approved_report(client, world, title="Godkendt rejse", slug="godkendt-rejse")
    hidden = make_report(world, client)
    client.logout()

    bodies = {name: fetch(client, name)[1] for name in ("trips.csv", "trips.json", "expenses.csv")}

    assert str(published.translation_key) in bodies["trips.csv"]
    for name, body in bodies.items():
        assert str(hidden.translation_key) not in body, name
        assert hidden.title not in body, name
    assert [row["id"] for row in csv_rows(client, "trips.csv")] == [str(published.translation_key)]


# --- the data package -------------------------------------------------------------------------------------


def localize(resource, body, directory):
    """Point a served resource at a local copy. The JSON file goes in as inline rows: reading JSON files
    needs frictionless's optional `json` extra."""
    name = resource["path"].rsplit("/", 1)[1]
    if resource["format"] == "json":
        for key in ("path", "format", "mediatype", "encoding"):
            del resource[key]
        resource["data"] = json.loads(body)
        return
    (directory / name).write_text(body, encoding="utf-8")
    resource["path"] = name


def test_datapackage__happy_path__frictionless_validates_the_served_files(client, seeded, tmp_path):
    response, body = fetch(client, "datapackage.json")
    package = json.loads(body)
    assert response["Content-Type"] == "application/json"
    assert frictionless.Package.validate_descriptor(package).valid

    for resource in package["resources"]:
        name = resource["path"].rsplit("/", 1)[1]
        assert resource["path"] == f"http://localhost/open-data/{name}"
        localize(resource, fetch(client, name)[1], tmp_path)
    (tmp_path / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")

    report = frictionless.validate(str(tmp_path / "datapackage.json"))

    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert [task.stats["rows"] for task in report.tasks] == [
        len(expected_trips()),
        len(expected_trips()),
        len(csv_rows(client, "expenses.csv")),
    ]


def test_datapackage__happy_path__schema_has_keys_licence_and_every_column(client, world):
    package = json.loads(fetch(client, "datapackage.json")[1])
    trips, trips_json, expenses = package["resources"]

    assert package["licenses"][0]["name"] == "CC-BY-4.0"
    assert trips["schema"]["primaryKey"] == ["id"]
    assert expenses["schema"]["foreignKeys"] == [
        {"fields": ["trip_id"], "reference": {"resource": "trips", "fields": ["id"]}}
    ]
    assert [field["name"] for field in trips["schema"]["fields"]] == [column.name for column in TRIP_COLUMNS]
    assert [field["name"] for field in expenses["schema"]["fields"]] == [column.name for column in EXPENSE_COLUMNS]
    assert "never guessed" in next(f for f in trips["schema"]["fields"] if f["name"] == "country")["description"]


def test_datapackage__unhappy_path__a_row_that_breaks_the_schema_fails_validation(client, world, tmp_path):
    approved_report(client, world)
    package = json.loads(fetch(client, "datapackage.json")[1])
    for resource in package["resources"]:
        name = resource["path"].rsplit("/", 1)[1]
        body = fetch(client, name)[1]
        if name == "expenses.csv":
            body = body.replace("4200.50", "4200,50")  # a decimal comma is not what the schema promises
        localize(resource, body, tmp_path)

    assert not frictionless.validate(package, basepath=str(tmp_path)).valid


def test_licence__happy_path__is_a_setting(client, world, settings):
    settings.REPORTS_OPEN_DATA_LICENSE = {
        "name": "CC0-1.0",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
    }

    assert json.loads(fetch(client, "datapackage.json")[1])["licenses"][0]["name"] == "CC0-1.0"
    assert json.loads(fetch(client, "dcat.jsonld")[1])["dct:license"]["@id"].endswith("/zero/1.0/")


def test_dcat__happy_path__dataset_with_a_distribution_per_file(client, world):
    approved_report(client, world)
    response, body = fetch(client, "dcat.jsonld")
    dataset = json.loads(body)

    assert response["Content-Type"] == "application/ld+json"
    assert dataset["@type"] == "dcat:Dataset"
    assert {item["@language"] for item in dataset["dct:title"]} == {"da", "en"}
    assert dataset["dct:publisher"]["foaf:name"] == "Ballerup Kommune"
    assert dataset["dct:modified"]["@value"] == reload_newest_publication().isoformat()
    downloads = [distribution["dcat:downloadURL"]["@id"] for distribution in dataset["dcat:distribution"]]
    assert downloads == [f"http://localhost/open-data/{name}" for name in ("trips.csv", "trips.json", "expenses.csv")]
    assert {item["@id"] for item in dataset["dcat:landingPage"]} == {
        "http://localhost/da/aabne-data/",
        "http://localhost/en/open-data/",
    }


def reload_newest_publication():
    newest = TripReportPage.objects.order_by("-last_published_at").first().last_published_at
    logged = PageLogEntry.objects.order_by("-timestamp").first().timestamp
    return max(newest, logged)


# --- HTTP: headers, conditional requests -------------------------------------------------------------------


@pytest.mark.parametrize("name", FILES)
def test_files__happy_path__cross_origin_and_content_type(client, world, name):
    approved_report(client, world)
    response, _body = fetch(client, name, origin="https://example.org")

    assert response.status_code == HTTPStatus.OK
    assert response["Access-Control-Allow-Origin"] == "*"
    content_type = {"csv": "text/csv; charset=utf-8", "json": "application/json", "jsonld": "application/ld+json"}
    assert response["Content-Type"] == content_type[name.rsplit(".", 1)[1]]
    if name.endswith(".csv"):
        assert response["Content-Disposition"] == f'attachment; filename="{name}"'
        assert not _body.startswith("\ufeff")


def test_files__unhappy_path__only_get_and_head(client, world):
    assert client.post("/open-data/trips.csv").status_code == HTTPStatus.METHOD_NOT_ALLOWED
    assert client.head("/open-data/trips.csv").status_code == HTTPStatus.OK


def age_everything(hours=1):
    """Move every publication and log entry back in time: Last-Modified has one-second resolution."""
    from django.db.models import F

    shift = datetime.timedelta(hours=hours)
    TripReportPage.objects.update(last_published_at=F("last_published_at") - shift)
    PageLogEntry.objects.update(timestamp=F("timestamp") - shift)


@pytest.mark.parametrize("name", FILES)
def test_conditional__happy_path__304_for_a_matching_etag_or_date_with_cors(client, world, name):
    approved_report(client, world)
    first, _body = fetch(client, name)

    not_modified, body = fetch(client, name, if_none_match=first["ETag"])
    assert not_modified.status_code == HTTPStatus.NOT_MODIFIED
    assert body == ""
    assert not_modified["Access-Control-Allow-Origin"] == "*"
    assert fetch(client, name, if_modified_since=first["Last-Modified"])[0].status_code == HTTPStatus.NOT_MODIFIED
    assert fetch(client, name, if_none_match='"something-else"')[0].status_code == HTTPStatus.OK


def test_conditional__happy_path__a_new_approval_changes_the_etag(client, world):
    approved_report(client, world)
    age_everything()
    before, _body = fetch(client, "trips.csv")

    approved_report(client, world, title="Endnu en rejse", slug="endnu-en-rejse")

    after, body = fetch(client, "trips.csv", if_none_match=before["ETag"])
    assert after.status_code == HTTPStatus.OK and "Endnu en rejse" in body
    assert after["ETag"] != before["ETag"]
    assert fetch(client, "trips.csv", if_modified_since=before["Last-Modified"])[0].status_code == HTTPStatus.OK


def test_conditional__unhappy_path__a_withdrawal_changes_the_etag_and_the_date(client, world):
    report = approved_report(client, world)
    # A newer report stays: the newest publication is the same before and after the withdrawal.
    approved_report(client, world, title="Nyere rejse", slug="nyere-rejse")
    age_everything()
    before, _body = fetch(client, "expenses.csv")

    login(client, world.users["moderator"])
    assert client.post(f"/admin/pages/{report.pk}/unpublish/").status_code == HTTPStatus.FOUND
    client.logout()

    after, body = fetch(client, "expenses.csv", if_none_match=before["ETag"])
    assert after.status_code == HTTPStatus.OK and str(report.translation_key) not in body
    assert after["ETag"] != before["ETag"]
    since, body = fetch(client, "expenses.csv", if_modified_since=before["Last-Modified"])
    assert since.status_code == HTTPStatus.OK and str(report.translation_key) not in body


# --- constant cost ------------------------------------------------------------------------------------------


def test_queries__happy_path__the_same_for_5_and_for_500_trips(client, world, subtests):
    names = ["trips.csv", "trips.json", "expenses.csv"]
    many_published_reports(world, 5, english=True)
    few = {}
    for name in names:
        warm(client, f"/open-data/{name}")
        with CaptureQueriesContext(connection) as queries:
            assert "Masserejse 4" in fetch(client, name)[1] or name == "expenses.csv"
        few[name] = len(queries)
    # The 500 reports are built once for the three files.
    many_published_reports(world, 495, english=True, start=5)

    for name in names:
        warm(client, f"/open-data/{name}")
        with subtests.test(name=name), CaptureQueriesContext(connection) as queries:
            body = fetch(client, name)[1]
            assert body.count("\n") > 500
            assert len(queries) == few[name]


def peak_while_streaming(client, name):
    """The most memory allocated while the whole body is read chunk by chunk, after a first request has
    loaded what every request shares (templates, URL resolvers, the site's root paths)."""
    b"".join(client.get(f"/open-data/{name}").streaming_content)
    tracemalloc.start()
    try:
        response = client.get(f"/open-data/{name}")
        size = sum(len(chunk) for chunk in response.streaming_content)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, size


STREAMED = ["trips.csv", "trips.json", "expenses.csv"]


def test_streaming__happy_path__memory_does_not_grow_with_10000_trips(client, world, capsys):
    thousands_of_published_reports(world, 1_000)
    small = {name: peak_while_streaming(client, name) for name in STREAMED}
    thousands_of_published_reports(world, 9_000, start=1_000)
    large = {name: peak_while_streaming(client, name) for name in STREAMED}

    for name in STREAMED:
        (peak_1k, size_1k), (peak_10k, size_10k) = small[name], large[name]
        with capsys.disabled():
            print(
                f"\n{name}: {size_1k // 1024} KiB for 1,000 trips, peak {peak_1k // 1024} KiB; "
                f"{size_10k // 1024} KiB for 10,000 trips, peak {peak_10k // 1024} KiB"
            )
        assert size_10k > 9 * size_1k
        # Constant memory: ten times the rows may not cost even one and a half times the memory.
        assert peak_10k < 1.5 * peak_1k, name


# --- the landing page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "other", "heading"),
    [
        ("/da/aabne-data/", "http://localhost/en/open-data/", "Åbne data: rejser til udlandet"),
        ("/en/open-data/", "http://localhost/da/aabne-data/", "Open data: trips abroad"),
    ],
)
def test_landing_page__happy_path__explains_columns_licence_and_links_the_files(client, world, url, other, heading):
    response = client.get(url)
    page = response.content.decode()

    assert response.status_code == HTTPStatus.OK
    assert f"<h1>{heading}</h1>" in page
    for column in TRIP_COLUMNS + EXPENSE_COLUMNS:
        assert f"<code>{column.name}</code>" in page
    for name in FILES:
        assert f'href="/open-data/{name}"' in page
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in page
    assert f'<link rel="alternate" hreflang="{other.split("/")[3]}" href="{other}">' in page
    assert f'href="{other.removeprefix("http://localhost")}" lang=' in page  # the language switcher


def test_landing_page__happy_path__danish_column_descriptions(client, world):
    page = client.get("/da/aabne-data/").content.decode()

    assert "Rejsens faste id" in page
    assert "koden gættes aldrig" in page
    assert "Licens" in page


def test_landing_page__happy_path__linked_from_the_report_lists(client, world):
    assert 'href="/da/aabne-data/"' in client.get("/da/rejserapporter/").content.decode()
    assert 'href="/en/open-data/"' in client.get("/en/trip-reports/").content.decode()
