"""The seed's one way to translate: published through partners' helper, or as a draft through reports'."""

from partners.seed.translation import MissingDemoTranslation
from partners.seed.translation import translate as translate_and_publish
from reports.seed.translation import translate_draft

__all__ = ["MissingDemoTranslation", "translate"]


def translate(instance, language, strings, publish=True, user=None):
    """Translate `instance` into `language` from `strings` (Danish → English); publish it unless told not to."""
    if publish:
        return translate_and_publish(instance, language, strings, user=user)
    return translate_draft(instance, language, strings, user=user)
