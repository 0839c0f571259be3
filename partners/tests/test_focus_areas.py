"""Focus areas in a page's language: one rule (`in_locale`), used by every page and list that shows them."""

import pytest
from wagtail.models import Locale

from partners.models import FocusArea, in_locale, localized_focus_areas

pytestmark = pytest.mark.django_db


@pytest.fixture
def areas():
    danish = Locale.objects.get(language_code="da")
    english = Locale.objects.get_or_create(language_code="en")[0]
    children = FocusArea.objects.create(name="Børn og unge", sort_order=1, locale=danish)
    climate = FocusArea.objects.create(name="Klima", sort_order=2, locale=danish)
    children_en = children.copy_for_translation(english)
    children_en.name = "Children and young people"
    children_en.save()
    return danish, english, children, climate, children_en


def test_a_translation_wins_and_an_untranslated_area_keeps_its_name(areas):
    danish, english, children, climate, children_en = areas
    assert in_locale([climate, children, children_en], english.pk) == [children_en, climate]
    assert in_locale([children_en, climate, children], danish.pk) == [children, climate]


def test_a_pages_chosen_areas_in_english_in_one_query(areas, django_assert_num_queries):
    _, english, children, climate, children_en = areas
    chosen = FocusArea.objects.filter(pk__in=[children.pk, climate.pk])
    with django_assert_num_queries(1):
        assert localized_focus_areas(chosen, english.pk) == [children_en, climate]
    assert localized_focus_areas([climate, children], english.pk) == [children_en, climate]  # a preview's
