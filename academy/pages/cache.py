"""The content and seat versions, and the whole-page cache for visitors who are not
signed in.

Fragments that list pages (navigation, listings) and whole cached pages put the
content version in their cache key. Publishing, unpublishing, moving or deleting a
page, a session change, a Site or view-restriction change or a role-word change bumps
it in the shared cache, so every process stops serving the old copy at once without a
database query. Taking or freeing a seat moves the seat version instead (seat counts
change through `.update()`, which fires no signal): it is in the key of everything
that shows a seat count or a Register button, and leaves routing and navigation be.

Both are read once per request, together, and kept in the request's memo
(`RequestVersions`, which other versions use too).

Pages served from the page tree are cached, and views marked `@anonymously_cached`
(public pages outside the tree, such as the stories); only for requests that carry
no cookie but the language and CSRF ones, and only responses that set no cookie."""

import hashlib
import secrets
import threading
import time
from collections import OrderedDict
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language


class Kept:
    """A bounded store in this process that forgets the least recently used entry
    first; safe for gunicorn's threads (`GUNICORN_THREADS`)."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            try:
                self.entries.move_to_end(key)
            except KeyError:
                return None
            return self.entries[key]

    def put(self, key, value):
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return value


NEAR_SECONDS = 60
NEAR_ENTRIES = 500


class NearCache:
    """The shared cache, with a copy of each entry this process read or wrote kept for
    up to NEAR_SECONDS. Only for keys that hold every version their value depends on."""

    def __init__(self, entries=NEAR_ENTRIES, seconds=NEAR_SECONDS):
        self.kept = Kept(entries)
        self.seconds = seconds

    def get(self, key):
        now = time.monotonic()
        entry = self.kept.get(key)
        if entry is not None and entry[0] > now:
            return entry[1]
        value = cache.get(key)
        if value is not None:
            self.kept.put(key, (now + self.seconds, value))
        return value

    def set(self, key, value, timeout):
        cache.set(key, value, timeout)
        self.kept.put(key, (time.monotonic() + min(self.seconds, timeout), value))


_KEY = "academy:content-version"
_SEATS = "academy:seat-version"
_VERSIONS = "academy:versions"  # in the request memo: (content version, seat version)
_memo: ContextVar[dict | None] = ContextVar("academy_request_memo", default=None)


def request_memo() -> dict | None:
    """A dict that lives as long as the request being served (None outside one): the
    versions read from the shared cache, and anything else a request would otherwise
    read several times (the report's network)."""
    return _memo.get()


HARMLESS_COOKIES = {settings.LANGUAGE_COOKIE_NAME, settings.CSRF_COOKIE_NAME}


def _start(key) -> int:
    """A version starts at a random number, not 1: after the shared cache is emptied
    (a restart, a test), no process mistakes its kept routes for current ones."""
    start = secrets.randbelow(2**40) + 1
    cache.add(key, start, timeout=None)
    return cache.get(key) or start  # a cache that keeps nothing: a new version each time


def _read() -> tuple[int, int]:
    found = cache.get_many([_KEY, _SEATS])
    return found.get(_KEY) or _start(_KEY), found.get(_SEATS) or _start(_SEATS)


def versions() -> tuple[int, int]:
    """(content version, seat version): read from the shared cache once per request."""
    memo = request_memo()
    if memo is None:
        return _read()
    if _VERSIONS not in memo:
        memo[_VERSIONS] = _read()
    return memo[_VERSIONS]


def content_version() -> int:
    return versions()[0]


def seat_version() -> int:
    return versions()[1]


def _bump(key) -> None:
    try:
        cache.incr(key)
    except ValueError:
        _start(key)
    memo = request_memo()
    if memo is not None:  # read again: this request shows what it just changed
        memo.pop(_VERSIONS, None)


def bump_content_version(**_kwargs) -> None:
    _bump(_KEY)


def bump_seat_version(**_kwargs) -> None:
    _bump(_SEATS)


class RequestVersions:
    """Outermost of ours: the versions are read at most once per request (and again
    only after the request itself moved one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        memo = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(memo)


def anonymously_cached(view):
    """Mark a view whose page is the same for every visitor without a session, and
    changes only when the content version does (its models bump it on save)."""
    view.anonymous_page_cache = True
    return view


def served_from_tree(request) -> bool:
    return request.resolver_match is not None and request.resolver_match.url_name == "wagtail_serve"


def _cacheable_request(request, view_func):
    return (
        request.method in ("GET", "HEAD")
        and not request.GET
        and set(request.COOKIES) <= HARMLESS_COOKIES
        and (served_from_tree(request) or getattr(view_func, "anonymous_page_cache", False))
    )


def _key(request):
    """The path is hashed: a key holds any path a visitor types, within the length
    every cache backend accepts."""
    path = hashlib.sha256(request.path.encode()).hexdigest()
    content, seats = versions()
    return f"academy:page:{content}:{seats}:{get_language()}:{path}"


page_cache = NearCache()  # the visitors' pages and the pages kept for one person


class PageCacheMiddleware:
    """Serves a kept page in place of the view, or keeps the view's page on the way
    out. Subclasses say which requests (`key`: None for those it leaves alone), and
    how a page is kept and served."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.attribute = f"_{type(self).__name__}_key"

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, self.attribute, None)
        if key is not None and response.status_code == 200 and not response.streaming:
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            self.keep(request, response, key)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        key = self.key(request, view_func)
        if key is None:
            return None
        kept = page_cache.get(key)
        if kept is None:
            setattr(request, self.attribute, key)
            return None
        return self.served(request, kept)

    def key(self, request, view_func):
        raise NotImplementedError

    def keep(self, request, response, key):
        raise NotImplementedError

    def served(self, request, kept):
        raise NotImplementedError


class AnonymousPageCacheMiddleware(PageCacheMiddleware):
    def key(self, request, view_func):
        return _key(request) if _cacheable_request(request, view_func) else None

    def keep(self, request, response, key):
        # A page that sets a cookie or holds a CSRF token (a form) is someone's own.
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return
        content = (response.content, response.headers.get("Content-Type"))
        page_cache.set(key, content, settings.ACADEMY_FRAGMENT_CACHE_SECONDS)

    def served(self, request, kept):
        content, content_type = kept
        return HttpResponse(content, content_type=content_type)
