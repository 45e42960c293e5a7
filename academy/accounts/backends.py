"""The signed-in person's account, read from the shared cache by person version, with
the facts about them that a request worked out (their groups, permissions, whether
they hold a role), so a page built around them asks the database nothing about who
they are. Saving the account or changing its groups or permissions moves the version
(`academy.accounts.touching`).

On a miss the account is read as Django reads it, and kept when the request ends,
with only the facts listed in KEPT_FACTS: whatever else a request memoised on the
user object stays with that request."""

import copy
import pickle

from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend
from django.conf import settings
from django.contrib.auth.backends import ModelBackend

from academy.accounts.versions import person_version
from academy.pages.cache import NearCache

_accounts = NearCache()  # pickled, so each request gets its own copy
KEPT_FACTS = ("_group_names", "_perm_cache", "_user_perm_cache", "_group_perm_cache", "_holds_role")


class CachedAccount:
    def get_user(self, user_id):
        try:
            version = person_version(int(user_id))
        except (TypeError, ValueError):
            return None
        key = f"academy:account:{user_id}:{version}"
        kept = _accounts.get(key)
        user = pickle.loads(kept) if kept is not None else None  # noqa: S301 - ours
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                user._account_key = key
        return user


class CachedModelBackend(CachedAccount, ModelBackend):
    pass


class CachedAllauthBackend(CachedAccount, AllauthBackend):
    pass


def keep_account(request):
    """At the end of a request that read the account from the database: keep it, with
    the facts the request worked out."""
    user = getattr(request, "user", None)
    wrapped = getattr(user, "_wrapped", None)
    key = getattr(wrapped, "_account_key", None) if wrapped is not None else None
    if key is None:
        return
    kept = copy.copy(wrapped)
    kept._state = copy.copy(wrapped._state)
    kept._state.fields_cache = {}
    for name in list(vars(kept)):
        if name.startswith("_") and name != "_state" and name not in KEPT_FACTS:
            delattr(kept, name)
    _accounts.set(key, pickle.dumps(kept), settings.ACADEMY_PERSON_CACHE_SECONDS)
    del wrapped._account_key


class KeepAccountMiddleware:
    """Right after authentication, so it sees the facts every later step worked out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        keep_account(request)
        return response
