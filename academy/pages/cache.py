"""The content version, and the whole-page cache for visitors who are not signed in.

Fragments that list pages (navigation, listings) and whole cached pages put the
content version in their cache key. Publishing, unpublishing, moving or deleting a
page, a session change or a role-word change bumps it in the shared cache, so every
process stops serving the old copy at once without a database query.

Pages served from the page tree are cached, and views marked `@anonymously_cached`
(public pages outside the tree, such as the stories); only for requests that carry
no cookie but the language and CSRF ones, and only responses that set no cookie."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

_KEY = "academy:content-version"
HARMLESS_COOKIES = {settings.LANGUAGE_COOKIE_NAME, settings.CSRF_COOKIE_NAME}


def content_version() -> int:
    version = cache.get(_KEY)
    if version is None:
        cache.add(_KEY, 1, timeout=None)
        version = cache.get(_KEY, 1)
    return version


def bump_content_version(**_kwargs) -> None:
    try:
        cache.incr(_KEY)
    except ValueError:
        cache.set(_KEY, 2, timeout=None)


def anonymously_cached(view):
    """Mark a view whose page is the same for every visitor without a session, and
    changes only when the content version does (its models bump it on save)."""
    view.anonymous_page_cache = True
    return view


def _cacheable_request(request, view_func):
    served_from_tree = (
        request.resolver_match is not None and request.resolver_match.url_name == "wagtail_serve"
    )
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and set(request.COOKIES) <= HARMLESS_COOKIES
        and (served_from_tree or getattr(view_func, "anonymous_page_cache", False))
    )


def _key(request):
    """The path is hashed: a key holds any path a visitor types, within the length
    every cache backend accepts."""
    path = hashlib.sha256(request.path.encode()).hexdigest()
    return f"academy:page:{content_version()}:{get_language()}:{path}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = settings.ACADEMY_FRAGMENT_CACHE_SECONDS

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_page_cache_key", None) and response.status_code == 200:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            # A page that sets a cookie or holds a CSRF token (a form) is someone's own.
            if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
                return response
            cache.set(
                request._page_cache_key,
                (response.content, response.headers.get("Content-Type")),
                self.timeout,
            )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _cacheable_request(request, view_func):
            return None
        key = _key(request)
        cached = cache.get(key)
        if cached is None:
            request._page_cache_key = key
            return None
        content, content_type = cached
        return HttpResponse(content, content_type=content_type)
