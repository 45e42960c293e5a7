"""A small fixed-window rate limit in the shared cache, for community writing and
requests that reach other people (proposals, votes, comments, asking for support).
Sign-in and sign-up use allauth's own limits."""

import functools
import time

from django.core.cache import cache
from django.http import HttpResponse
from django.template import loader


def _key(action, user, window_seconds):
    return f"academy:ratelimit:{action}:{user.pk}:{int(time.time() // window_seconds)}"


def allow(action: str, user, limit: int, window_seconds: int = 3600) -> bool:
    """Count one use of `action` by `user`; False once `limit` uses fall in one window."""
    key = _key(action, user, window_seconds)
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return True


def too_often(request=None):
    """The answer when a person writes faster than a community can read: the site's
    page, in the reader's language, with a way back."""
    return HttpResponse(loader.render_to_string("429.html", request=request), status=429)


def used(action: str, user, window_seconds: int = 3600) -> int:
    """How many times `action` counted for `user` in the current window."""
    return cache.get(_key(action, user, window_seconds), 0)


def limited(action: str, limit: int, window_seconds: int = 3600):
    """Decorate a view that writes to other people (emails, requests): at most `limit`
    writes per person and window, then 429 with a translated message. A write counts
    when the POST is answered with a redirect; a form sent back to fix its errors does
    not count, and reading the page is never limited."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            if used(action, request.user, window_seconds) >= limit:
                return too_often(request)
            response = view(request, *args, **kwargs)
            if response.status_code in (301, 302, 303):
                allow(action, request.user, limit, window_seconds)
            return response

        return wrapped

    return decorate
