"""The Python-written select gives the markup of Django's template-rendered one."""

import re

import pytest
from django import forms

from reports.widgets import Select

CHOICES = [
    ("", "Alle <byer>"),
    ("Byer", [("prag-10", "Prag 10"), ("wuxi", "Wuxi & omegn")]),
    ("Lande", [("land-cz", "Tjekkiet")]),
    ("2025", "2025"),
]


def _markup(html):
    return re.sub(r">\s+<", "><", str(html)).strip()


@pytest.mark.parametrize("value", ["", "wuxi", "2025", "<script>"])
@pytest.mark.parametrize("attrs", [{"class": "form-select"}, {"class": "a", "required": True, "disabled": False}])
def test_the_select_writes_what_djangos_template_writes(value, attrs):
    ours = Select(attrs=attrs, choices=CHOICES).render("destination", value, attrs={"id": "id_destination"})
    django = forms.Select(attrs=attrs, choices=CHOICES).render("destination", value, attrs={"id": "id_destination"})
    assert _markup(ours) == _markup(django)
    assert "&lt;byer&gt;" in ours and "Wuxi &amp; omegn" in ours
