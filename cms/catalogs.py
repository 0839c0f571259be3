"""Where the gettext catalogs of our own strings live, and how makemessages builds each from its own tree.

The project's `locale/` holds what `cms/` and `home/` use; each plugin app carries its own
`<app>/locale/{da,en}` with what its code and templates use, so the app is translated wherever it is
installed. `manage.py update_catalogs` (`make messages`) writes them; `manage.py check_catalogs` runs
the same thing on a scratch copy and compares.
"""

import contextlib
import os
from pathlib import Path

from django.core.management import call_command
from django.test.utils import override_settings

DOMAINS = ("django", "djangojs")
LANGUAGES = ("da", "en")
# The apps that ship their own catalogs (the plugin distribution, see pyproject.toml).
APP_TREES = ("partners", "reports", "slugs")
# Never scanned: installs, build output, local state, catalogs, and the test hosts and site tests.
IGNORE = [".venv/*", "node_modules/*", "static_collected/*", "tests/*", "locale/*", "media/*", "build/*"]


@contextlib.contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


def catalog_roots(base_dir):
    """Each tree whose strings make one set of catalogs, with the locale/ folder they go into."""
    base_dir = Path(base_dir)
    return {base_dir: base_dir / "locale", **{base_dir / app: base_dir / app / "locale" for app in APP_TREES}}


def catalog_path(locale_dir, language, domain):
    return Path(locale_dir) / language / "LC_MESSAGES" / f"{domain}.po"


def make_messages(base_dir, verbosity=0):
    """Run makemessages in each tree, so every catalog holds exactly the messages of its own tree.

    Run in an app's folder with no LOCALE_PATHS, makemessages writes to that folder's locale/; the
    project's run leaves the apps' folders out.
    """
    with override_settings(LOCALE_PATHS=[]):
        for tree, locale_dir in catalog_roots(base_dir).items():
            ignore = IGNORE + ([f"{app}/*" for app in APP_TREES] if tree == Path(base_dir) else [])
            locale_dir.mkdir(exist_ok=True)
            with working_directory(tree):
                for domain in DOMAINS:
                    call_command(
                        "makemessages",
                        locale=list(LANGUAGES),
                        domain=domain,
                        no_obsolete=True,
                        no_location=True,
                        ignore_patterns=ignore,
                        verbosity=verbosity,
                    )
