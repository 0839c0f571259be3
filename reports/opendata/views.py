"""The open-data files (language-free, cross-origin, conditional) and the landing page in each language."""

from functools import wraps

from django.http import JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import condition, require_safe

from reports import conf as reports_conf
from reports.opendata import conf, descriptor, freshness
from reports.opendata.encoding import buffered, csv_lines, json_lines
from reports.opendata.rows import expense_rows, trip_rows
from reports.opendata.schema import EXPENSE_COLUMNS, TRIP_COLUMNS, VERSION


def open_data_file(view):
    """GET/HEAD only, 304 on a matching If-None-Match / If-Modified-Since, and readable from any origin —
    the 304 too, so a browser script can revalidate its copy."""

    conditional = require_safe(condition(etag_func=freshness.etag, last_modified_func=freshness.last_modified)(view))

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = conditional(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


def _stream(lines, content_type, filename=None):
    response = StreamingHttpResponse(buffered(lines), content_type=content_type)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@open_data_file
def trips_csv(request):
    return _stream(csv_lines(TRIP_COLUMNS, trip_rows(request)), "text/csv; charset=utf-8", "trips.csv")


@open_data_file
def trips_json(request):
    return _stream(json_lines(TRIP_COLUMNS, trip_rows(request)), "application/json")


@open_data_file
def expenses_csv(request):
    return _stream(csv_lines(EXPENSE_COLUMNS, expense_rows()), "text/csv; charset=utf-8", "expenses.csv")


@open_data_file
def datapackage(request):
    return JsonResponse(descriptor.datapackage(conf.base_url(request)), json_dumps_params={"ensure_ascii": False})


@open_data_file
def dcat(request):
    body = descriptor.dcat(conf.base_url(request), freshness.last_modified(request))
    return JsonResponse(body, content_type="application/ld+json", json_dumps_params={"ensure_ascii": False})


FILE_URL_NAMES = [
    "open_data_trips_csv",
    "open_data_trips_json",
    "open_data_expenses_csv",
    "open_data_datapackage",
    "open_data_dcat",
]


@require_safe
def landing(request):
    """What the data is, its columns (from the schema), its licence, and where to download it."""
    alternates = {}
    for code in ("da", "en"):
        with translation.override(code):
            alternates[code] = reverse("open_data")
    context = {
        "trip_columns": TRIP_COLUMNS,
        "expense_columns": EXPENSE_COLUMNS,
        "license": conf.license(),
        "schema_version": VERSION,
        # {"trips_csv": "/open-data/trips.csv", …, "dcat": …}
        "files": {name.removeprefix("open_data_"): reverse(name) for name in FILE_URL_NAMES},
        "language_alternates": alternates,
        "base_template": reports_conf.base_template(),
    }
    return render(request, "reports/opendata/landing.html", context)
