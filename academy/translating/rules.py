"""Who translates what: a translator of a language edits that language's fields
only; nobody edits the source language here (authors write it in the editor)."""

from academy.terminology.rules import translator_locales
from academy.translating.registry import target_languages


def languages_for(user) -> tuple[str, ...]:
    if not user.is_authenticated:
        return ()
    if user.is_superuser:
        return target_languages()
    mine = translator_locales(user)
    return tuple(code for code in target_languages() if code in mine)


def can_translate(user, language: str) -> bool:
    return language in languages_for(user)
