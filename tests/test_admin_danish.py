"""An editor and a committee member walk the admin in Danish and meet no English interface string.

The check is general: every visible text of a screen (text nodes, labels, tooltips, button captions;
scripts and styles stripped) is compared with every message of the pinned Wagtail and
wagtail-localize English catalogs that has a Danish translation. A match means a string was left
in English. User content (page titles, file titles, names) is ignored.
"""

import io
import json
import re
from http import HTTPStatus
from pathlib import Path

import pytest
import wagtail
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image as PILImage
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, TaskState, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from tests.admin_text import english_left_in, english_lines_in

pytestmark = pytest.mark.django_db


# Wagtail renders an empty side-panel counter as the hidden text "None"; not an interface string.
# Strings hard-coded in Wagtail's templates that no catalog reaches: docs/admin-translation-gaps.md.
def page_html(response):
    """The HTML of a screen, also when it is a modal delivered as JSON."""
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def assert_danish_screen(client, url, expected=()):
    response = client.get(url, follow=True)
    assert response.status_code == HTTPStatus.OK, url
    html = page_html(response)
    if not response["Content-Type"].startswith("application/json"):
        assert '<html lang="da"' in html, url
    assert english_left_in(html) == [], url
    for text in expected:
        assert text in html, (url, text)
    return html


def form_data(html, form_selector):
    """The values a browser would submit from a form as it is rendered."""
    form = BeautifulSoup(html, "html.parser").select_one(form_selector)
    data = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "button", "file") or field.has_attr("disabled"):
            continue
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
            continue
        if field.name == "textarea":
            data[name] = field.text
        elif field.name == "select":
            selected = field.find("option", selected=True) or field.find("option")
            data[name] = selected.get("value", "") if selected else ""
        else:
            data[name] = field.get("value", "")
    return data


def danish_user_client(client, username):
    user = get_user_model().objects.get(username=username)
    assert UserProfile.get_for_user(user).preferred_language == "da"
    client.force_login(user)
    return client


@pytest.fixture
def home(seeded):
    return Page.objects.get(depth=2, locale__language_code="da")


@pytest.fixture
def editor_client(seeded, client):
    return danish_user_client(client, "editor")


@pytest.fixture
def moderator_client(seeded):
    return danish_user_client(Client(), "admin")


@pytest.fixture
def image(seeded):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return get_image_model().objects.create(title="Venskabsby", file=ContentFile(buffer.getvalue(), "by.png"))


@pytest.fixture
def document(seeded):
    return get_document_model().objects.create(title="Strategi 2025", file=ContentFile(b"%PDF-1.4", "strategi.pdf"))


def test_login_page_speaks_danish(seeded, client):
    assert_danish_screen(client, reverse("wagtailadmin_login"), ["Log ind"])


def test_editor_walks_pages_images_documents_and_account_in_danish(editor_client, home, image, document):
    screens = {
        reverse("wagtailadmin_home"): ["Oversigt"],
        reverse("wagtailadmin_explore_root"): ["Sider"],
        reverse("wagtailadmin_explore", args=[home.pk]): ["Sider"],
        reverse("wagtailadmin_pages:edit", args=[home.pk]): ["Gem udkast", "Send til "],
        reverse("wagtailadmin_pages:add_subpage", args=[home.pk]): [],
        reverse("wagtailadmin_pages:history", args=[home.pk]): ["Historik"],
        reverse("wagtailimages:index"): ["Billeder"],
        reverse("wagtailimages:add_multiple"): ["Tilføj billeder"],
        reverse("wagtailimages:edit", args=[image.pk]): ["Emneord"],
        reverse("wagtaildocs:index"): ["Dokumenter"],
        reverse("wagtaildocs:add_multiple"): ["Tilføj dokumenter"],
        reverse("wagtaildocs:edit", args=[document.pk]): ["Emneord"],
        reverse("wagtailadmin_choose_page"): ["Vælg en side"],
        reverse("wagtailimages_chooser:choose"): ["Vælg et billede"],
        reverse("wagtaildocs_chooser:choose"): ["Vælg et dokument"],
        reverse("wagtailadmin_account"): ["Konto"],
    }
    for url, expected in screens.items():
        assert_danish_screen(editor_client, url, expected)


