"""Drive the admin for the publish-route matrix: read a form as the admin shows it, post it as someone else.

Every step goes through the admin's views with the Django test client. Starting states that need an
approval (a Danish page published through its review) are built with the workflow's own views too.
"""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from reports.models import TripReportPage
from tests.reports.helpers import current_task_state, take_action

# The text a route tries to publish, and the address a new page would get: neither may reach the public.
MARKER = "Uden om godkendelsen"
MARKER_SLUG = "uden-om-godkendelsen"


def login(client, username):
    client.force_login(get_user_model().objects.get(username=username))
    return client


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def reload(page):
    return Page.objects.get(pk=page.pk).specific


def stream_form_data(page):
    """The StreamFields as the editor's JavaScript would post them (the HTML form does not contain them)."""
    data = {}
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            items = [
                (child.block_type, child.block.get_form_state(child.value)) for child in getattr(page, field.name)
            ]
            data.update(nested_form_data({field.name: streamfield(items)}))
    return data


def read_form(client, url, content=None):
    """The page form at `url` as the administrator sees it.

    The StreamFields are drawn by JavaScript, so they are filled from `content`: the page object the
    form shows (the latest revision in the editor, the chosen one when reverting).
    """
    login(client, "admin")
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    if content is not None:
        data.update(stream_form_data(content))
    return data


def editor_form(client, page):
    """The page editor's form for `page`, as it stands (its latest revision)."""
    return read_form(client, edit_url(page), page.get_latest_revision_as_object())


def post_form(client, url, data, username, button=None, **changes):
    """Post a page form as `username` (who may not even be allowed to open it), pressing `button`."""
    data = data.copy()
    for name, value in changes.items():
        data[name] = value
    if button:
        data[button] = "1"
    login(client, username)
    return client.post(url, data)


def save_draft(client, page, username="editor", **changes):
    """Save a draft through the page editor (as the editor, by default)."""
    response = post_form(client, edit_url(page), editor_form(client, page), username, **changes)
    assert response.status_code == 302, response.status_code
    return response


def form_for_new_page(client, kind, parent):
    """(add-form URL, form data) for a new page of `kind` under `parent`.

    A trip report has many required fields: its add form is filled from a demo report's edit form,
    with the inline rows turned into new rows.
    """
    if kind == "ordinary":
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
        data = read_form(client, url)
        data.update(nested_form_data({"body": streamfield([])}))
        return url, data
    url = reverse("wagtailadmin_pages:add", args=["reports", "tripreportpage", parent.pk])
    template = danish_report()
    data = editor_form(client, template)
    for name in list(data):
        if re.fullmatch(r"[a-z_]+-\d+-id", name):
            data[name] = ""
        elif name.endswith("-INITIAL_FORMS"):
            data[name] = "0"
        elif name.startswith("loaded_revision"):
            del data[name]
    return url, data


def danish_report():
    """The demo's first live Danish trip report that has a live English translation."""
    english = Locale.objects.get(language_code="en")
    for report in TripReportPage.objects.live().filter(locale=Locale.get_default()).order_by("path"):
        translation = report.get_translation_or_none(english)
        if translation is not None and translation.live:
            return report
    raise AssertionError("The demo has no translated trip report")


def translation_of(page):
    """wagtail-localize's Translation that keeps the English `page` synchronised with its Danish source."""
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def source_of(page):
    return TranslationSource.objects.get(object_id=page.translation_key, locale=Locale.get_default())


def stop_synced_translation(client, english_page):
    """ "Stop synced translation" (as the admin): the English page then has the ordinary page editor."""
    login(client, "admin")
    url = reverse("wagtail_localize:stop_translation", args=[translation_of(english_page).pk])
    assert client.post(url, {"next": edit_url(english_page)}).status_code == 302


def translate_title(client, english_page, text, username="editor"):
    """Type `text` as the English title in wagtail-localize's translation editor (one segment's PUT)."""
    translation = translation_of(english_page)
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    login(client, username)
    response = client.put(url, f"value={text}", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201), response.status_code


def publish_danish_through_review(client, page, **changes):
    """The legitimate route: the editor submits the Danish page, its reviewer approves, it goes live.

    A trip report is approved by its committee's member (with the meeting date); any other page by
    a moderator. Returns the page as published.
    """
    response = post_form(client, edit_url(page), editor_form(client, page), "editor", "action-submit", **changes)
    assert response.status_code == 302, response.status_code
    assert current_task_state(page) is not None, "the submission started no review"
    if isinstance(page, TripReportPage):
        login(client, "finance-member")
        response = take_action(client, page, "approve", meeting_date=timezone.localdate().isoformat())
    else:
        login(client, "moderator")
        response = take_action(client, page, "approve")
    assert response.status_code < 400, response.status_code
    page = reload(page)
    assert page.live and current_task_state(page) is None, "the review did not publish the page"
    return page
