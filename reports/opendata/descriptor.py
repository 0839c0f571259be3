"""The data package descriptor (Frictionless) and the DCAT-AP-DK description (JSON-LD) of the open data."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from reports.opendata import conf
from reports.opendata.schema import VERSION, expenses_schema, trips_schema

EU = "http://publications.europa.eu/resource/authority"
LANGUAGES = {"da": f"{EU}/language/DAN", "en": f"{EU}/language/ENG"}
IANA = "https://www.iana.org/assignments/media-types"

# (resource name, URL name, format, media type)
FILES = [
    ("trips", "open_data_trips_csv", "csv", "text/csv"),
    ("trips-json", "open_data_trips_json", "json", "application/json"),
    ("expenses", "open_data_expenses_csv", "csv", "text/csv"),
]


def _title():
    return _("Trips abroad and what they cost")


def _description():
    return _(
        "Every published trip abroad that the committee approved: who travelled, when, where to, why, how many, "
        "what it cost and from which budget, with each expense line."
    )


def landing_url(base, language):
    with translation.override(language):
        return base + reverse("open_data")


def file_urls(base):
    """{resource name: absolute URL} of the data files."""
    return {name: base + reverse(url_name) for name, url_name, _format, _type in FILES}


def _contributor(publisher):
    contributor = {"title": publisher["name"], "role": "publisher"}
    if "url" in publisher:
        contributor["path"] = publisher["url"]
    return contributor


def datapackage(base):
    """The Tabular Data Package descriptor, pointing at the files' absolute URLs (descriptions in English)."""
    urls = file_urls(base)
    schemas = {"trips": trips_schema, "trips-json": trips_schema, "expenses": expenses_schema}
    publisher = conf.publisher()
    with translation.override("en"):
        return {
            "profile": "tabular-data-package",
            "name": "trips-abroad",
            "title": _title(),
            "description": _description(),
            "version": VERSION,
            "homepage": landing_url(base, "en"),
            "licenses": [conf.license()],
            "contributors": [_contributor(publisher)],
            "keywords": ["trips abroad", "travel expenses", "municipality", "transparency"],
            "resources": [
                {
                    "name": name,
                    "path": urls[name],
                    "profile": "tabular-data-resource",
                    "format": file_format,
                    "mediatype": media_type,
                    "encoding": "utf-8",
                    "schema": schemas[name](),
                }
                for name, _url_name, file_format, media_type in FILES
            ],
        }


def _in_languages(text):
    values = []
    for language in LANGUAGES:
        with translation.override(language):
            values.append({"@language": language, "@value": str(text())})
    return values


def dcat(base, modified):
    """The dataset as a DCAT-AP-DK `dcat:Dataset` with one `dcat:Distribution` per file, as JSON-LD."""
    publisher = conf.publisher()
    license = {"@id": conf.license()["path"]}
    package = {"@id": base + reverse("open_data_datapackage")}
    dated = {"dct:modified": {"@value": modified.isoformat(), "@type": "xsd:dateTime"}} if modified else {}
    agent = {"@type": "foaf:Agent", "foaf:name": publisher["name"]}
    if "url" in publisher:
        agent["@id"] = publisher["url"]
    contact = {"@type": "vcard:Organization", "vcard:fn": publisher["name"]}
    if "email" in publisher:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{publisher['email']}"}
    distributions = [
        {
            "@id": f"{url}#distribution",
            "@type": "dcat:Distribution",
            "dct:title": name,
            "dcat:accessURL": {"@id": landing_url(base, "da")},
            "dcat:downloadURL": {"@id": url},
            "dcat:mediaType": {"@id": f"{IANA}/{media_type}"},
            "dct:format": {"@id": f"{EU}/file-type/{file_format.upper()}"},
            "dct:license": license,
            "dct:conformsTo": package,
            **dated,
        }
        for (name, _url_name, file_format, media_type), url in zip(FILES, file_urls(base).values(), strict=True)
    ]
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "vcard": "http://www.w3.org/2006/vcard/ns#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "owl": "http://www.w3.org/2002/07/owl#",
        },
        "@id": base + reverse("open_data_dcat") + "#dataset",
        "@type": "dcat:Dataset",
        "dct:identifier": base + reverse("open_data_datapackage"),
        "dct:title": _in_languages(_title),
        "dct:description": _in_languages(_description),
        "dct:publisher": agent,
        "dcat:contactPoint": contact,
        "dct:language": [{"@id": uri} for uri in LANGUAGES.values()],
        "dct:license": license,
        "dct:accessRights": {"@id": f"{EU}/access-right/PUBLIC"},
        "dct:accrualPeriodicity": {"@id": f"{EU}/frequency/IRREG"},
        "dcat:theme": [{"@id": f"{EU}/data-theme/GOVE"}],
        "dcat:keyword": _in_languages(lambda: _("trips abroad")),
        "dcat:landingPage": [{"@id": landing_url(base, language)} for language in LANGUAGES],
        "dct:conformsTo": package,
        "owl:versionInfo": VERSION,
        **dated,
        "dcat:distribution": distributions,
    }