def test_editor_sees_every_creatable_page_form_in_danish(editor_client, home):
    """The add forms of every page type the editor can create (StreamField and InlinePanel included)."""
    page_types = [model for model in home.specific.creatable_subpage_models() if model.can_create_at(home)]
    assert page_types
    for page_type in page_types:
        url = reverse("wagtailadmin_pages:add", args=[page_type._meta.app_label, page_type._meta.model_name, home.pk])
        response = editor_client.get(url)
        if response.status_code == HTTPStatus.FORBIDDEN:
            continue
        assert response.status_code == HTTPStatus.OK, url
        assert english_left_in(response.content.decode()) == [], url


def submit_for_moderation(client, page):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = form_data(client.get(edit_url).content.decode(), "form#page-edit-form")
    data["action-submit"] = "Send til godkendelse"
    response = client.post(edit_url, data)
    assert response.status_code == HTTPStatus.FOUND, english_left_in(response.content.decode())
    return WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)


def test_moderation_round_trip_in_danish(editor_client, moderator_client, home):
    mail.outbox.clear()
    workflow_state = submit_for_moderation(editor_client, home)
    task_state = workflow_state.current_task_state

    # The committee member (moderator) gets a Danish e-mail, and reviews in Danish.
    assert mail.outbox, "no submission notification was sent"
    submitted = mail.outbox[-1]
    assert "er blevet sendt til" in submitted.subject, submitted.subject
    assert "Du kan redigere siden her" in submitted.body
    assert english_lines_in(submitted.body) == []
    assert_danish_screen(moderator_client, reverse("wagtailadmin_home"), ["Afventer din gennemgang"])
    assert_danish_screen(moderator_client, reverse("wagtailadmin_pages:edit", args=[home.pk]), ["Godkend"])
    for action in ("approve", "reject"):
        url = reverse("wagtailadmin_pages:collect_workflow_action_data", args=[home.pk, action, task_state.pk])
        assert_danish_screen(moderator_client, url, ["Kommentar"])

    # The editor sees the page awaiting approval, and the workflow history.
    assert_danish_screen(editor_client, reverse("wagtailadmin_pages:edit", args=[home.pk]), ["Afventer"])
    assert_danish_screen(editor_client, reverse("wagtailadmin_home"))

    # The committee member asks for changes; the editor is told in Danish.
    mail.outbox.clear()
    response = moderator_client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[home.pk, "reject", task_state.pk]),
        {"comment": "Ret venligst tallene"},
    )
    assert response.status_code in (HTTPStatus.OK, HTTPStatus.FOUND)
    task_state.refresh_from_db()
    assert task_state.status == TaskState.STATUS_REJECTED
    rejected = [message for message in mail.outbox if "editor@example.invalid" in message.to]
    assert rejected, "the editor got no notification"
    assert "afvist" in rejected[0].subject, rejected[0].subject
    assert "Ret venligst tallene" in rejected[0].body
    assert english_lines_in(rejected[0].body) == []

    assert_danish_screen(editor_client, reverse("wagtailadmin_pages:edit", args=[home.pk]), ["ændringer"])
    history = reverse("wagtailadmin_pages:workflow_history", args=[home.pk])
    assert_danish_screen(editor_client, history, ["Afvist"])
    detail = reverse("wagtailadmin_pages:workflow_history_detail", args=[home.pk, workflow_state.pk])
    assert_danish_screen(editor_client, detail, ["Ret venligst tallene"])


@pytest.fixture
def translator_client(editor_client):
    """The editor with the right to submit pages for translation (wagtail-localize's permission)."""
    user = get_user_model().objects.get(username="editor")
    user.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    return editor_client


