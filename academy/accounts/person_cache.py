"""The pages built around one signed-in person, cached whole for them.

The dashboard, the mentor dashboard, My pairings, the objectives and the pages of the
tree as a signed-in person sees them (their seat, their Register button) are kept in
the shared cache under a key made of the person, their version, the content and seat
versions, the language, the path with its query string and the current minute (so a
session that starts, or a deadline that passes, shows within the minute). People who
hold a role see other people's activity too, so their key also holds the role-work
version (`academy.accounts.versions`).

A page is kept only when it is a plain 200 that set no cookie and changed nothing in
the session, and served only when the person has no message waiting. CSRF tokens are
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
from academy.pages.cache import NearCache, versions

_TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
_SLOT = "\x00csrf\x00"
_KEPT_HEADERS = ("Content-Type", "Cache-Control", "Expires")
_pages = NearCache()


def per_person(view):
    """Mark a view whose page is built around the signed-in person alone, so it can be
    kept for them (a GET that shows only what the versions cover)."""
    view.per_person_cache = True
    return view


def _eligible(request, view_func):
    served_from_tree = (
        request.resolver_match is not None and request.resolver_match.url_name == "wagtail_serve"
    )
    if (
        not settings.ACADEMY_PERSON_PAGES
        or request.method != "GET"
        or not (served_from_tree or getattr(view_func, "per_person_cache", False))
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


def keep(request, response, key):
    if response.status_code != 200 or response.cookies or getattr(response, "streaming", False):
        return
    if request.session.modified:
        return
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    content = _TOKEN.sub(lambda m: m.group(1) + _SLOT + m.group(2), response.content.decode())
    headers = {name: response[name] for name in _KEPT_HEADERS if response.has_header(name)}
    _pages.set(key, (content, headers), settings.ACADEMY_PERSON_CACHE_SECONDS)


def served(request, kept):
    content, headers = kept
    if _SLOT in content:
        content = content.replace(_SLOT, get_token(request))
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    return response


class PersonPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_person_page_key", None)
        if key is not None:
            keep(request, response, key)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _eligible(request, view_func):
            return None
        key = page_key(request)
        kept = _pages.get(key)
        if kept is None:
            request._person_page_key = key
            return None
        return served(request, kept)
