"""The terminology API: the word for a role, in a language, for a count and a person.

    term("mentor", count=3, locale="pl")          → "opiekunowie"
    term("mentor", person=user)                   → "Mentorin" for a woman in German
    term_cap("learner", plural=True, track=track) → the track's own uncounted plural, capitalised

Resolution: the track's override in the language, then the language's term, then
its base language (pt-br → pt), then the source language, then the role's English
default. A missing form falls back to the 'other' form and then to the neutral
gender; nothing here raises for a missing word.

All terms and roles are read in one query into a snapshot kept in the shared cache.
Any change to a term or role deletes it, so every process sees the change on its
next request. Within a request the snapshot is memoised, so 50 words cost nothing.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import get_language

from academy.pages.cache import bump_content_version
from academy.terminology.grammar import base_language, plural_category
from academy.terminology.models import Role

SOURCE_LANGUAGE = "en"
NEUTRAL = "neutral"
CACHE_KEY = "academy:terminology:v1"
_request_snapshot: ContextVar[dict | None] = ContextVar("terminology_snapshot", default=None)

ADDRESS_TO_GENDER = {"feminine": "feminine", "masculine": "masculine", "neutral": NEUTRAL}


def _load_snapshot():
    description_fields = [f"description_{code}" for code, _name in settings.LANGUAGES]
    rows = Role.objects.values(
        "key",
        "singular",
        "plural",
        *description_fields,
        "terms__locale",
        "terms__track_id",
        "terms__forms",
    )
    roles, terms = {}, {}
    for row in rows:
        key = row["key"]
        if key not in roles:
            roles[key] = {
                "default": {
                    NEUTRAL: {
                        "one": row["singular"],
                        "other": row["plural"],
                        "singular": row["singular"],
                        "plural": row["plural"],
                    }
                },
                "description": {
                    code: row[f"description_{code}"] for code, _name in settings.LANGUAGES
                },
            }
        if row["terms__locale"] is not None:
            terms[(key, row["terms__locale"], row["terms__track_id"])] = row["terms__forms"]
    return {"roles": roles, "terms": terms}


def snapshot():
    current = _request_snapshot.get()
    if current is None:
        current = cache.get(CACHE_KEY)
        if current is None:
            current = _load_snapshot()
            cache.set(CACHE_KEY, current, timeout=None)
        _request_snapshot.set(current)
    return current


def forget_request_snapshot(**_signal_kwargs):
    """Role words are read afresh once per request and once per background task (the
    task worker never passes through the middleware)."""
    _request_snapshot.set(None)


def invalidate(**_kwargs):
    """Drop the shared snapshot now and again after commit, so that no process can
    re-cache the old words from a read that raced with the writing transaction."""
    cache.delete(CACHE_KEY)
    forget_request_snapshot()
    bump_content_version()  # cached pages show role words too
    transaction.on_commit(lambda: (cache.delete(CACHE_KEY), bump_content_version()))


def _track_id(track):
    if track is None:
        return None
    return getattr(track, "pk", track)


def resolution_chain(locale, track=None):
    """The (language, track id) places looked at, in order."""
    chain = []
    track_id = _track_id(track)
    if track_id is not None:
        chain.append((locale, track_id))
    chain.append((locale, None))
    base = base_language(locale)
    if base:
        chain.append((base, None))
    if locale != SOURCE_LANGUAGE:
        chain.append((SOURCE_LANGUAGE, None))
    return chain


def resolve_forms(role_key, locale=None, track=None):
    """(forms, language of those forms, track id or None); English defaults last."""
    locale = (locale or get_language() or SOURCE_LANGUAGE).lower()
    data = snapshot()
    for place_locale, track_id in resolution_chain(locale, track):
        forms = data["terms"].get((role_key, place_locale, track_id))
        if forms:
            return forms, place_locale, track_id
    role = data["roles"].get(role_key)
    if role is None:
        return {NEUTRAL: {"other": role_key}}, SOURCE_LANGUAGE, None
    return role["default"], SOURCE_LANGUAGE, None


def _form_keys(language, count, plural):
    """Which stored forms to try, best first. Without a count, the uncounted singular or
    plural; a language that has not written them falls back to the counted forms."""
    if count is not None:
        return (plural_category(language, count), "other")
    if plural:
        return ("plural", "other")
    return ("singular", "one", "other")


def pick_form(forms, language, count=None, gender=NEUTRAL, plural=False):
    keys = _form_keys(language, count, plural)
    for gender_key in (gender or NEUTRAL, NEUTRAL):
        by_category = forms.get(gender_key) or {}
        word = next((by_category[key] for key in keys if by_category.get(key)), "")
        if word:
            return word
    for by_category in forms.values():  # any word at all rather than nothing
        for word in by_category.values():
            if word:
                return word
    return ""


def gender_of(person):
    return ADDRESS_TO_GENDER.get(getattr(person, "address_form", None), NEUTRAL)


def term(role_key, count=None, gender=None, locale=None, track=None, person=None, plural=False):
    """The word for a role: counted ("3 …") with `count`, otherwise the uncounted singular,
    or with `plural=True` the uncounted plural. `person` (anyone with an address_form)
    sets the gender."""
    if person is not None and gender is None:
        gender = gender_of(person)
    forms, language, _track_id = resolve_forms(role_key, locale, track)
    return pick_form(forms, language, count, gender or NEUTRAL, plural) or role_key


def term_cap(role_key, **kwargs):
    """The word for a role, capitalised for the start of a sentence or a heading."""
    return capfirst(term(role_key, **kwargs))


def role_description(role_key, locale=None):
    role = snapshot()["roles"].get(role_key)
    if role is None:
        return ""
    locale = locale or get_language() or SOURCE_LANGUAGE
    descriptions = role["description"]
    return (
        descriptions.get(locale)
        or descriptions.get(base_language(locale) or "")
        or descriptions["en"]
    )


def role_keys():
    return list(snapshot()["roles"])