def test_translation_screens_speak_danish(translator_client, home):
    english_home = Page.objects.get(depth=2, locale__language_code="en")
    submit = reverse("wagtail_localize:submit_page_translation", args=[home.pk])
    assert_danish_screen(translator_client, submit, ["Oversæt"])
    html = assert_danish_screen(translator_client, reverse("wagtailadmin_pages:edit", args=[english_home.pk]))
    assert reverse("wagtail_localize:javascript_catalog") in html


@pytest.mark.parametrize(
    ("url_name", "english", "danish"),
    [
        ("wagtailadmin_javascript_catalog", "Move up", "Flyt op"),
        ("wagtailadmin_javascript_catalog", "Duplicate", "Dupliker"),
        ("wagtailadmin_javascript_catalog", "Dashboard", "Oversigt"),
        ("wagtail_localize:javascript_catalog", "Save", "Gem"),
        ("wagtail_localize:javascript_catalog", "Translate", "Oversæt"),
    ],
)
def test_javascript_catalogs_serve_our_danish(editor_client, url_name, english, danish):
    response = editor_client.get(reverse(url_name))
    assert response.status_code == HTTPStatus.OK
    catalog = response.content.decode()
    assert json.dumps(english) + ": " + json.dumps(danish) in catalog


def test_user_who_prefers_english_gets_the_english_admin(editor_client):
    user = get_user_model().objects.get(username="editor")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="en"' in html
    assert "Dashboard" in html
    assert "Oversigt" not in html
    catalog = editor_client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert "Flyt op" not in catalog


def test_walk_finds_an_english_string_when_one_is_left():
    """The detector itself: an untranslated Wagtail string is caught, Danish and user content are not."""
    assert english_left_in("<p>Save draft</p><button aria-label='Gem udkast'>Gem udkast</button>") == ["Save draft"]
    assert english_left_in("<span title='Edit &#x27;Forside&#x27;'>x</span>") == ["Edit 'Forside'"]
    assert english_left_in("<script>gettext('Save draft')</script><p>Gem udkast</p>") == []
    props = '<div data-props=\'{"segments": [{"contentPath": "title", "location": {"field": "Private"}}]}\'></div>'
    assert english_left_in(props) == ["Private"]
    assert english_lines_in("Hej Erik,\nYou can edit the page here: http://x/\n") == [
        "You can edit the page here: http://x/"
    ]


def test_inline_panel_controls_speak_danish(seeded, rf):
    """InlinePanel's add, move, drag and delete controls, rendered for a Wagtail model with an inline."""
    user = get_user_model().objects.get(username="editor")
    request = rf.get("/admin/")
    request.user = user
    workflow = Workflow.objects.get(name="Redaktionel gennemgang")
    panel = ObjectList([InlinePanel("workflow_tasks", panels=[FieldPanel("task")], label="opgave")])
    panel = panel.bind_to_model(Workflow)
    with translation.override("da"):
        form = panel.get_form_class()(instance=workflow, for_user=user)
        html = panel.get_bound_panel(instance=workflow, form=form, request=request).render_html()
    assert english_left_in(html) == []
    for danish in ("Tilføj opgave", "Flyt op", "Flyt ned", "Træk", "Slet"):
        assert danish in html


def test_streamfield_controls_are_all_in_the_danish_javascript_catalog(editor_client):
    """StreamField's controls are drawn in JavaScript with gettext: each string must be in the JS catalog."""
    blocks_js = (Path(wagtail.__file__).parent / "admin/static/wagtailadmin/js/telepath/blocks.js").read_text()
    gettext_calls = set(re.findall(r'\(0,\w+\.\w+\)\("([^"]+)"\)', blocks_js))
    assert {"Move up", "Move down", "Duplicate", "Delete", "Add"} <= gettext_calls
    catalog = editor_client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    served = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", catalog, re.S).group(1))
    untranslated = sorted(text for text in gettext_calls if not served.get(text) or served[text] == text)
    assert untranslated == []
