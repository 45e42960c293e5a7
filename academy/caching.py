"""A content version stamp for fragment caches.

Fragments that list pages (navigation, listings) put the stamp in their cache key.
Publishing, unpublishing, moving or deleting a page bumps it in the shared cache,
so every process stops serving the old fragment at once without a database query.
"""

from django.core.cache import cache

_KEY = "academy:content-version"


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
