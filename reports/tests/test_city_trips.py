"""Reports adds "trips to this city" to partners' city page through partners' hook, and only live trips."""

from http import HTTPStatus

import pytest
from wagtail.models import Site

from partners.tests.helpers import add_city, add_index
from reports.tests.admin import press, take_action

pytestmark = pytest.mark.django_db


def test_the_city_page_lists_the_live_trips_to_it(client, world, draft_report):
    root = Site.objects.get(is_default_site=True).root_page
    city = add_city(add_index(root), "Prag 10")
    draft_report.destination_city = city
    draft_report.save_revision()
    address = "/da/samarbejdsbyer/prag-10/"

    assert "Studietur til Prag" not in client.get(address).content.decode()  # a draft is no trip to list

    client.force_login(world.users["editor"])
    assert press(client, draft_report, "action-submit").status_code == HTTPStatus.FOUND
    client.force_login(world.users["finance-member"])
    take_action(client, draft_report, "approve", meeting_date="2025-03-12")
    client.logout()
    response = client.get(address)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert '<section aria-labelledby="city-reports-heading">' in html
    assert 'href="/da/rejserapporter/studietur-til-prag/"' in html
    assert "Økonomiudvalget" in html
