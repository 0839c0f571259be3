"""Translations the reports demo makes as drafts, for the editorial review to approve."""

from partners.seed.translation import fill_translation
from reports.translation_drafts import save_translation_draft


def translate_draft(instance, language, strings, user=None):
    """Translate `instance` into `language` (see partners.seed.translation) without publishing the result.

    A draft of an existing translation goes into a revision only: its row may be live.
    """
    translation = fill_translation(instance, language, strings)
    if instance.has_translation(translation.target_locale):
        save_translation_draft(translation, user)
    else:
        translation.save_target(user=user, publish=False)
    return instance.get_translation(translation.target_locale)
