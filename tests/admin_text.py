"""Finding English interface text left in a Danish admin page or e-mail (admin tests and browser tests)."""

import json
import re
from functools import cache
from pathlib import Path

import polib
from bs4 import BeautifulSoup, Comment
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Task, Workflow

from cms.management.commands.check_admin_translations import english_catalogs

ADMIN_CATALOG = Path(settings.BASE_DIR) / "locale" / "admin" / "da" / "LC_MESSAGES"


KNOWN_GAPS = {
    "None",
    "Search",  # visually hidden submit button of the search forms (wagtailadmin/shared/header.html, home.html)
    "Actions",  # aria-label of the header's action menu (wagtailadmin/shared/headers/_actions.html)
}


PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-w-tooltip-content-value")


def normalise(text):
    return re.sub(r"\s+", " ", text).strip()


@cache
def english_interface_strings():
    """Every English message of the pinned catalogs whose Danish differs (all but "Status", "Format", ...):
    exact texts, and patterns for those with placeholders."""
    same_in_danish = set()
    for domain in ("django", "djangojs"):
        for entry in polib.pofile(str(ADMIN_CATALOG / f"{domain}.po")):
            same_in_danish |= {msgid for msgid in (entry.msgid, entry.msgid_plural) if msgid and msgid == entry.msgstr}
    exact, patterns = set(), []
    for package in ("wagtail", "wagtail_localize"):
        for _domain, po in english_catalogs(package):
            for entry in polib.pofile(str(po)):
                for msgid in filter(None, (entry.msgid, entry.msgid_plural)):
                    text = normalise(re.sub(r"<[^>]+>", " ", msgid))
                    if msgid in same_in_danish or len(text) < 2:
                        continue
                    literal = PLACEHOLDER.sub(" ", text)
                    if literal == text:
                        exact.add(text)
                    elif re.search(r"[A-Za-z]{3,}", literal):
                        pattern = ".+?".join(re.escape(part) for part in PLACEHOLDER.split(text))
                        patterns.append(re.compile(f"^{pattern}$"))
    return frozenset(exact), tuple(patterns)


def json_strings(value, key=""):
    """The interface strings of a JSON value: labels, field names, help texts (not ids, paths, content)."""
    if isinstance(value, str) and re.search(r"(label|field|helptext|displayname|text|message)$", key.lower()):
        yield value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from json_strings(item, name)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item, key)


def visible_texts(html):
    soup = BeautifulSoup(html, "html.parser")
    for element in soup(["script", "style", "template", "noscript"]):
        element.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    texts = [normalise(str(text)) for text in soup.find_all(string=True)]
    for element in soup.find_all(True):
        texts += [normalise(element[name]) for name in ATTRIBUTES if isinstance(element.get(name), str)]
        if element.name == "input" and element.get("type") in ("submit", "button"):
            texts.append(normalise(element.get("value", "")))
    # The translation editor (React) gets its server-side strings as JSON in data-props.
    for element in soup.find_all(attrs={"data-props": True}):
        texts += [normalise(text) for text in json_strings(json.loads(element["data-props"]))]
    # Whole texts of small elements catch messages that inline tags split into several text nodes.
    for element in soup.find_all(["p", "li", "h1", "h2", "h3", "label", "button", "a", "th", "td", "legend"]):
        texts.append(normalise(element.get_text(" ")))
    return {text for text in texts if text and len(text) < 300}


def user_content():
    """Titles and names people typed (or a migration created): data, not interface strings."""
    content = set(Page.objects.values_list("title", flat=True))
    content |= set(get_image_model().objects.values_list("title", flat=True))
    content |= set(get_document_model().objects.values_list("title", flat=True))
    content |= set(Workflow.objects.values_list("name", flat=True)) | set(Task.objects.values_list("name", flat=True))
    content |= set(Group.objects.values_list("name", flat=True))
    for user in get_user_model().objects.all():
        content |= {user.get_full_name(), user.get_username(), user.first_name, user.last_name}
    return content


def english_left_in(html):
    exact, patterns = english_interface_strings()
    ignored = KNOWN_GAPS | user_content()
    found = set()
    for text in visible_texts(html) - ignored:
        if text in exact or any(pattern.match(text) for pattern in patterns):
            found.add(text)
    return sorted(found)


def english_lines_in(text):
    """For e-mails: the lines of a plain-text message that are or contain an English interface sentence."""
    exact, patterns = english_interface_strings()
    sentences = [message for message in exact if message.count(" ") >= 2]
    lines = {normalise(line) for line in text.splitlines()} - {""}
    return sorted(
        line
        for line in lines
        if any(pattern.match(line) for pattern in patterns) or any(message in line for message in sentences)
    )
