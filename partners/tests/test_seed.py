"""seed_partners_demo in a host without the Ballerup project: under the site's root or a page named by --parent."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page

from partners.models import FocusArea, PartnerCityIndexPage, PartnerCityPage

pytestmark = pytest.mark.django_db


def seed(**options):
    call_command("seed_partners_demo", stdout=open("/dev/null", "w"), **options)  # noqa: SIM115


def counts():
    return {
        "focus_areas": {code: FocusArea.objects.filter(locale__language_code=code).count() for code in ("da", "en")},
        "cities": {
            code: PartnerCityPage.objects.live().filter(locale__language_code=code).count() for code in ("da", "en")
        },
        "pages": Page.objects.count(),
    }


def test_the_seed_loads_the_four_partner_cities_in_both_languages_under_the_site_root(root, client):
    seed()
    index = PartnerCityIndexPage.objects.get(locale__language_code="da")
    assert index.get_parent().pk == root.pk
    assert counts()["focus_areas"] == {"da": 4, "en": 4}
    assert counts()["cities"] == {"da": 4, "en": 4}
    prague = PartnerCityPage.objects.get(slug="prag-10")
    assert prague.get_translation(Locale.objects.get(language_code="en")).title == "Prague 10"
    assert client.get(prague.url).status_code == 200


def test_running_the_seed_again_changes_nothing(root):
    seed()
    first = counts()
    seed()
    assert counts() == first


def test_the_seed_goes_under_the_page_named_by_parent(root):
    section = root.add_child(instance=Page(title="International", slug="international"))
    seed(parent=section.pk)
    assert PartnerCityIndexPage.objects.get(locale__language_code="da").get_parent().pk == section.pk


def test_an_unknown_parent_is_a_clear_error(root):
    with pytest.raises(CommandError, match="no page with id 999999"):
        seed(parent=999999)
    assert not PartnerCityIndexPage.objects.exists()


def test_the_seed_refuses_when_switched_off(root, settings):
    settings.SEED_DEMO_ALLOWED = False
    with pytest.raises(CommandError, match="never be loaded into production"):
        seed()
