"""The pages built around one signed-in person, cached whole for them.

The dashboard, the mentor dashboard, My pairings, the objectives and the pages of the
tree as a signed-in person sees them (their seat, their Register button) are kept in
the shared cache under a key made of the person, their version, the content and seat
versions, the language, the path with its query string and the current minute (so a
session that starts, or a deadline that passes, shows within the minute). People who
hold a role see other people's activity too, so their key also holds the role-work
version (`academy.accounts.versions`).

A page is kept only when it is a plain 200 that set no cookie and changed nothing in
the session, and is not behind a view restriction (a password form and the page it
guards share a URL); it is served only when the person has no message waiting. CSRF tokens are
not kept: each served copy carries a fresh one for the browser asking, so a person
signed in on two devices gets forms that work on each."""

import hashlib
import re
import time

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from academy.accounts.versions import person_version, role_work_version, roles
from academy.pages.cache import PageCacheMiddleware, page_cache, served_from_tree, versions

_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_SLOT = "\x00csrf\x00"
_KEPT_HEADERS = ("Content-Type", "Cache-Control", "Expires")


def per_person(view):
    """Mark a view whose page is built around the signed-in person alone, so it can be
    kept for them (a GET that shows only what the versions cover)."""
    view.per_person_cache = True
    return view


def _eligible(request, view_func):
    if (
        not settings.ACADEMY_PERSON_PAGES
        or request.method != "GET"
        or not (served_from_tree(request) or getattr(view_func, "per_person_cache", False))
    ):
        return False
    if settings.SESSION_COOKIE_NAME not in request.COOKIES or not request.user.is_authenticated:
        return False
    return len(messages.get_messages(request)) == 0


def page_key(request) -> str:
    user = request.user
    content, seats = versions()
    parts = [str(user.pk), person_version(user.pk), str(content), str(seats)]
    if roles.holds_role(user):
        parts.append(role_work_version())
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    minute = int(time.time() // 60)
    return f"academy:person-page:{':'.join(parts)}:{get_language()}:{minute}:{path}"


class PersonPageCacheMiddleware(PageCacheMiddleware):
    def key(self, request, view_func):
        return page_key(request) if _eligible(request, view_func) else None

    def keep(self, request, response, key):
        if response.cookies or request.session.modified:
            return
        if getattr(request, "page_is_restricted", False):
            return
        content = _TOKEN.sub(lambda m: m.group(1) + _SLOT + m.group(2), response.content.decode())
        headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
        page_cache.set(key, (content, headers), settings.ACADEMY_PERSON_CACHE_SECONDS)

    def served(self, request, kept):
        content, headers = kept
        if _SLOT in content:
            content = content.replace(_SLOT, get_token(request))
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        return response
