"""A small fixed-window rate limit in the shared cache, for community writing
(proposals, votes, comments). Sign-in and sign-up use allauth's own limits."""

import time

from django.core.cache import cache


def allow(action: str, user, limit: int, window_seconds: int = 3600) -> bool:
    """Count one use of `action` by `user`; False once `limit` uses fall in one window."""
    window = int(time.time() // window_seconds)
    key = f"academy:ratelimit:{action}:{user.pk}:{window}"
    if cache.add(key, 1, timeout=window_seconds):
        return True
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window_seconds)
        return True
